// The five-year cost plan of a round: cost items (add, edit with version check, delete), the plan
// projected by the pure core, and the per-measure sums. Every change is audited in its transaction.
import { buildCostPlan, type CostPlan } from '$lib/domain/costs/plan';
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import { itemAmount } from '$lib/domain/costs/projection';
import type { Cents } from '$lib/domain/costs/money';
import { countsInPlan } from '$lib/domain/measures/planning';
import type { Round } from '$lib/domain/rounds';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import type { CostItemInput } from './input';
import * as repo from './repository';
import { costPlanRound, editablePlanningRound, type PlanningRound } from './round-access';
import { planPeriodOf } from './period';

export interface CostPlanData extends PlanningRound {
	items: CostItemRecord[];
	schools: repo.PlanSchool[];
	measures: repo.PlanMeasure[];
	/** projected over the plan years; items of rejected measures are left out */
	plan: CostPlan;
}

/** The plan from stored items: what the page, the CSV and the concept show. */
export function planFrom(
	round: Round,
	items: readonly CostItemRecord[],
	schools: readonly repo.PlanSchool[],
	measures: readonly repo.PlanMeasure[]
): CostPlan {
	const status = new Map(measures.map((m) => [m.id, m.status]));
	const counted = items.filter((i) => {
		const s = i.measureId ? status.get(i.measureId) : undefined;
		return !s || countsInPlan(s);
	});
	return buildCostPlan(
		counted,
		planPeriodOf(round),
		schools.map((s) => ({
			schoolId: s.id,
			name: s.name,
			type: s.type ?? 'OS',
			pupils: s.pupils ?? 0
		}))
	);
}

export async function getCostPlan(db: Db, user: AuthUser, roundId: string): Promise<CostPlanData> {
	const planning = await costPlanRound(db, user, roundId);
	const [items, schools, measures] = await Promise.all([
		repo.listCostItems(db, roundId),
		repo.listPlanSchools(db, roundId),
		repo.listPlanMeasures(db, roundId)
	]);
	return {
		...planning,
		items,
		schools,
		measures,
		plan: planFrom(planning.round, items, schools, measures)
	};
}

/** Investment (one purchase) and running cost per year of each measure's items. */
export function sumsByMeasure(
	items: readonly CostItemRecord[]
): Map<string, { investment: Cents; runningPerYear: Cents }> {
	const result = new Map<string, { investment: Cents; runningPerYear: Cents }>();
	for (const i of items) {
		if (!i.measureId) continue;
		const sums = result.get(i.measureId) ?? { investment: 0, runningPerYear: 0 };
		if (i.kind === 'investment') sums.investment += itemAmount(i);
		else sums.runningPerYear += itemAmount(i);
		result.set(i.measureId, sums);
	}
	return result;
}

async function checkReferences(
	db: Db,
	planning: PlanningRound,
	input: CostItemInput
): Promise<void> {
	if (input.schoolId && !planning.schoolIds.includes(input.schoolId))
		throw new ValidationError('Bitte wählen Sie eine Schule dieser Planungsrunde.', 'schoolId');
	if (input.measureId) {
		const measures = await repo.listPlanMeasures(db, planning.round.id);
		if (!measures.some((m) => m.id === input.measureId))
			throw new ValidationError(
				'Bitte wählen Sie eine Maßnahme dieser Planungsrunde.',
				'measureId'
			);
	}
	const end = planning.round.periodEnd;
	if (input.firstYear > end)
		throw new ValidationError(
			`Das erste Jahr muss im Planungszeitraum liegen (spätestens ${end}).`,
			'firstYear'
		);
}

function audit(
	db: Db,
	user: AuthUser,
	round: Round,
	action: string,
	id: string,
	details: unknown,
	now: Date
) {
	return appendAudit(
		db,
		{
			actorId: user.id,
			action,
			entityType: 'cost_item',
			entityId: id,
			organisationId: round.operatorId,
			details
		},
		now
	);
}

export async function createCostItem(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: CostItemInput,
	now = new Date()
): Promise<CostItemRecord> {
	return inTransaction(db, async (trx) => {
		const planning = await editablePlanningRound(trx, user, roundId);
		await checkReferences(trx, planning, input);
		const id = newId();
		await repo.insertCostItems(trx, [{ ...input, id, roundId }], user.id, now);
		const item = (await repo.findCostItem(trx, id))!;
		await audit(trx, user, planning.round, 'cost_item.created', id, { after: input }, now);
		return item;
	});
}

/** The item and its editable round; NotFoundError when either is not visible. */
async function editableItem(db: Db, user: AuthUser, itemId: string) {
	const item = await repo.findCostItem(db, itemId);
	if (!item) throw new NotFoundError('Die Kostenposition wurde nicht gefunden.');
	const planning = await editablePlanningRound(db, user, item.roundId);
	return { item, planning };
}

function conflict(current: CostItemRecord | undefined): ConflictError<CostItemRecord> {
	return new ConflictError(
		current
			? 'Die Kostenposition wurde inzwischen geändert. Bitte prüfen Sie die aktuellen Werte und speichern Sie erneut.'
			: 'Die Kostenposition wurde inzwischen gelöscht.',
		current
	);
}

export async function updateCostItem(
	db: Db,
	user: AuthUser,
	itemId: string,
	input: CostItemInput,
	expectedVersion: number,
	now = new Date()
): Promise<CostItemRecord> {
	return inTransaction(db, async (trx) => {
		const { item, planning } = await editableItem(trx, user, itemId);
		await checkReferences(trx, planning, input);
		if (!(await repo.updateCostItem(trx, itemId, expectedVersion, input, now)))
			throw conflict(item);
		const after = (await repo.findCostItem(trx, itemId))!;
		await audit(
			trx,
			user,
			planning.round,
			'cost_item.updated',
			itemId,
			{ before: item, after: input },
			now
		);
		return after;
	});
}

export async function deleteCostItem(
	db: Db,
	user: AuthUser,
	itemId: string,
	expectedVersion: number,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { item, planning } = await editableItem(trx, user, itemId);
		if (!(await repo.deleteCostItem(trx, itemId, expectedVersion))) throw conflict(item);
		await audit(trx, user, planning.round, 'cost_item.deleted', itemId, { before: item }, now);
	});
}
