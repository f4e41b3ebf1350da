// Responses: reading a questionnaire with its answers and autosaving one answer. Every call checks
// access (access.ts); a save runs in one transaction with its audit entry (write.ts).
import {
	questionnaireProgress,
	type QuestionnaireProgress
} from '$lib/domain/questionnaire/progress';
import type { Answers, QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import { validateAnswer } from '$lib/domain/questionnaire/validate';
import type { AnswerState, SavedAnswer } from '$lib/domain/responses';
import { canReopenResponse, canWriteResponse } from '../auth/round-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ValidationError } from '../errors';
import { findQuestion } from '../questionnaires';
import { assertUnlocked, loadResponse, loadVersion, lockReason, refOf } from './access';
import { listAnswers, type StoredAnswer } from './answer-repository';
import type { ResponseContext } from './repository';
import { CONFLICT_MESSAGE, writeAnswer } from './write';

export interface ResponseForEditing {
	response: ResponseContext;
	questionnaire: {
		versionId: string;
		key: string;
		version: number;
		definition: QuestionnaireDefinition;
	};
	/** by question key; unanswered questions are absent */
	answers: Record<string, AnswerState>;
	progress: QuestionnaireProgress;
	canWrite: boolean;
	canReopen: boolean;
	/** why the whole questionnaire is read-only now (sections: see response.completedSections) */
	lockReason: string | null;
}

export function toAnswerStates(stored: StoredAnswer[]): Record<string, AnswerState> {
	const out: Record<string, AnswerState> = {};
	for (const a of stored) {
		out[a.questionKey] = {
			value: a.value,
			version: a.version,
			updatedAt: a.updatedAt,
			updatedBy: a.updatedByName
		};
	}
	return out;
}

export function answerValues(stored: StoredAnswer[]): Answers {
	return Object.fromEntries(stored.map((a) => [a.questionKey, a.value]));
}

/** A response with its frozen definition, answers and progress, for the section pages. */
export async function getResponseForEditing(
	db: Db,
	user: AuthUser,
	responseId: string
): Promise<ResponseForEditing> {
	const ctx = await loadResponse(db, user, responseId, 'read');
	const [version, stored] = await Promise.all([loadVersion(db, ctx), listAnswers(db, ctx.id)]);
	const ref = refOf(ctx);
	return {
		response: ctx,
		questionnaire: {
			versionId: version.id,
			key: version.questionnaireKey,
			version: version.version,
			definition: version.definition
		},
		answers: toAnswerStates(stored),
		progress: questionnaireProgress(version.definition, answerValues(stored)),
		canWrite: canWriteResponse(user, ref),
		canReopen: canReopenResponse(user, ref),
		lockReason: lockReason(ctx)
	};
}

/** Just the answers of a response (value, version, who and when), by question key. */
export async function readAnswers(
	db: Db,
	user: AuthUser,
	responseId: string
): Promise<Record<string, AnswerState>> {
	const ctx = await loadResponse(db, user, responseId, 'read');
	return toAnswerStates(await listAnswers(db, ctx.id));
}

export interface SaveAnswerInput {
	responseId: string;
	questionKey: string;
	/** raw value (JSON from autosave); validated and normalised by the engine */
	value: unknown;
	/** version the client last saw; 0 if it saw no answer */
	expectedVersion: number;
}

/**
 * Autosave of one answer. Throws ValidationError (invalid value, German message), LockedError,
 * ConflictError<ConflictInfo> (stale expectedVersion; `current` holds the stored answer),
 * ForbiddenError / NotFoundError. Saving the value already stored returns it without a new version.
 */
export async function saveAnswer(
	db: Db,
	user: AuthUser,
	input: SaveAnswerInput,
	now = new Date()
): Promise<SavedAnswer> {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, input.responseId, 'write');
		const version = await loadVersion(trx, ctx);
		const found = findQuestion(version.definition, input.questionKey);
		if (!found)
			throw new ValidationError('Diese Frage gibt es in diesem Fragebogen nicht.', 'questionKey');
		assertUnlocked(ctx, found.section.key);
		const result = validateAnswer(found.question, input.value);
		if (!result.ok) throw new ValidationError(result.message, 'value');
		const outcome = await writeAnswer(
			trx,
			user,
			ctx,
			input.questionKey,
			result.value,
			input.expectedVersion,
			now
		);
		if (outcome.kind === 'conflict') throw new ConflictError(CONFLICT_MESSAGE, outcome.current);
		return outcome.answer;
	});
}
