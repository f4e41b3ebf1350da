// Route level: the autosave endpoint's contract (200/400/401/403/404/409, never 5xx on bad input),
// and the round pages' loads, status action and exports per role (issue 3; quality.md R3, R5, S4).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Db } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

// The routes import the app's database singleton; point it at the test database instead.
const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', () => ({
	get db() {
		return holder.db;
	}
}));

const autosave = await import('../../src/routes/(app)/api/antworten/+server');
const roundPage = await import('../../src/routes/(app)/runden/[roundId=id]/+page.server');
const csvRoute = await import('../../src/routes/(app)/runden/[roundId=id]/export.csv/+server');
const jsonRoute = await import('../../src/routes/(app)/runden/[roundId=id]/export.json/+server');
const listPage = await import('../../src/routes/(app)/runden/+page.server');

let db: Db;
let w: DemoWorld;
let roundId: string;

async function responseOf(organisationId: string, audience: string) {
	const row = await db
		.selectFrom('responses')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('audience', '=', audience)
		.executeTakeFirstOrThrow();
	return row.id;
}

beforeEach(async () => {
	db = await createTestDb();
	holder.db = db;
	w = await seedDemoWorld(db);
	roundId = (
		await db
			.selectFrom('planning_rounds')
			.select('id')
			.where('operator_id', '=', w.orgs.musterstadt)
			.executeTakeFirstOrThrow()
	).id;
});

async function post(user: AuthUser | null, body: string) {
	const request = new Request('http://localhost/api/antworten', {
		method: 'POST',
		body,
		headers: { 'content-type': 'application/json' }
	});
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const response = await autosave.POST({ request, locals: { user, session: null } } as any);
	return { status: response.status, body: await response.json() };
}

