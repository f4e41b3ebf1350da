// Autosave of questionnaire answers: one JSON POST per changed answer with the version the client
// last saw. Retrying is safe (the server treats a repeated value as a no-op), so network errors and
// 5xx are retried with backoff until they succeed; a 409 with `current` becomes a conflict the user
// resolves. At most one request per answer is in flight; newer input waits for it (no self-conflict).
import type { AnswerValue } from '$lib/domain/questionnaire/types';
import { FieldSave, STATUS_TEXT, sameValue } from './autosave-field.svelte';

export {
	FieldSave,
	STATUS_TEXT,
	type ConflictView,
	type SaveStatus
} from './autosave-field.svelte';

export interface AutosaveOptions {
	responseId: string;
	/** every answer of the page with its rendered version (0 if unanswered) and value */
	answers: Record<string, { version: number; value: AnswerValue | null }>;
	endpoint?: string;
	debounceMs?: number;
	fetch?: typeof fetch;
	/** delay before retry number `attempt` (1, 2, …) */
	backoffMs?: (attempt: number) => number;
	/** called with the stored (normalised) value after every successful save */
	onSaved?: (key: string, value: AnswerValue | null) => void;
}

const defaultBackoff = (attempt: number) => Math.min(30_000, 1000 * 2 ** (attempt - 1));
const FALLBACK_MESSAGE =
	'Die Antwort konnte nicht gespeichert werden. Bitte laden Sie die Seite neu.';

interface ResponseBody {
	version?: number;
	value?: AnswerValue | null;
	message?: string;
	current?: {
		value: AnswerValue | null;
		version: number;
		updatedBy: string | null;
		updatedAt: string | null;
	};
}

export class Autosave {
	// Not reactive on purpose: the set of answers is fixed; each FieldSave holds reactive state.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly fields = new Map<string, FieldSave>();
	readonly #options: Required<Omit<AutosaveOptions, 'answers'>>;
	#idle: Array<() => void> = [];

	/** the text of the page-wide live region */
	readonly summary = $derived.by(() => {
		const states = [...this.fields.values()].map((f) => f.status);
		for (const s of ['conflict', 'error', 'retrying', 'invalid', 'saving', 'pending'] as const) {
			if (states.includes(s)) return STATUS_TEXT[s];
		}
		return states.includes('saved') ? STATUS_TEXT.saved : '';
	});

