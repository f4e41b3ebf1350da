// Route level checks of the concept and review pages: loads per role as HTTP statuses, and bad
// input on every action answers 4xx with a German message, never a 5xx (R5), leaving data intact.
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import { listRounds } from '../../src/lib/server/rounds';
import { seedDemoWorld, type DemoUserKey, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', () => ({
	get db() {
		return holder.db;
	}
}));

const conceptPage = await import('../../src/routes/(app)/runden/[roundId=id]/konzept/+page.server');
const reviewPage =
	await import('../../src/routes/(app)/runden/[roundId=id]/konzept/pruefung/+page.server');
const comparePage =
	await import('../../src/routes/(app)/runden/[roundId=id]/konzept/vergleich/+page.server');
const versionPage =
	await import('../../src/routes/(app)/runden/[roundId=id]/konzept/[versionNumber=fassung]/+page.server');

let db: Db;
let w: DemoWorld;
let roundId: string;

beforeAll(async () => {
	db = await createTestDb();
	holder.db = db;
	w = await seedDemoWorld(db);
	roundId = (await listRounds(db, w.users.admin)).find(
		(r) => r.operatorId === w.orgs.musterstadt
	)!.id;
});

type Fn = (event: never) => unknown;

function event(user: AuthUser, params: Record<string, string>, body?: BodyInit, query = '') {
	const request = new Request(`http://localhost/x${query}`, {
		method: body === undefined ? 'GET' : 'POST',
		body,
		headers:
			typeof body === 'string' ? { 'content-type': 'application/x-www-form-urlencoded' } : undefined
	});
	const session = { id: 's', userId: user.id, createdAt: 0, lastActiveAt: 0 };
	return {
		locals: { user, session },
		params,
		request,
		url: new URL(`http://localhost/x${query}`)
	} as never;
}

async function run(fn: Fn, ev: never): Promise<{ status: number; data: unknown }> {
	try {
		const result = await fn(ev);
		if (isActionFailure(result)) return { status: result.status, data: result.data };
		return { status: 200, data: result };
	} catch (err) {
		if (isRedirect(err)) return { status: err.status, data: err.location };
		if (isHttpError(err)) return { status: err.status, data: err.body };
		throw err;
	}
}

const LOADS: [DemoUserKey, number, number, number, number][] = [
	// concept, review, comparison, version 3
	['consultantMs', 200, 200, 200, 200],
	['operatorMs', 200, 200, 200, 200],
	['leadMsGs', 200, 403, 200, 404],
	['itMs', 403, 403, 403, 403],
	['consultantBk', 404, 404, 404, 404],
	['operatorBk', 404, 404, 404, 404]
];

describe('loads', () => {
	it.each(LOADS)(
		'%s: concept %i, review %i, comparison %i, version %i',
		async (key, ...expected) => {
			const user = w.users[key];
			const params = { roundId };
			const statuses = [
				(await run(conceptPage.load as Fn, event(user, params))).status,
				(await run(reviewPage.load as Fn, event(user, params))).status,
				(await run(comparePage.load as Fn, event(user, params, undefined, '?von=1&zu=3'))).status,
				(await run(versionPage.load as Fn, event(user, { ...params, versionNumber: '3' }))).status
			];
			expect(statuses).toEqual(expected);
		}
	);

	it('answers a bad comparison with a message, not an error', async () => {
		const { status, data } = await run(
			comparePage.load as Fn,
			event(w.users.consultantMs, { roundId }, undefined, '?von=abc&zu=3')
		);
		expect(status).toBe(200);
		expect((data as { errors: Record<string, string[]> }).errors.von[0]).toBe(
			'Bitte wählen Sie eine Fassung.'
		);
	});
});

const GARBAGE: (string | FormData)[] = [
	'',
	'chapterKey=summary',
	'chapterKey=__proto__&text=x&version=0',
	'chapterKey=summary&text=x&version=-1',
	'chapterKey=summary&text=x&version=1e99',
	`chapterKey=summary&text=${'x'.repeat(30_000)}&version=1`,
	'number=0&chapterKey=summary&body=x',
	'number=3&chapterKey=nope&body=x',
	'number=3&chapterKey=summary&body=%20%20',
	'number=3&chapterKey=summary&body=x&parentId=not-a-uuid',
	'number=3&chapterKey=summary&body=x&parentId=00000000-0000-4000-8000-000000000000',
	'commentId=00000000-0000-4000-8000-000000000000&status=erledigt&number=2',
	'commentId=x&status=vielleicht&number=2',
	'number=3&decision=vielleicht',
	'number=3&decision=aenderungen_erbeten',
	'number=1&decision=freigegeben',
	'%%%&&&=',
	(() => {
		const f = new FormData();
		f.append('text', new Blob(['datei']), 'a.txt');
		f.append('chapterKey', 'summary');
		return f;
	})()
];

describe('bad input on every action', () => {
	const actions: [string, Fn][] = [
		['save', conceptPage.actions.save as Fn],
		['comment', reviewPage.actions.comment as Fn],
		['status', reviewPage.actions.status as Fn],
		['decide', reviewPage.actions.decide as Fn]
	];

	it.each(actions)('%s answers 4xx with a German message, never a 5xx', async (_name, action) => {
		const before = await db.selectFrom('concept_versions').select(['id', 'decision']).execute();
		for (const key of ['consultantMs', 'operatorMs'] as const) {
			for (const body of GARBAGE) {
				const { status, data } = await run(action, event(w.users[key], { roundId }, body));
				expect(status, `${key} ${String(body).slice(0, 60)}`).toBeGreaterThanOrEqual(400);
				expect(status).toBeLessThan(500);
				const errors = (data as { errors?: Record<string, string[] | undefined> }).errors ?? {};
				const message = Object.values(errors).flat().join(' ');
				expect(message, String(body).slice(0, 60)).toMatch(/[äöüÄÖÜß]|Bitte|gibt es nicht|Sie/);
			}
		}
		expect(await db.selectFrom('concept_versions').select(['id', 'decision']).execute()).toEqual(
			before
		);
	});

	it('submit by someone who may not submit answers 403 with a message', async () => {
		const { status, data } = await run(
			conceptPage.actions.submit as Fn,
			event(w.users.consultantMs, { roundId }, '')
		);
		expect(status).toBe(403);
		expect(JSON.stringify(data)).toContain('Schulträger');
	});
});
