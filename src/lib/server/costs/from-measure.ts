// Cost items of an accepted proposal: its priced cost lines become items of the round's plan, linked
// to the measure, with the line's basis and formula as source note. For the measures service, with
// the round authorized for changes (editablePlanningRound), inside its transaction.
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import {
	costItemsFromLines,
	type CostItemDefaults,
	type CostLine,
	type RuleContext
} from '$lib/domain/measures';
import type { Authorized } from '../auth/authorized';
import type { Db } from '../db/client';
import { newId } from '../ids';
import * as repo from './repository';

export async function insertMeasureCostItems(
	db: Db,
	round: Authorized<{ id: string }, 'editPlan'>,
	measureId: string,
	lines: readonly CostLine[],
	context: RuleContext,
	createdBy: string,
	now: Date,
	defaults: Omit<CostItemDefaults, 'measureId' | 'idPrefix'> = {}
): Promise<CostItemRecord[]> {
	const items = costItemsFromLines(lines, context, { ...defaults, measureId }).map((i) => ({
		id: newId(),
		roundId: round.id,
		measureId,
		schoolId: i.schoolId ?? null,
		category: i.category,
		label: i.label,
		quantity: i.quantity,
		unitPrice: i.unitPrice,
		kind: i.kind,
		usefulLifeYears: i.usefulLifeYears,
		firstYear: i.firstYear,
		lastYear: i.lastYear ?? null,
		fundingSource: i.fundingSource,
		fundingRatePercent: i.fundingRatePercent,
		fundedUntilYear: i.fundedUntilYear ?? null,
		catalogueItemId: i.catalogueItemId ?? null,
		note: i.note ?? null
	}));
	await repo.insertCostItems(db, items, createdBy, now);
	return repo.listMeasureCostItems(db, [measureId]);
}
