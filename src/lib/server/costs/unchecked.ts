// Reads without an access check, for services that have checked the round already (measures, concept).
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import type { Db } from '../db/client';
import * as repo from './repository';

export function listCostItemsUnchecked(db: Db, roundId: string): Promise<CostItemRecord[]> {
	return repo.listCostItems(db, roundId);
}

export function listMeasureCostItemsUnchecked(
	db: Db,
	measureIds: readonly string[]
): Promise<CostItemRecord[]> {
	return repo.listMeasureCostItems(db, measureIds);
}

export function listPlanSchoolsUnchecked(db: Db, roundId: string): Promise<repo.PlanSchool[]> {
	return repo.listPlanSchools(db, roundId);
}
