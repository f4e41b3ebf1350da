// The autosave client: debouncing, one request in flight per answer, retries after network errors
// with the same (idempotent) request, conflicts and their resolution, the live-region summary.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type AutosaveOptions } from '../../src/lib/state/autosave.svelte';

interface Sent {
	questionKey: string;
	value: unknown;
	expectedVersion: number;
}

function json(status: number, body: unknown): Response {
	return new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json' }
	});
}

/** A fake endpoint: answers are stored with versions; `script` can override single replies. */
function server(script: Array<(s: Sent) => Response | 'network'> = []) {
	const sent: Sent[] = [];
	const stored = new Map<string, { value: unknown; version: number }>();
	const fetch = vi.fn(async (_url: RequestInfo | URL, init?: RequestInit) => {
		const body = JSON.parse(String(init?.body)) as Sent;
		sent.push(body);
		const scripted = script.shift()?.(body);
		if (scripted === 'network') throw new TypeError('Failed to fetch');
		if (scripted) return scripted;
		const current = stored.get(body.questionKey) ?? { value: null, version: 0 };
		if (JSON.stringify(current.value) === JSON.stringify(body.value)) return json(200, current);
		if (current.version !== body.expectedVersion) {
			return json(409, {
				message: 'Konflikt',
				current: { ...current, updatedBy: 'Bernd Berater', updatedAt: '2026-11-24T10:00:00.000Z' }
			});
		}
		const next = { value: body.value, version: current.version + 1 };
		stored.set(body.questionKey, next);
		return json(200, {
			...next,
			updatedBy: 'Sabine Lindner',
			updatedAt: '2026-11-24T10:00:00.000Z'
		});
	});
	return { sent, stored, fetch: fetch as unknown as typeof globalThis.fetch };
}

function client(
	fetch: typeof globalThis.fetch,
	answers: AutosaveOptions['answers'] = {
		a: { version: 0, value: null },
		b: { version: 0, value: null }
	}
) {
	return new Autosave({
		responseId: 'r1',
		answers,
		fetch,
		debounceMs: 600,
		backoffMs: (n) => 1000 * n
	});
}

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

