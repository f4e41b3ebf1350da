// Issue 10, point 1: what each role sees of a measure. Costs (cost items, unit prices, sums) only for
// the Schulträger's staff and KISA in charge (operator, assigned consultant, admin); school leads and
// IT staff see the measures that concern their schools without any cost figure, and of the reasons
// ("Begründung", one line per school with its indicator values) and the schools only their own.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import * as measures from '../../src/lib/server/measures';
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

function event(user: AuthUser, params: Record<string, string>) {
	const session = { id: 's', userId: user.id, createdAt: 0, lastActiveAt: 0 };
	return {
		locals: { user, session },
		params,
		request: new Request('http://localhost/x'),
		url: new URL('http://localhost/x')
	} as never;
}

async function load(fn: unknown, user: AuthUser, params: Record<string, string>) {
	try {
		return JSON.stringify(await (fn as (e: never) => Promise<unknown>)(event(user, params)));
	} catch (err) {
		if (isHttpError(err)) return `status ${err.status}`;
		throw err;
	}
}

/** A Musterstadt measure that concerns both the Grundschule (msGs) and another school, with costs. */
async function sharedMeasure(): Promise<string> {
	const rows = await db
		.selectFrom('measures')
		.innerJoin('measure_schools', 'measure_schools.measure_id', 'measures.id')
		.select(['measures.id', 'measure_schools.school_id'])
		.where('measures.round_id', '=', roundId)
		.execute();
	const bySchool = new Map<string, Set<string>>();
	for (const r of rows) {
		if (!bySchool.has(r.id)) bySchool.set(r.id, new Set());
		bySchool.get(r.id)!.add(r.school_id);
	}
	const id = [...bySchool].find(([, s]) => s.has(w.orgs.msGs) && s.has(w.orgs.msOs))?.[0];
	if (!id) throw new Error('demo world: no measure for msGs and msOs');
	return id;
}

const EURO = /\d[\d.]*,\d\d\s€/;

describe('measure page data as the Grundschule lead (issue 10.1)', () => {
	it('shows no cost figure, no line and no reason of the Oberschule', async () => {
		const measureId = await sharedMeasure();
		const asOperator = await load(measurePage.load, w.users.operatorMs, { roundId, measureId });
		// the operator sees the whole measure: the Oberschule, its reasons and the cost items
		expect(asOperator).toContain('Oberschule Musterstadt');
		expect(JSON.parse(asOperator).costItems.length).toBeGreaterThan(0);

		for (const user of [w.users.leadMsGs]) {
			const data = await load(measurePage.load, user, { roundId, measureId });
			const parsed = JSON.parse(data);
			expect(data).not.toContain('Oberschule Musterstadt');
			expect(data).not.toMatch(EURO);
			expect(parsed.costItems).toBeNull();
			expect(parsed.measure.investment).toBeNull();
			expect(parsed.measure.runningPerYear).toBeNull();
			expect(parsed.measure.schoolIds).toEqual([w.orgs.msGs]);
			expect(parsed.schools.map((s: { id: string }) => s.id)).toEqual([w.orgs.msGs]);
			for (const reason of parsed.measure.reasons)
				expect(reason).toMatch(/^Grundschule Am Lindenhof: /);
		}
	});

	it('the measures list shows no sums to school staff and keeps them for the operator', async () => {
		const lead = JSON.parse(await load(measuresPage.load, w.users.leadMsGs, { roundId }));
		expect(lead.measures.length).toBeGreaterThan(0);
		for (const m of lead.measures) {
			expect(m.investment).toBeNull();
			expect(m.runningPerYear).toBeNull();
			for (const reason of m.reasons) expect(reason).toMatch(/^Grundschule Am Lindenhof: /);
		}
		expect(JSON.stringify(lead)).not.toContain('Oberschule Musterstadt');
		const it_ = await measures.getMeasuresOverview(db, w.users.itMs, roundId);
		expect(it_.measures.every((m) => m.investment === null)).toBe(true);
		const op = await measures.getMeasuresOverview(db, w.users.operatorMs, roundId);
		expect(op.measures.some((m) => (m.investment ?? 0) > 0)).toBe(true);
	});

	it('IT staff read measures and reasons of the schools they serve, without costs', async () => {
		const measureId = await sharedMeasure();
		const detail = await measures.getMeasure(db, w.users.itMs, measureId);
		expect(detail.costItems).toBeNull();
		expect(detail.measure.investment).toBeNull();
		expect(detail.measure.reasons.length).toBeGreaterThan(0);
		const consultant = await measures.getMeasure(db, w.users.consultantMs, measureId);
		expect(consultant.costItems!.length).toBeGreaterThan(0);
		expect(consultant.measure.investment).toBeGreaterThan(0);
	});
});
