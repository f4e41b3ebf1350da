// Reads for other services that hold an authorized round (auth/authorized.ts) instead of a raw id:
// the cost items need the 'costs' grant, the round's school names the 'round' grant.
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import type { Authorized } from '../auth/authorized';
import type { Db } from '../db/client';
import * as repo from './repository';

type RoundId = { id: string };

/** Every cost item of the round (the concept, the measures' sums). */
export function listCostItemsOf(
	db: Db,
	round: Authorized<RoundId, 'costs'>
): Promise<CostItemRecord[]> {
	return repo.listCostItems(db, round.id);
}

/** The cost items of some measures of the round; items of other rounds are left out. */
export async function listMeasureCostItemsOf(
	db: Db,
	round: Authorized<RoundId, 'costs'>,
	measureIds: readonly string[]
): Promise<CostItemRecord[]> {
	return (await repo.listMeasureCostItems(db, measureIds)).filter((i) => i.roundId === round.id);
}

/** Name, type and pupils of the round's schools. */
export function listPlanSchoolsOf(
	db: Db,
	round: Authorized<RoundId, 'round'>
): Promise<repo.PlanSchool[]> {
	return repo.listPlanSchools(db, round.id);
}