describe('Autosave', () => {
	it('saves a choice at once and remembers the new version', async () => {
		const s = server();
		const saved = vi.fn();
		const save = new Autosave({
			responseId: 'r1',
			answers: { a: { version: 0, value: null } },
			fetch: s.fetch,
			onSaved: saved
		});
		save.change('a', 'ja');
		expect(save.field('a').status).toBe('saving');
		expect(save.summary).toBe('Wird gespeichert …');
		await vi.advanceTimersByTimeAsync(0);
		expect(s.sent).toEqual([
			{ responseId: 'r1', questionKey: 'a', value: 'ja', expectedVersion: 0 }
		]);
		expect(save.field('a').status).toBe('saved');
		expect(save.field('a').version).toBe(1);
		expect(save.summary).toBe('Gespeichert');
		expect(saved).toHaveBeenCalledWith('a', 'ja');
	});

	it('debounces typing and sends only the last value', async () => {
		const s = server();
		const save = client(s.fetch);
		save.change('a', 1, true);
		await vi.advanceTimersByTimeAsync(300);
		save.change('a', 12, true);
		await vi.advanceTimersByTimeAsync(300);
		save.change('a', 123, true);
		expect(s.sent).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(600);
		expect(s.sent.map((x) => x.value)).toEqual([123]);
		expect(save.field('a').status).toBe('saved');
	});

	it('queues input that arrives while a save is in flight and sends it with the new version', async () => {
		const s = server();
		const save = client(s.fetch);
		save.change('a', 1);
		save.change('a', 2); // request for 1 still in flight
		await vi.advanceTimersByTimeAsync(0);
		await vi.advanceTimersByTimeAsync(0);
		expect(s.sent.map((x) => [x.value, x.expectedVersion])).toEqual([
			[1, 0],
			[2, 1]
		]);
		expect(s.stored.get('a')).toEqual({ value: 2, version: 2 });
		expect(save.field('a').status).toBe('saved');
	});

	it('retries the same request after a network error until it succeeds', async () => {
		const s = server([() => 'network', () => json(503, { message: 'down' })]);
		const save = client(s.fetch);
		save.change('a', 42);
		await vi.advanceTimersByTimeAsync(0);
		expect(save.field('a').status).toBe('retrying');
		expect(save.summary).toBe('Nicht gespeichert – wird erneut versucht');
		expect(save.busy).toBe(true);
		await vi.advanceTimersByTimeAsync(1000); // retry 1 → 503
		expect(save.field('a').status).toBe('retrying');
		await vi.advanceTimersByTimeAsync(2000); // retry 2 → ok
		expect(s.sent).toHaveLength(3);
		expect(new Set(s.sent.map((x) => JSON.stringify(x)))).toEqual(
			new Set([JSON.stringify(s.sent[0])])
		);
		expect(save.field('a').status).toBe('saved');
		expect(s.stored.get('a')).toEqual({ value: 42, version: 1 });
		expect(save.busy).toBe(false);
	});

	it('shows a conflict and keeps my input on request', async () => {
		const s = server();
		s.stored.set('a', { value: 'nein', version: 3 });
		const save = client(s.fetch, {
			a: { version: 2, value: 'ja' },
			b: { version: 0, value: null }
		});
		save.change('a', 'vielleicht');
		await vi.advanceTimersByTimeAsync(0);
		const f = save.field('a');
		expect(f.status).toBe('conflict');
		expect(f.conflict).toMatchObject({ value: 'nein', version: 3, updatedBy: 'Bernd Berater' });
		expect(f.conflict?.updatedAt).toBeInstanceOf(Date);
		expect(save.summary).toBe('Konflikt');
		save.keepMine('a');
		await vi.advanceTimersByTimeAsync(0);
		expect(s.sent.at(-1)).toMatchObject({ value: 'vielleicht', expectedVersion: 3 });
		expect(s.stored.get('a')).toEqual({ value: 'vielleicht', version: 4 });
		expect(f.status).toBe('saved');
		expect(f.conflict).toBeNull();
	});

	it('takes the other value without sending anything', async () => {
		const s = server();
		s.stored.set('a', { value: 'nein', version: 3 });
		const save = client(s.fetch, {
			a: { version: 2, value: 'ja' },
			b: { version: 0, value: null }
		});
		save.change('a', 'vielleicht');
		await vi.advanceTimersByTimeAsync(0);
		expect(save.takeTheirs('a')).toBe('nein');
		expect(save.field('a').version).toBe(3);
		expect(save.field('a').status).toBe('saved');
		save.change('a', 'nein'); // the field now shows their value: nothing to send
		await vi.advanceTimersByTimeAsync(0);
		expect(s.sent).toHaveLength(1);
	});

	it('reports a rejected value at the field and does not retry it', async () => {
		const s = server([() => json(400, { message: 'Bitte geben Sie eine ganze Zahl ein.' })]);
		const save = client(s.fetch);
		save.change('b', 7);
		await vi.advanceTimersByTimeAsync(5000);
		expect(save.field('b').status).toBe('invalid');
		expect(save.field('b').message).toBe('Bitte geben Sie eine ganze Zahl ein.');
		expect(s.sent).toHaveLength(1);
	});

	it('does not send a value equal to the stored one, and flushAll waits for pending saves', async () => {
		const s = server();
		const save = client(s.fetch, { a: { version: 1, value: 5 }, b: { version: 0, value: null } });
		save.change('a', 5);
		expect(s.sent).toHaveLength(0);
		save.change('b', 'x', true);
		let flushed = false;
		void save.flushAll().then(() => (flushed = true));
		await vi.advanceTimersByTimeAsync(0);
		expect(s.sent.map((x) => x.questionKey)).toEqual(['b']);
		expect(flushed).toBe(true);
	});
});
