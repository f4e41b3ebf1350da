// Save state of one answer for the autosave client (autosave.svelte.ts); reactive fields drive the UI.
import type { AnswerValue } from '$lib/domain/questionnaire/types';

export type SaveStatus =
	'pending' | 'saving' | 'saved' | 'retrying' | 'conflict' | 'error' | 'invalid';

/** What someone else stored meanwhile (from a 409). */
export interface ConflictView {
	value: AnswerValue | null;
	version: number;
	updatedBy: string | null;
	updatedAt: Date | null;
}

export const STATUS_TEXT: Record<SaveStatus, string> = {
	pending: 'Wird gespeichert …',
	saving: 'Wird gespeichert …',
	saved: 'Gespeichert',
	retrying: 'Nicht gespeichert – wird erneut versucht',
	conflict: 'Konflikt',
	error: 'Nicht gespeichert',
	invalid: 'Nicht gespeichert'
};

export class FieldSave {
	status = $state<SaveStatus | null>(null);
	/** version of the stored answer this client knows (0 = none) */
	version = $state(0);
	/** German message for 'invalid' and 'error' */
	message = $state<string | null>(null);
	conflict = $state<ConflictView | null>(null);
	/** the value the server last acknowledged (or rendered) */
	stored: AnswerValue | null;
	/** the newest valid input (sent next, or kept on "Meine Eingabe behalten") */
	mine: AnswerValue | null;
	dirty = false;
	inFlight = false;
	attempt = 0;
	timer: ReturnType<typeof setTimeout> | undefined;

	constructor(version: number, stored: AnswerValue | null) {
		this.version = version;
		this.stored = stored;
		this.mine = stored;
	}

	/** Nothing waiting, nothing in flight, no decision pending. */
	get settled(): boolean {
		return (
			!this.dirty && !this.inFlight && this.status !== 'conflict' && this.status !== 'retrying'
		);
	}
}

export function sameValue(a: AnswerValue | null, b: AnswerValue | null): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
