// Shapes the responses service hands to pages and the autosave client, plus the form naming that
// the no-JS section form adds to the engine's (questionnaire/form.ts). Pure and client-safe.
import type { AnswerValue } from './questionnaire/types';

/** One stored answer as the UI sees it. */
export interface AnswerState {
	value: AnswerValue | null;
	/** 1 on the first save, +1 per change; 0 means "never answered" (no row) */
	version: number;
	updatedAt: Date;
	/** Display name of the last writer (null if the account is gone) */
	updatedBy: string | null;
}

/** What the other writer stored, sent with a conflict (HTTP 409) so the user can choose. */
export interface ConflictInfo {
	value: AnswerValue | null;
	version: number;
	updatedBy: string | null;
	updatedAt: Date | null;
}

/** Result of a successful save (also of an idempotent repeat; version 0 = still unanswered). */
export interface SavedAnswer {
	value: AnswerValue | null;
	version: number;
	updatedAt: Date | null;
	updatedBy: string | null;
}

/** Result of a no-JS section post: valid answers are stored, the rest come back per field. */
export interface SectionSaveResult {
	/** keys whose new value was stored */
	saved: string[];
	/** keys submitted unchanged (nothing written) */
	unchanged: string[];
	/** German message per question key (invalid value or conflict) */
	errors: Record<string, string>;
	/** for conflicting keys: what is stored now */
	conflicts: Record<string, ConflictInfo>;
}

/**
 * Hidden input of the section form carrying the version an answer had when the form was rendered
 * (`0` if unanswered). Only questions with this field in the post are processed, so a question the
 * page did not render (hidden by show-if) is never cleared by accident.
 */
export function versionFieldName(questionKey: string): string {
	return `version:${questionKey}`;
}
