// Route level (issue 5): the measures and cost pages' loads and actions answer with the right status
// per role; bad and random input is a 4xx with German messages at the fields, never a 5xx (R5); the
// CSV export has the promised format and its amounts add up to the plan.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isActionFailure, isHttpError, isRedirect } from '@sveltejs/kit';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import * as costs from '../../src/lib/server/costs';
import type { DemoWorld } from '../helpers/factories';
import { cloneDemoWorld } from '../helpers/seeded-clone';

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', () => ({
	get db() {
		return holder.db;
	}
}));

const measuresPage =
	await import('../../src/routes/(app)/runden/[roundId=id]/massnahmen/+page.server');
const measurePage =
	await import('../../src/routes/(app)/runden/[roundId=id]/massnahmen/[measureId=id]/+page.server');
const costsPage = await import('../../src/routes/(app)/runden/[roundId=id]/kosten/+page.server');
const csvRoute =
	await import('../../src/routes/(app)/runden/[roundId=id]/kosten/export.csv/+server');

let db: Db;
let w: DemoWorld;
let roundId: string;

beforeEach(async () => {
	({ db, w } = await cloneDemoWorld());
	holder.db = db;
	roundId = (
		await db
			.selectFrom('planning_rounds')
			.select('id')
			.where('operator_id', '=', w.orgs.musterstadt)
			.executeTakeFirstOrThrow()
	).id;
});

type Fn = (event: never) => unknown;

function event(
	user: AuthUser,
	params: Record<string, string>,
	body?: Record<string, string>,
	query = ''
) {
	const request = new Request(`http://localhost/x${query}`, {
		method: body ? 'POST' : 'GET',
		body: body ? new URLSearchParams(body) : undefined
	});
	const session = { id: 's', userId: user.id, createdAt: 0, lastActiveAt: 0 };
	return {
		locals: { user, session },
		params,
		request,
		url: new URL(`http://localhost/x${query}`)
	} as never;
}

/** 200 for data, 303 for a redirect, else the status; the action's data for failures. */
async function call(fn: Fn, ev: never): Promise<{ status: number; data?: unknown }> {
	try {
		const result = await fn(ev);
		return isActionFailure(result)
			? { status: result.status, data: result.data }
			: { status: 200, data: result };
	} catch (err) {
		if (isRedirect(err)) return { status: err.status };
		if (isHttpError(err)) return { status: err.status };
		throw err;
	}
}

async function measureId(rule: string): Promise<{ id: string; version: number }> {
	return db
		.selectFrom('measures')
		.select(['id', 'version'])
		.where('rule_key', '=', rule)
		.executeTakeFirstOrThrow();
}

describe('loads per role', () => {
	it('measures page: readers see it, other Schulträger get 404; cost page only for editors', async () => {
		const statuses = async (fn: Fn, params: Record<string, string>) =>
			Promise.all(
				(
					[
						'admin',
						'consultantMs',
						'consultantBk',
						'operatorMs',
						'itMs',
						'leadMsGs',
						'operatorBk'
					] as const
				).map(async (k) => (await call(fn, event(w.users[k], params))).status)
			);
		expect(await statuses(measuresPage.load as Fn, { roundId })).toEqual([
			200, 200, 404, 200, 200, 200, 404
		]);
		expect(await statuses(costsPage.load as Fn, { roundId })).toEqual([
			200, 200, 404, 200, 403, 403, 404
		]);
		const os = await measureId('network.renewal');
		expect(await statuses(measurePage.load as Fn, { roundId, measureId: os.id })).toEqual([
			200, 200, 404, 200, 200, 404, 404
		]);
		// a measure id under the wrong round id is not a page
		const bkRound = (
			await db
				.selectFrom('planning_rounds')
				.select('id')
				.where('operator_id', '=', w.orgs.beispielkreis)
				.executeTakeFirstOrThrow()
		).id;
		expect(
			(
				await call(
					measurePage.load as Fn,
					event(w.users.admin, { roundId: bkRound, measureId: os.id })
				)
			).status
		).toBe(404);
	});
});

