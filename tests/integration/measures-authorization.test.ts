// Authorization matrix of the measures and cost plan services (issue 5, quality.md S4) on the seeded
// demo world. Columns, in order:  admin  consultantMs  consultantBk  operatorMs  itMs  leadMsGs
// (itMs: the operator-wide IT service of Musterstadt; leadMsGs leads the Grundschule msGs.)
//
// Decisions recorded here:
// - The Schulträger's staff and KISA in charge decide proposals, edit measures and the cost plan.
// - School leads and IT staff read the measures that concern their school (itMs serves every school,
//   so reads all); a measure of another school is 404; changing a readable measure is 403.
// - The cost plan (and its CSV) is the Schulträger's budget: 403 for school staff who see the round.
// - Whoever cannot see the round (other Schulträger) gets 404 for everything in it.
// A denied write leaves every table unchanged, an allowed one writes an audit entry.
import { describe, expect, it } from 'vitest';
import type { AuthUser } from '../../src/lib/server/auth/user';
import * as costs from '../../src/lib/server/costs';
import type { Db } from '../../src/lib/server/db/client';
import { ForbiddenError, NotFoundError } from '../../src/lib/server/errors';
import * as measures from '../../src/lib/server/measures';
import { MATRIX_ACTORS, snapshotDatabase } from '../helpers/authorization-matrix';
import type { DemoWorld } from '../helpers/factories';
import { cloneDemoWorld } from '../helpers/seeded-clone';

interface Row {
	action: string;
	expect: string;
	writes?: boolean;
	/** runs before the snapshot (e.g. reopen a decided proposal) */
	setup?: (db: Db, w: DemoWorld) => Promise<void>;
	run: (db: Db, user: AuthUser, w: DemoWorld) => Promise<unknown>;
}

async function roundOf(db: Db, operatorId: string): Promise<string> {
	return (
		await db
			.selectFrom('planning_rounds')
			.select('id')
			.where('operator_id', '=', operatorId)
			.executeTakeFirstOrThrow()
	).id;
}

const ms = (db: Db, w: DemoWorld) => roundOf(db, w.orgs.musterstadt);

/** A seeded Musterstadt measure by rule (or title, for the manual one). */
async function measureOf(db: Db, key: string): Promise<{ id: string; version: number }> {
	return db
		.selectFrom('measures')
		.select(['id', 'version'])
		.where((eb) => eb.or([eb('rule_key', '=', key), eb('title', '=', key)]))
		.executeTakeFirstOrThrow();
}

async function itemOf(db: Db): Promise<{ id: string; version: number }> {
	return db
		.selectFrom('cost_items')
		.select(['id', 'version'])
		.where('label', '=', 'IT-Dienstleister 2nd-Level (Rahmenvertrag)')
		.executeTakeFirstOrThrow();
}

/** Reopens the rejected demo proposal, so it can be decided again. */
async function reopen(db: Db): Promise<void> {
	await db.deleteFrom('measures').where('rule_key', '=', 'network.renewal').execute();
}

// connectivity.upgrade concerns msGs (the lead's school); network.renewal only msOs.
const GS_MEASURE = 'connectivity.upgrade';
const OS_MEASURE = 'network.renewal';
const editInput = (version: number) =>
	measures.EditMeasureInput.parse({
		title: 'Neuer Titel',
		actionField: 'infrastructure',
		priority: 'high',
		status: 'planned',
		version: String(version)
	});
const costInput = () =>
	costs.CostItemInput.parse(
		costs.withCatalogueDefaults({
			catalogueItemId: 'training.inhouse',
			quantity: '2',
			firstYear: '2027',
			fundingSource: 'own'
		})
	);

//                       admin cMs  cBk  opMs itMs leadMsGs
const EDITORS = /*    */ 'ok   ok   404  ok   403  403';
const READ_ALL = /*   */ 'ok   ok   404  ok   ok   ok';
const READ_GS = /*    */ 'ok   ok   404  ok   ok   ok';
const READ_OS = /*    */ 'ok   ok   404  ok   ok   404';
const EDIT_OS = /*    */ 'ok   ok   404  ok   403  404';
const FOREIGN = /*    */ 'ok   404  ok   404  404  404';