	constructor(options: AutosaveOptions) {
		this.#options = {
			responseId: options.responseId,
			endpoint: options.endpoint ?? '/api/antworten',
			debounceMs: options.debounceMs ?? 600,
			fetch: options.fetch ?? ((input, init) => fetch(input, init)),
			backoffMs: options.backoffMs ?? defaultBackoff,
			onSaved: options.onSaved ?? (() => {})
		};
		for (const [key, a] of Object.entries(options.answers))
			this.fields.set(key, new FieldSave(a.version, a.value));
	}

	field(key: string): FieldSave {
		return this.fields.get(key) ?? new FieldSave(0, null);
	}

	/** True while anything is unsaved (for the "leave page?" warning). */
	get busy(): boolean {
		return [...this.fields.values()].some((f) => f.dirty || f.inFlight || f.status === 'retrying');
	}

	/** A new value (as typed; the server validates it): saved after `debounceMs` or at once. */
	change(key: string, value: AnswerValue | null, debounce = false): void {
		const f = this.fields.get(key);
		if (!f) return;
		const quiet = f.settled && (f.status === null || f.status === 'saved');
		if (quiet && (sameValue(value, f.stored) || sameValue(value, f.mine))) {
			clearTimeout(f.timer); // nothing new (a repeated event, or the stored value typed again)
			return;
		}
		f.mine = value;
		f.message = null;
		clearTimeout(f.timer);
		if (f.status === 'conflict') return; // the user decides first; keepMine sends the newest input
		f.dirty = true;
		f.status = f.inFlight ? 'saving' : 'pending';
		if (debounce) f.timer = setTimeout(() => this.#send(key), this.#options.debounceMs);
		else this.#send(key);
	}

	/** Send a debounced value now. */
	flush(key: string): void {
		const f = this.fields.get(key);
		if (f?.dirty && !f.inFlight && f.status !== 'retrying') {
			clearTimeout(f.timer);
			this.#send(key);
		}
	}

	/** Send everything pending; resolves when nothing is in flight or waiting (retries excepted). */
	flushAll(): Promise<void> {
		for (const key of this.fields.keys()) this.flush(key);
		return new Promise((resolve) => {
			this.#idle.push(resolve);
			this.#checkIdle();
		});
	}

	/** Resolve a conflict by storing my input over the other one. */
	keepMine(key: string): void {
		const f = this.fields.get(key);
		if (!f?.conflict) return;
		f.version = f.conflict.version;
		f.stored = f.conflict.value;
		f.conflict = null;
		f.dirty = true;
		f.status = 'pending';
		this.#send(key);
	}

	/** Resolve a conflict by taking the stored value; returns it for the field to show. */
	takeTheirs(key: string): AnswerValue | null {
		const f = this.fields.get(key);
		if (!f?.conflict) return f?.mine ?? null;
		const { value, version } = f.conflict;
		f.version = version;
		f.stored = f.mine = value;
		f.conflict = null;
		f.dirty = false;
		f.status = 'saved';
		return value;
	}

	/** Retry everything waiting for a retry now (e.g. when the browser is back online). */
	retryNow(): void {
		for (const [key, f] of this.fields) {
			if (f.status === 'retrying' && !f.inFlight) {
				clearTimeout(f.timer);
				this.#send(key);
			}
		}
	}

	#checkIdle(): void {
		const waiting = [...this.fields.values()].some(
			(f) => f.inFlight || (f.dirty && f.status !== 'retrying')
		);
		if (!waiting) for (const resolve of this.#idle.splice(0)) resolve();
	}

	async #send(key: string): Promise<void> {
		const f = this.fields.get(key);
		if (!f || f.inFlight || !f.dirty) return;
		f.dirty = false;
		f.inFlight = true;
		f.status = f.attempt > 0 ? 'retrying' : 'saving';
		const value = f.mine;
		let res: Response | null = null;
		let body: ResponseBody | null = null;
		try {
			res = await this.#options.fetch(this.#options.endpoint, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({
					responseId: this.#options.responseId,
					questionKey: key,
					value,
					expectedVersion: f.version
				})
			});
			body = await res.json().catch(() => null);
		} catch {
			res = null;
		}
		f.inFlight = false;
		this.#handle(key, f, value, res, body);
		if (f.dirty && f.status !== 'retrying') this.#send(key);
		this.#checkIdle();
	}

	#handle(
		key: string,
		f: FieldSave,
		sent: AnswerValue | null,
		res: Response | null,
		body: ResponseBody | null
	): void {
		if (res?.ok && typeof body?.version === 'number') {
			f.version = body.version;
			f.stored = body.value === undefined ? sent : body.value;
			f.attempt = 0;
			if (!f.dirty) f.status = 'saved';
			this.#options.onSaved(key, f.stored);
		} else if (res?.status === 409 && body?.current) {
			const c = body.current;
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a timestamp, never mutated
			f.conflict = { ...c, updatedAt: c.updatedAt ? new Date(c.updatedAt) : null };
			f.status = 'conflict';
			f.dirty = false;
			f.attempt = 0;
		} else if (
			res &&
			res.status >= 400 &&
			res.status < 500 &&
			res.status !== 408 &&
			res.status !== 429
		) {
			f.attempt = 0;
			if (f.dirty) return; // newer input replaces the rejected one
			f.status = res.status === 400 ? 'invalid' : 'error';
			f.message = body?.message ?? FALLBACK_MESSAGE;
		} else {
			// network error, timeout, 429 or 5xx: the same value is sent again (idempotent on the server)
			if (!f.dirty) f.mine = sent;
			f.dirty = true;
			f.attempt += 1;
			f.status = 'retrying';
			clearTimeout(f.timer);
			f.timer = setTimeout(() => this.#send(key), this.#options.backoffMs(f.attempt));
		}
	}
}