describe('bad input answers 4xx with German messages at the fields', () => {
	it('rejecting without a reason', async () => {
		await db.deleteFrom('measures').where('rule_key', '=', 'network.renewal').execute();
		const r = await call(
			measuresPage.actions.reject as Fn,
			event(w.users.operatorMs, { roundId }, { ruleKey: 'network.renewal', reason: '  ' })
		);
		expect(r.status).toBe(400);
		expect(r.data).toMatchObject({
			reject: { errors: { reason: ['Bitte begründen Sie die Ablehnung.'] } }
		});
		const ok = await call(
			measuresPage.actions.reject as Fn,
			event(w.users.operatorMs, { roundId }, { ruleKey: 'network.renewal', reason: 'Leasing' })
		);
		expect(ok.status).toBe(303);
	});

	it('adding a measure with an empty title, unknown field and quarters out of order', async () => {
		const r = await call(
			measuresPage.actions.create as Fn,
			event(
				w.users.operatorMs,
				{ roundId },
				{
					title: '',
					actionField: 'zauberei',
					priority: 'high',
					startQuarter: '2028-Q2',
					endQuarter: '2027-Q1'
				}
			)
		);
		expect(r.status).toBe(400);
		expect(r.data).toMatchObject({
			create: {
				errors: {
					title: ['Bitte geben Sie einen Titel ein.'],
					actionField: ['Bitte wählen Sie ein Handlungsfeld aus der Liste.']
				}
			}
		});
	});

	it('editing with a stale version answers 409 with the stored state', async () => {
		const m = await measureId('wlan.expand');
		const body = {
			title: 'Neu',
			actionField: 'infrastructure',
			priority: 'high',
			status: 'planned'
		};
		const first = await call(
			measurePage.actions.update as Fn,
			event(
				w.users.operatorMs,
				{ roundId, measureId: m.id },
				{ ...body, version: String(m.version) }
			)
		);
		expect(first.status).toBe(303);
		const stale = await call(
			measurePage.actions.update as Fn,
			event(
				w.users.consultantMs,
				{ roundId, measureId: m.id },
				{ ...body, title: 'Alt', version: String(m.version) }
			)
		);
		expect(stale.status).toBe(409);
		expect(stale.data).toMatchObject({ conflict: { title: 'Neu', version: m.version + 1 } });
		const noVersion = await call(
			measurePage.actions.update as Fn,
			event(w.users.operatorMs, { roundId, measureId: m.id }, { ...body, version: 'abc' })
		);
		expect(noVersion.status).toBe(400);
	});

	it('cost items: words for numbers, negative prices, a missing useful life', async () => {
		const r = await call(
			costsPage.actions.save as Fn,
			event(
				w.users.operatorMs,
				{ roundId },
				{
					label: 'Tablets',
					category: 'student_devices',
					kind: 'investment',
					quantity: 'zwölf',
					unitPrice: '-5',
					firstYear: '2026',
					fundingSource: 'own'
				}
			)
		);
		expect(r.status).toBe(400);
		expect(r.data).toMatchObject({
			errors: {
				quantity: ['Bitte geben Sie die Menge als Zahl ein, z. B. 1.234,50.'],
				unitPrice: ['Der Einzelpreis darf nicht kleiner als 0 sein.']
			}
		});
	});

	it('cost items: an investment without useful life', async () => {
		const r = await call(
			costsPage.actions.save as Fn,
			event(
				w.users.operatorMs,
				{ roundId },
				{
					label: 'Tablets',
					category: 'student_devices',
					kind: 'investment',
					quantity: '12',
					unitPrice: '540,00',
					firstYear: '2026',
					fundingSource: 'own'
				}
			)
		);
		expect(r.status).toBe(400);
		expect(r.data).toMatchObject({
			errors: {
				usefulLifeYears: ['Bitte geben Sie für eine Investition die Nutzungsdauer in Jahren an.']
			}
		});
	});

	it('without JavaScript the catalogue entry fills the form; saving then works', async () => {
		const applied = await call(
			costsPage.actions.catalogue as Fn,
			event(
				w.users.operatorMs,
				{ roundId },
				{ catalogueItemId: 'presentation.display', quantity: '3' }
			)
		);
		expect(applied.data).toMatchObject({
			applied: true,
			values: {
				label: expect.stringContaining('Interaktives Display'),
				unitPrice: '4800',
				usefulLifeYears: '7',
				kind: 'investment',
				quantity: '3'
			}
		});
		const values = (applied.data as { values: Record<string, string> }).values;
		const saved = await call(
			costsPage.actions.save as Fn,
			event(w.users.operatorMs, { roundId }, { ...values, firstYear: '2027', fundingSource: 'own' })
		);
		expect(saved.status).toBe(303);
	});

	it('random payloads never cause a 5xx', async () => {
		const junk = [
			'',
			' ',
			'0',
			'-1',
			'1e309',
			'NaN',
			'<script>',
			'9'.repeat(400),
			'ä'.repeat(5000),
			'2026-Q9',
			'../..'
		];
		const fields = [
			'ruleKey',
			'reason',
			'title',
			'actionField',
			'priority',
			'startQuarter',
			'endQuarter',
			'schoolIds',
			'status',
			'version',
			'itemId',
			'catalogueItemId',
			'label',
			'category',
			'kind',
			'quantity',
			'unitPrice',
			'usefulLifeYears',
			'firstYear',
			'lastYear',
			'fundingSource',
			'fundingRatePercent',
			'fundedUntilYear',
			'schoolId',
			'measureId',
			'note'
		];
		const m = await measureId('wlan.expand');
		const targets: [Fn, Record<string, string>][] = [
			[measuresPage.actions.accept as Fn, { roundId }],
			[measuresPage.actions.reject as Fn, { roundId }],
			[measuresPage.actions.create as Fn, { roundId }],
			[measurePage.actions.update as Fn, { roundId, measureId: m.id }],
			[costsPage.actions.save as Fn, { roundId }],
			[costsPage.actions.delete as Fn, { roundId }],
			[costsPage.actions.catalogue as Fn, { roundId }]
		];
		let n = 0;
		for (const [fn, params] of targets)
			for (let i = 0; i < 12; i++) {
				const body = Object.fromEntries(
					fields.map((f, j) => [f, junk[(i * 7 + j * 3) % junk.length]])
				);
				const { status } = await call(fn, event(w.users.operatorMs, params, body));
				expect(status).toBeLessThan(500);
				n++;
			}
		expect(n).toBe(84);
	});
});

