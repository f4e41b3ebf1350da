// Route level (issue 10, points 7 and 8): a no-JS section save that is refused changes nothing —
// no answer, no audit entry — and shows every typed value again; a body over BODY_SIZE_LIMIT is a
// German "too long" message naming the limit (never "gespeichert" with an emptied form), for the
// form and for the autosave endpoint.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isActionFailure, isRedirect } from '@sveltejs/kit';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import { versionFieldName } from '../../src/lib/server/responses';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestRound } from '../helpers/round-fixtures';
import { createTestDb } from '../helpers/test-db';

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', () => ({
	get db() {
		return holder.db;
	}
}));
vi.mock('$env/dynamic/private', () => ({ env: { BODY_SIZE_LIMIT: '2M' } }));

const sectionPage =
	await import('../../src/routes/(app)/runden/[roundId=id]/antworten/[responseId=id]/[sectionKey]/+page.server');
const autosave = await import('../../src/routes/(app)/api/antworten/+server');

let db: Db;
let w: DemoWorld;
let roundId: string;
let responseId: string;

beforeEach(async () => {
	db = await createTestDb();
	holder.db = db;
	w = await seedDemoWorld(db);
	const r = await createTestRound(db, w.users.consultantMs, w.orgs.musterstadt);
	roundId = r.round.id;
	responseId = r.responseId(w.orgs.msGs, 'school_lead');
});

/** A body whose reading fails the way SvelteKit's does when it exceeds BODY_SIZE_LIMIT. */
function oversizedBody() {
	return new ReadableStream({
		start(controller) {
			controller.error(Object.assign(new Error('Payload Too Large'), { status: 413 }));
		}
	});
}

function sectionEvent(user: AuthUser, body: BodyInit, contentType: string) {
	const request = new Request('http://localhost/x', {
		method: 'POST',
		body,
		headers: { 'content-type': contentType },
		// @ts-expect-error -- Node's fetch needs duplex for a stream body
		duplex: 'half'
	});
	return {
		locals: { user, session: { id: 's', userId: user.id, createdAt: 0, lastActiveAt: 0 } },
		params: { roundId, responseId, sectionKey: 'stammdaten' },
		request,
		url: new URL('http://localhost/x')
	} as never;
}

async function submit(entries: [string, string][]) {
	const body = new URLSearchParams(entries);
	return sectionPage.actions
		.default(sectionEvent(w.users.leadMsGs, body, 'application/x-www-form-urlencoded'))
		.catch((e: unknown) => e);
}

async function state() {
	const answers = await db
		.selectFrom('answers')
		.select(['question_key', 'value', 'version'])
		.where('response_id', '=', responseId)
		.orderBy('question_key')
		.execute();
	const audit = await db
		.selectFrom('audit_log')
		.select(({ fn }) => fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return { answers, audit: Number(audit.n) };
}

describe('section save: a refused post changes nothing (point 8)', () => {
	it('duplicate field names: 400, and neither answers nor the audit log change', async () => {
		// one valid answer stored before, so "unchanged" means really unchanged
		const first = await submit([
			[versionFieldName('a.pupils'), '0'],
			['a.pupils', '200']
		]);
		expect(isRedirect(first)).toBe(true);
		const before = await state();

		const result = await submit([
			[versionFieldName('a.pupils'), '1'],
			['a.pupils', '250'],
			[versionFieldName('a.note'), '0'],
			['a.note', 'erste Bemerkung'],
			['a.note', 'zweite Bemerkung']
		]);
		expect(isActionFailure(result)).toBe(true);
		if (!isActionFailure(result)) return;
		expect(result.status).toBe(400);
		const data = result.data as unknown as {
			errors: Record<string, string>;
			values: Record<string, unknown>;
		};
		expect(data.errors['a.note']).toMatch(/Bitte laden Sie die Seite neu/);
		expect(await state()).toEqual(before);
		// what was typed is shown again, also for the valid field that was not stored
		expect(data.values['a.pupils']).toBe('250');
	});

	it('one invalid field: nothing of the post is stored, every typed value comes back', async () => {
		const before = await state();
		const result = await submit([
			[versionFieldName('a.pupils'), '0'],
			['a.pupils', '1.234'],
			[versionFieldName('a.has_mbk'), '0'],
			['a.has_mbk', 'vielleicht'],
			[versionFieldName('a.note'), '0'],
			['a.note', 'bleibt sichtbar']
		]);
		expect(isActionFailure(result) && result.status).toBe(400);
		if (!isActionFailure(result)) return;
		const data = result.data as unknown as {
			errors: Record<string, string>;
			values: Record<string, unknown>;
			message: string;
		};
		expect(Object.keys(data.errors)).toEqual(['a.has_mbk']);
		expect(data.message).toMatch(/Nichts wurde gespeichert/);
		expect(data.values).toMatchObject({ 'a.pupils': '1.234', 'a.note': 'bleibt sichtbar' });
		expect(await state()).toEqual(before);
	});

	it('a duplicated version field is refused as well', async () => {
		const before = await state();
		const result = await submit([
			[versionFieldName('a.note'), '0'],
			[versionFieldName('a.note'), '7'],
			['a.note', 'x']
		]);
		expect(isActionFailure(result) && result.status).toBe(400);
		expect(await state()).toEqual(before);
	});
});

describe('section save: too long (point 7)', () => {
	it('a text over its maximum length is refused at the field and shown again as typed', async () => {
		const long = 'ä'.repeat(5000);
		const result = await submit([
			[versionFieldName('a.note'), '0'],
			['a.note', long]
		]);
		expect(isActionFailure(result) && result.status).toBe(400);
		if (!isActionFailure(result)) return;
		const data = result.data as unknown as {
			errors: Record<string, string>;
			values: Record<string, unknown>;
		};
		expect(data.errors['a.note']).toMatch(/höchstens 300 Zeichen/);
		expect(data.values['a.note']).toBe(long);
		expect((await state()).answers).toEqual([]);
	});

	it('a body over BODY_SIZE_LIMIT is a German 413 naming the limit, never "gespeichert"', async () => {
		const before = await state();
		const result = await sectionPage.actions
			.default(sectionEvent(w.users.leadMsGs, oversizedBody(), 'application/x-www-form-urlencoded'))
			.catch((e: unknown) => e);
		expect(isRedirect(result)).toBe(false);
		expect(isActionFailure(result)).toBe(true);
		if (!isActionFailure(result)) return;
		expect(result.status).toBe(413);
		expect((result.data as unknown as { message: string }).message).toMatch(
			/^Der Text ist zu lang: .*höchstens 2 MB.*nichts gespeichert/
		);
		expect(await state()).toEqual(before);
	});

	it('the autosave endpoint answers 413 with a German message', async () => {
		const request = new Request('http://localhost/api/antworten', {
			method: 'POST',
			body: oversizedBody(),
			headers: { 'content-type': 'application/json' },
			// @ts-expect-error -- Node's fetch needs duplex for a stream body
			duplex: 'half'
		});
		const response = await autosave.POST({
			request,
			locals: { user: w.users.leadMsGs, session: null }
		} as never);
		expect(response.status).toBe(413);
		expect((await response.json()).message).toMatch(/^Der Text ist zu lang: .*höchstens 2 MB/);
	});
});