const ROWS: Row[] = [
	{
		action: 'getMeasuresOverview(ms)',
		expect: READ_ALL,
		run: async (db, u, w) => measures.getMeasuresOverview(db, u, await ms(db, w))
	},
	{
		action: 'listReadableMeasures(ms)',
		expect: READ_ALL,
		run: async (db, u, w) => measures.listReadableMeasures(db, u, await ms(db, w))
	},
	{
		action: 'listOpenProposals(ms)',
		expect: EDITORS,
		run: async (db, u, w) => measures.listOpenProposals(db, u, await ms(db, w))
	},
	{
		action: 'getMeasure(ms, concerns msGs)',
		expect: READ_GS,
		run: async (db, u) => measures.getMeasure(db, u, (await measureOf(db, GS_MEASURE)).id)
	},
	{
		action: 'getMeasure(ms, concerns msOs only)',
		expect: READ_OS,
		run: async (db, u) => measures.getMeasure(db, u, (await measureOf(db, OS_MEASURE)).id)
	},
	{
		action: 'getMeasuresOverview(bk)',
		expect: FOREIGN,
		run: async (db, u, w) =>
			measures.getMeasuresOverview(db, u, await roundOf(db, w.orgs.beispielkreis))
	},
	{
		action: 'acceptProposal(ms)',
		expect: EDITORS,
		writes: true,
		setup: reopen,
		run: async (db, u, w) => measures.acceptProposal(db, u, await ms(db, w), 'network.renewal')
	},
	{
		action: 'rejectProposal(ms)',
		expect: EDITORS,
		writes: true,
		setup: reopen,
		run: async (db, u, w) =>
			measures.rejectProposal(db, u, await ms(db, w), {
				ruleKey: 'network.renewal',
				reason: 'Leasing'
			})
	},
	{
		action: 'createMeasure(ms)',
		expect: EDITORS,
		writes: true,
		run: async (db, u, w) =>
			measures.createMeasure(
				db,
				u,
				await ms(db, w),
				measures.NewMeasureInput.parse({ title: 'Neu', actionField: 'training', priority: 'low' })
			)
	},
	{
		action: 'updateMeasure(ms, concerns msGs)',
		expect: EDITORS,
		writes: true,
		run: async (db, u) => {
			const m = await measureOf(db, GS_MEASURE);
			return measures.updateMeasure(db, u, m.id, editInput(m.version));
		}
	},
	{
		action: 'updateMeasure(ms, concerns msOs only)',
		expect: EDIT_OS,
		writes: true,
		run: async (db, u) => {
			const m = await measureOf(db, OS_MEASURE);
			return measures.updateMeasure(db, u, m.id, editInput(m.version));
		}
	},
	{
		action: 'setMeasureStatus(ms, concerns msGs)',
		expect: EDITORS,
		writes: true,
		run: async (db, u) => {
			const m = await measureOf(db, GS_MEASURE);
			return measures.setMeasureStatus(db, u, m.id, {
				status: 'done',
				rejectionReason: '',
				version: m.version
			});
		}
	},
	{
		action: 'getCostPlan(ms)',
		expect: EDITORS,
		run: async (db, u, w) => costs.getCostPlan(db, u, await ms(db, w))
	},
	{
		action: 'exportCostPlanCsv(ms)',
		expect: EDITORS,
		run: async (db, u, w) => costs.exportCostPlanCsv(db, u, await ms(db, w))
	},
	{
		action: 'getCostPlan(bk)',
		expect: FOREIGN,
		run: async (db, u, w) => costs.getCostPlan(db, u, await roundOf(db, w.orgs.beispielkreis))
	},
	{
		action: 'createCostItem(ms)',
		expect: EDITORS,
		writes: true,
		run: async (db, u, w) => costs.createCostItem(db, u, await ms(db, w), costInput())
	},
	{
		action: 'updateCostItem(ms)',
		expect: EDITORS,
		writes: true,
		run: async (db, u) => {
			const i = await itemOf(db);
			return costs.updateCostItem(db, u, i.id, costInput(), i.version);
		}
	},
	{
		action: 'deleteCostItem(ms)',
		expect: EDITORS,
		writes: true,
		run: async (db, u) => {
			const i = await itemOf(db);
			return costs.deleteCostItem(db, u, i.id, i.version);
		}
	}
];

async function auditCount(db: Db): Promise<number> {
	const row = await db
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

describe('measures and cost plan services × roles (seeded demo world)', () => {
	for (const row of ROWS) {
		const outcomes = row.expect.trim().split(/\s+/);
		if (outcomes.length !== MATRIX_ACTORS.length)
			throw new Error(`row ${row.action}: bad outcomes`);
		MATRIX_ACTORS.forEach((actor, i) => {
			it(`${row.action} as ${actor} → ${outcomes[i]}`, async () => {
				const { db, w } = await cloneDemoWorld();
				await row.setup?.(db, w);
				const before = row.writes ? await snapshotDatabase(db) : '';
				const audits = await auditCount(db);
				const settled = await row.run(db, w.users[actor], w).then(
					() => 'ok',
					(e: unknown) => e
				);
				if (outcomes[i] === 'ok') {
					expect(settled).toBe('ok');
					if (row.writes) expect(await auditCount(db)).toBeGreaterThan(audits);
				} else {
					expect(settled).toBeInstanceOf(outcomes[i] === '404' ? NotFoundError : ForbiddenError);
					if (row.writes) expect(await snapshotDatabase(db)).toBe(before);
				}
			});
		});
	}
});

describe('what readers see', () => {
	it('the operator of Beispielkreis sees nothing of the Musterstadt measures', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await ms(db, w);
		const gs = await measureOf(db, GS_MEASURE);
		for (const call of [
			() => measures.getMeasuresOverview(db, w.users.operatorBk, roundId),
			() => measures.getMeasure(db, w.users.operatorBk, gs.id),
			() => costs.getCostPlan(db, w.users.operatorBk, roundId)
		])
			await expect(call()).rejects.toBeInstanceOf(NotFoundError);
	});

	it('a school lead reads only the measures that concern their school, without proposals', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await ms(db, w);
		const lead = await measures.getMeasuresOverview(db, w.users.leadMsGs, roundId);
		const all = await measures.getMeasuresOverview(db, w.users.operatorMs, roundId);
		expect(lead.canEdit).toBe(false);
		expect(lead.proposals).toEqual([]);
		expect(lead.measures.length).toBeGreaterThan(0);
		expect(lead.measures.length).toBeLessThan(all.measures.length);
		const gs = w.orgs.msGs;
		expect(lead.measures.every((m) => m.schoolIds.length === 0 || m.schoolIds.includes(gs))).toBe(
			true
		);
		const expected = all.measures.filter(
			(m) => m.schoolIds.length === 0 || m.schoolIds.includes(gs)
		);
		expect(lead.measures.map((m) => m.id).sort()).toEqual(expected.map((m) => m.id).sort());
	});
});
