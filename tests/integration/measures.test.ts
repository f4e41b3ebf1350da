// Measures and cost plan services (issue 5) on the Musterstadt demo round: accepting a proposal
// creates the measure, its cost items and an audit entry together; rejecting needs a reason; stale
// versions conflict; the plan leaves rejected measures out; a closed round cannot be changed.
import { describe, expect, it } from 'vitest';
import { DEMO_ORGS } from '../../db/demo-data';
import { buildCostPlan } from '../../src/lib/domain/costs/plan';
import * as costs from '../../src/lib/server/costs';
import type { Db } from '../../src/lib/server/db/client';
import { ConflictError, NotFoundError, ValidationError } from '../../src/lib/server/errors';
import * as measures from '../../src/lib/server/measures';
import { cloneDemoWorld } from '../helpers/seeded-clone';

const BEFORE_MEASURES = 'Maßnahmen und Kostenplan';

async function roundOf(db: Db, operatorId: string): Promise<string> {
	const row = await db
		.selectFrom('planning_rounds')
		.select('id')
		.where('operator_id', '=', operatorId)
		.executeTakeFirstOrThrow();
	return row.id;
}

async function auditsOf(db: Db, action: string) {
	return db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
}

async function count(db: Db, table: 'measures' | 'cost_items'): Promise<number> {
	const row = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

describe('proposals', () => {
	it('accepting creates the measure with frozen reasons, its cost items and one audit entry', async () => {
		const { db, w } = await cloneDemoWorld(BEFORE_MEASURES);
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const open = await measures.listOpenProposals(db, w.users.operatorMs, roundId);
		const wlan = open.find((p) => p.ruleKey === 'wlan.expand');
		expect(wlan?.reasons).toContain(
			'Oberschule Musterstadt: WLAN deckt 70 % der Unterrichtsräume ab, Orientierungswert 100 %'
		);

		const m = await measures.acceptProposal(db, w.users.operatorMs, roundId, 'wlan.expand');
		expect(m).toMatchObject({
			ruleId: 'wlan.expand',
			status: 'planned',
			priority: 'high',
			startQuarter: '2026-Q1',
			endQuarter: '2026-Q4',
			reasons: wlan!.reasons,
			version: 1
		});
		expect([...m.schoolIds].sort()).toEqual([...wlan!.schoolIds].sort());
		const items = await db
			.selectFrom('cost_items')
			.selectAll()
			.where('measure_id', '=', m.id)
			.execute();
		expect(items).toHaveLength(wlan!.costLines.length);
		expect(m.investment).toBe(wlan!.estimate.investment);
		expect(m.runningPerYear).toBe(wlan!.estimate.runningPerYear);
		expect(items.every((i) => i.round_id === roundId && i.source_note?.includes('×'))).toBe(true);
		const audit = await auditsOf(db, 'measure.accepted');
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ entity_id: m.id, actor_id: w.users.operatorMs.id });
		expect(JSON.parse(audit[0].details).costItemIds).toHaveLength(items.length);

		const after = await measures.listOpenProposals(db, w.users.operatorMs, roundId);
		expect(after.map((p) => p.ruleKey)).not.toContain('wlan.expand');
		await expect(
			measures.acceptProposal(db, w.users.consultantMs, roundId, 'wlan.expand')
		).rejects.toBeInstanceOf(ConflictError);
		expect(await auditsOf(db, 'measure.accepted')).toHaveLength(1);
	});

	it('an unknown proposal writes nothing', async () => {
		const { db, w } = await cloneDemoWorld(BEFORE_MEASURES);
		const roundId = await roundOf(db, w.orgs.musterstadt);
		await expect(
			measures.acceptProposal(db, w.users.operatorMs, roundId, 'no.such.rule')
		).rejects.toBeInstanceOf(NotFoundError);
		expect(await count(db, 'measures')).toBe(0);
		expect(await count(db, 'cost_items')).toBe(0);
	});

	it('rejecting needs a reason (German message) and then records it without costs', async () => {
		const { db, w } = await cloneDemoWorld(BEFORE_MEASURES);
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const error = await measures
			.rejectProposal(db, w.users.operatorMs, roundId, { ruleKey: 'wlan.expand', reason: '   ' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect((error as ValidationError).message).toBe('Bitte begründen Sie die Ablehnung.');
		expect((error as ValidationError).field).toBe('reason');
		expect(await count(db, 'measures')).toBe(0);
		const parsed = measures.RejectInput.safeParse({ ruleKey: 'wlan.expand', reason: '' });
		expect(parsed.success ? null : parsed.error.issues[0].message).toBe(
			'Bitte begründen Sie die Ablehnung.'
		);

		const m = await measures.rejectProposal(db, w.users.consultantMs, roundId, {
			ruleKey: 'wlan.expand',
			reason: 'WLAN kommt mit der Schulsanierung.'
		});
		expect(m).toMatchObject({
			status: 'rejected',
			rejectionReason: 'WLAN kommt mit der Schulsanierung.'
		});
		expect(await count(db, 'cost_items')).toBe(0);
		expect(await auditsOf(db, 'measure.rejected')).toHaveLength(1);
		const concept = await measures.listReadableMeasures(db, w.users.operatorMs, roundId);
		expect(concept.map((x) => [x.title, x.status])).toEqual([[m.title, 'rejected']]);
	});
});

describe('editing measures', () => {
	it('a stale version is a ConflictError with the current measure; nothing is overwritten', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const [m] = (await measures.getMeasuresOverview(db, w.users.operatorMs, roundId)).measures;
		const input = (title: string, version: number) =>
			measures.EditMeasureInput.parse({
				title,
				description: m.description,
				actionField: m.actionField,
				owner: 'Frau Beispiel',
				priority: 'low',
				startQuarter: '2027-Q2',
				endQuarter: '2027-Q3',
				schoolIds: m.schoolIds,
				status: 'in_progress',
				rejectionReason: '',
				version: String(version)
			});
		const first = await measures.updateMeasure(
			db,
			w.users.operatorMs,
			m.id,
			input('Erste Fassung', m.version)
		);
		expect(first).toMatchObject({
			title: 'Erste Fassung',
			version: m.version + 1,
			owner: 'Frau Beispiel'
		});

		const error = await measures
			.updateMeasure(db, w.users.consultantMs, m.id, input('Zweite Fassung', m.version))
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ConflictError);
		expect((error as ConflictError<{ title: string; version: number }>).current).toMatchObject({
			title: 'Erste Fassung',
			version: m.version + 1
		});
		expect((await measures.getMeasure(db, w.users.operatorMs, m.id)).measure.title).toBe(
			'Erste Fassung'
		);
		const audit = await auditsOf(db, 'measure.updated');
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0].details).before.title).toBe(m.title);
	});

	it('quarters in the wrong order and foreign schools are refused at their fields', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const bad = measures.NewMeasureInput.safeParse({
			title: 'X',
			actionField: 'training',
			priority: 'high',
			startQuarter: '2028-Q1',
			endQuarter: '2027-Q4'
		});
		expect(bad.success ? null : bad.error.issues[0]).toMatchObject({
			path: ['endQuarter'],
			message: 'Das Endquartal darf nicht vor dem Startquartal liegen.'
		});
		const foreign = measures.NewMeasureInput.parse({
			title: 'X',
			actionField: 'training',
			priority: 'high',
			schoolIds: [DEMO_ORGS.bkOs.id]
		});
		await expect(
			measures.createMeasure(db, w.users.operatorMs, roundId, foreign)
		).rejects.toMatchObject({
			field: 'schoolIds'
		});
	});

	it('a measure set to rejected needs a reason, and its cost items leave the plan', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const overview = await measures.getMeasuresOverview(db, w.users.operatorMs, roundId);
		const m = overview.measures.find((x) => (x.investment ?? 0) > 0)!;
		const planBefore = (await costs.getCostPlan(db, w.users.operatorMs, roundId)).plan;
		await expect(
			measures.setMeasureStatus(db, w.users.operatorMs, m.id, {
				status: 'rejected',
				rejectionReason: '',
				version: m.version
			})
		).rejects.toMatchObject({ field: 'rejectionReason' });
		await measures.setMeasureStatus(db, w.users.operatorMs, m.id, {
			status: 'rejected',
			rejectionReason: 'Zurückgestellt bis zum nächsten Haushalt.',
			version: m.version
		});
		const planAfter = (await costs.getCostPlan(db, w.users.operatorMs, roundId)).plan;
		expect(planAfter.items.some((i) => i.measureId === m.id)).toBe(false);
		expect(planBefore.items.some((i) => i.measureId === m.id)).toBe(true);
		expect(planAfter.total.investment).toBeLessThan(planBefore.total.investment);
	});

	it('a closed round cannot be changed any more', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await roundOf(db, w.orgs.musterstadt);
		await db
			.updateTable('planning_rounds')
			.set({ status: 'abgeschlossen' })
			.where('id', '=', roundId)
			.execute();
		const overview = await measures.getMeasuresOverview(db, w.users.operatorMs, roundId);
		expect(overview.canEdit).toBe(false);
		const m = overview.measures[0];
		await expect(
			measures.setMeasureStatus(db, w.users.operatorMs, m.id, {
				status: 'done',
				rejectionReason: '',
				version: m.version
			})
		).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('cost items and the plan', () => {
	const item = (over: Record<string, string> = {}) =>
		costs.CostItemInput.parse(
			costs.withCatalogueDefaults({
				catalogueItemId: 'wlan.access_point',
				quantity: '10',
				firstYear: '2026',
				fundingSource: 'digitalpakt_2',
				...over
			})
		);

	it('the catalogue fills price and useful life; an investment with life 3 is bought again in year 4', async () => {
		const { db, w } = await cloneDemoWorld(BEFORE_MEASURES);
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const created = await costs.createCostItem(
			db,
			w.users.consultantMs,
			roundId,
			item({ usefulLifeYears: '3' })
		);
		// DP 2.0 is a lump-sum allocation: an item assigned to it is paid in full (no 90 % rate)
		expect(created).toMatchObject({
			unitPrice: 78000,
			usefulLifeYears: 3,
			fundingRatePercent: 100
		});
		const { plan } = await costs.getCostPlan(db, w.users.operatorMs, roundId);
		expect(plan.entries.map((e) => [e.year, e.amount, e.isReplacement])).toEqual([
			[2026, 780000, false],
			[2029, 780000, true]
		]);
		expect(plan.total).toMatchObject({ amount: 1560000, funded: 1560000, own: 0 });
		expect(await auditsOf(db, 'cost_item.created')).toHaveLength(1);
	});

	it('edits check the version, years must lie in the plan, deletes are audited', async () => {
		const { db, w } = await cloneDemoWorld(BEFORE_MEASURES);
		const roundId = await roundOf(db, w.orgs.musterstadt);
		await expect(
			costs.createCostItem(db, w.users.operatorMs, roundId, item({ firstYear: '2031' }))
		).rejects.toMatchObject({ field: 'firstYear' });
		const created = await costs.createCostItem(db, w.users.operatorMs, roundId, item());
		const updated = await costs.updateCostItem(
			db,
			w.users.operatorMs,
			created.id,
			item({ quantity: '12' }),
			1
		);
		expect(updated).toMatchObject({ quantity: 12, version: 2 });
		await expect(
			costs.updateCostItem(db, w.users.consultantMs, created.id, item({ quantity: '99' }), 1)
		).rejects.toBeInstanceOf(ConflictError);
		await expect(
			costs.deleteCostItem(db, w.users.operatorMs, created.id, 1)
		).rejects.toBeInstanceOf(ConflictError);
		await costs.deleteCostItem(db, w.users.operatorMs, created.id, 2);
		expect(await count(db, 'cost_items')).toBe(0);
		expect(await auditsOf(db, 'cost_item.deleted')).toHaveLength(1);
	});

	it('the seeded plan equals the pure computation over its items', async () => {
		const { db, w } = await cloneDemoWorld();
		const roundId = await roundOf(db, w.orgs.musterstadt);
		const data = await costs.getCostPlan(db, w.users.operatorMs, roundId);
		const pure = buildCostPlan(
			data.plan.items,
			{ startYear: 2026, years: 5 },
			data.schools.map((s) => ({ schoolId: s.id, name: s.name, type: s.type!, pupils: s.pupils! }))
		);
		expect(data.plan.total).toEqual(pure.total);
		expect(data.plan.total.amount).toBeGreaterThan(0);
		expect(data.plan.perPupil).toEqual(pure.perPupil);
	});
});