describe('CSV export', () => {
	it('UTF-8 with BOM, semicolons, German headers, one row per item and year; amounts add up', async () => {
		const res = (await csvRoute.GET(event(w.users.operatorMs, { roundId }))) as Response;
		expect(res.status).toBe(200);
		expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(res.headers.get('content-disposition')).toMatch(
			/^attachment; filename="Kostenplan_MEK-2026-2030_Stadt-Musterstadt\.csv"$/
		);
		const bytes = new Uint8Array(await res.arrayBuffer());
		expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
		const lines = text.trimEnd().split('\r\n');
		expect(lines[0]).toBe(costs.COST_CSV_HEADER.join(';'));
		expect(lines[0]).toContain('Eigenanteil (€)');
		const { plan } = await costs.getCostPlan(db, w.users.operatorMs, roundId);
		expect(lines).toHaveLength(1 + plan.items.length * 5);
		const col = (name: string) => costs.COST_CSV_HEADER.indexOf(name);
		const cents = (v: string) => Math.round(Number(v.replace(',', '.')) * 100);
		const rows = lines.slice(1).map((l) => l.split(';'));
		expect(rows.every((r) => r.length === costs.COST_CSV_HEADER.length)).toBe(true);
		expect(rows.reduce((s, r) => s + cents(r[col('Betrag (€)')]), 0)).toBe(plan.total.amount);
		expect(rows.reduce((s, r) => s + cents(r[col('Eigenanteil (€)')]), 0)).toBe(plan.total.own);
		expect(new Set(rows.map((r) => r[col('Jahr')]))).toEqual(
			new Set(['2026', '2027', '2028', '2029', '2030'])
		);
	});

	it('school staff get 403, other Schulträger 404', async () => {
		const status = async (u: AuthUser) =>
			(await call(csvRoute.GET as unknown as Fn, event(u, { roundId }))).status;
		expect(await status(w.users.leadMsGs)).toBe(403);
		expect(await status(w.users.operatorBk)).toBe(404);
	});
});