describe('POST /api/antworten', () => {
	it('saves, repeats idempotently and reports a stale version with the current value and writer', async () => {
		const responseId = await responseOf(w.orgs.msGs, 'school_lead');
		const body = (value: unknown, expectedVersion: number) =>
			JSON.stringify({ responseId, questionKey: 'training.plan_year', value, expectedVersion });
		const first = await post(w.users.leadMsGs, body('2025', 0));
		expect(first).toMatchObject({
			status: 200,
			body: { value: 2025, version: 1, updatedBy: 'Sabine Lindner' }
		});
		expect(first.body.updatedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
		expect(await post(w.users.leadMsGs, body(2025, 0))).toMatchObject({
			status: 200,
			body: { version: 1 }
		});
		await post(w.users.consultantMs, body(2024, 1));
		const stale = await post(w.users.leadMsGs, body(2026, 1));
		expect(stale.status).toBe(409);
		expect(stale.body.message).toMatch(/inzwischen/);
		expect(stale.body.current).toMatchObject({
			value: 2024,
			version: 2,
			updatedBy: 'Bernd Berater'
		});
		expect(stale.body.current.updatedAt).toMatch(/^\d{4}-/);
	});

	it('answers 400 with a German message for malformed JSON, wrong shapes and invalid values', async () => {
		const responseId = await responseOf(w.orgs.msGs, 'school_lead');
		const bad = [
			'{',
			'',
			'null',
			'[]',
			'"text"',
			JSON.stringify({ responseId }),
			JSON.stringify({ responseId: 'x', questionKey: 'a', value: 1, expectedVersion: 0 }),
			JSON.stringify({ responseId, questionKey: 'training.plan_year', expectedVersion: 0 }),
			JSON.stringify({
				responseId,
				questionKey: 'training.plan_year',
				value: 1,
				expectedVersion: -1
			}),
			JSON.stringify({
				responseId,
				questionKey: 'training.plan_year',
				value: 1,
				expectedVersion: '0'
			})
		];
		for (const body of bad) {
			const res = await post(w.users.leadMsGs, body);
			expect(res.status, body).toBe(400);
			expect(res.body.message).toMatch(/Anfrage/);
		}
		const outOfRange = await post(
			w.users.leadMsGs,
			JSON.stringify({
				responseId,
				questionKey: 'training.plan_year',
				value: 1850,
				expectedVersion: 0
			})
		);
		expect(outOfRange.status).toBe(400);
		expect(outOfRange.body.message).toMatch(/2010/);
		const unknown = await post(
			w.users.leadMsGs,
			JSON.stringify({ responseId, questionKey: 'nicht.vorhanden', value: 1, expectedVersion: 0 })
		);
		expect(unknown.status).toBe(400);
		expect(
			await db
				.selectFrom('answers')
				.select('question_key')
				.where('response_id', '=', responseId)
				.where('question_key', '=', 'training.plan_year')
				.execute()
		).toEqual([]);
	});

	it('answers 401 without a session, 403 to readers, 404 to strangers and 409 locked for closed questionnaires', async () => {
		const lead = await responseOf(w.orgs.msGs, 'school_lead');
		const body = (responseId: string, key = 'training.plan_year', value: unknown = 2025) =>
			JSON.stringify({ responseId, questionKey: key, value, expectedVersion: 0 });
		expect((await post(null, body(lead))).status).toBe(401);
		expect((await post(w.users.operatorMs, body(lead))).status).toBe(403); // reads, does not write
		expect((await post(w.users.itMs, body(lead))).status).toBe(404); // IT: not the school lead's questionnaire
		expect((await post(w.users.leadMsOs, body(lead))).status).toBe(404); // another school
		expect((await post(w.users.consultantBk, body(lead))).status).toBe(404); // another Schulträger
		expect(
			(
				await post(
					w.users.leadMsGs,
					body(await responseOf(w.orgs.msGs, 'it_staff'), 'wlan.access_points', 4)
				)
			).status
		).toBe(404);
		const locked = await post(
			w.users.leadMsGy,
			body(await responseOf(w.orgs.msGy, 'school_lead'), 'strategy.goals', 'Neu')
		);
		expect(locked).toMatchObject({ status: 409, body: { locked: true } });
		expect(locked.body.message).toMatch(/abgeschlossen/);
	});
});

describe('POST /api/antworten with random payloads (R5)', () => {
	it('answers every random value for every question type with 200 or 400, never an exception', async () => {
		const responseId = await responseOf(w.orgs.msGs, 'it_staff');
		const version = await db
			.selectFrom('responses')
			.innerJoin('questionnaire_versions', 'questionnaire_versions.id', 'responses.version_id')
			.select('questionnaire_versions.definition')
			.where('responses.id', '=', responseId)
			.executeTakeFirstOrThrow();
		const definition = JSON.parse(version.definition) as {
			sections: { questions: { key: string; type: string }[] }[];
		};
		const byType = new Map<string, string>();
		for (const q of definition.sections.flatMap((s) => s.questions))
			if (!byType.has(q.type)) byType.set(q.type, q.key);
		let seed = 42;
		const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const atoms = [
			null,
			true,
			false,
			0,
			-1,
			1e308,
			-1e-308,
			3.5,
			'',
			' ',
			'12,5',
			'1.234,5',
			'ja',
			'sonstiges',
			'keine_angabe',
			'A1',
			'2026-02-30',
			'<script>x</script>',
			'ä'.repeat(5000),
			{},
			[],
			{ selected: 'x' },
			{ selected: [1, null] }
		];
		const randomValue = (depth: number): unknown => {
			const r = rnd();
			if (depth > 2 || r < 0.5) return atoms[Math.floor(rnd() * atoms.length)];
			if (r < 0.75)
				return Array.from({ length: Math.floor(rnd() * 4) }, () => randomValue(depth + 1));
			const keys = ['selected', 'other', 'tablet', 'apple', '__proto__', 'constructor', 'x'];
			return Object.fromEntries(
				keys.filter(() => rnd() < 0.4).map((k) => [k, randomValue(depth + 1)])
			);
		};
		const statuses = new Set<number>();
		for (const key of byType.values()) {
			for (let i = 0; i < 40; i++) {
				const res = await post(
					w.users.itMs,
					JSON.stringify({
						responseId,
						questionKey: key,
						value: randomValue(0),
						expectedVersion: 0
					})
				);
				statuses.add(res.status);
				expect([200, 400, 409], `${key}`).toContain(res.status);
				expect(typeof res.body.message === 'string' || typeof res.body.version === 'number').toBe(
					true
				);
			}
		}
		expect(statuses.has(400)).toBe(true);
	});
});

describe('round pages and exports (route level)', () => {
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	const event = (user: AuthUser, extra: Record<string, unknown> = {}): any => ({
		locals: { user, session: { id: 's' } },
		params: { roundId },
		url: new URL(`http://localhost/runden/${roundId}`),
		...extra
	});
	const statusOf = (promise: Promise<unknown>) =>
		promise.then(
			() => 200,
			(e: { status?: number }) => e.status ?? 500
		);

	it('lists and shows the round only to people of Musterstadt; foreign users get 404', async () => {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const list = (await listPage.load(event(w.users.operatorBk))) as any;
		expect(list.rounds.map((r: { operatorName: string }) => r.operatorName)).toEqual([
			'Landkreis Beispielkreis'
		]);
		expect(list.canCreate).toBe(false);
		for (const key of ['admin', 'consultantMs', 'operatorMs', 'itMs', 'leadMsGs'] as const) {
			expect(await statusOf(Promise.resolve(roundPage.load(event(w.users[key])))), key).toBe(200);
		}
		for (const key of ['consultantBk', 'operatorBk', 'itBk', 'leadBkOs'] as const) {
			expect(await statusOf(Promise.resolve(roundPage.load(event(w.users[key])))), key).toBe(404);
			expect(await statusOf(Promise.resolve(csvRoute.GET(event(w.users[key])))), key).toBe(404);
			expect(await statusOf(Promise.resolve(jsonRoute.GET(event(w.users[key])))), key).toBe(404);
		}
	});

	it('serves the CSV with BOM, a download file name, and only readable rows', async () => {
		const res = await csvRoute.GET(event(w.users.leadMsGs));
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toBe(
			'attachment; filename="MEK-2026-2030_Stadt-Musterstadt.csv"'
		);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder().decode(bytes);
		expect(text).toContain('Grundschule Am Lindenhof;4100101;Schulleitung;');
		expect(text).not.toContain('Goethe-Gymnasium');
		const json = await (await jsonRoute.GET(event(w.users.operatorMs))).json();
		expect(json.responses).toHaveLength(9);
	});

	it('lets only the consultant in charge change the status through the form action', async () => {
		const action = (user: AuthUser, status: string) => {
			const body = new URLSearchParams({ status });
			const request = new Request(`http://localhost/runden/${roundId}?/status`, {
				method: 'POST',
				body
			});
			return roundPage.actions.status(event(user, { request }));
		};
		expect(await action(w.users.operatorMs, 'auswertung')).toMatchObject({ status: 403 });
		expect(await action(w.users.consultantBk, 'auswertung')).toMatchObject({ status: 404 });
		expect(await action(w.users.consultantMs, 'unbekannt')).toMatchObject({ status: 400 });
		await expect(action(w.users.consultantMs, 'auswertung')).rejects.toMatchObject({ status: 303 });
		const row = await db
			.selectFrom('planning_rounds')
			.select('status')
			.where('id', '=', roundId)
			.executeTakeFirstOrThrow();
		expect(row.status).toBe('auswertung');
	});
});
