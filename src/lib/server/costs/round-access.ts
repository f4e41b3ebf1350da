// The round behind measures and costs, with the access decision of auth/measure-access.ts applied:
// NotFoundError when the round is not visible, ForbiddenError when visible but not this, and
// ConflictError when a closed round would be changed. Shared by the costs and measures services.
import type { Round } from '$lib/domain/rounds';
import { canEditMeasures, canReadCostPlan } from '../auth/measure-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError } from '../errors';
import { getRound } from '../rounds';

export interface PlanningRound {
	round: Round;
	schoolIds: string[];
	canEdit: boolean;
}

export async function readPlanningRound(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<PlanningRound> {
	const { round, schoolIds } = await getRound(db, user, roundId); // NotFoundError
	return { round, schoolIds, canEdit: canEditMeasures(user, round.operatorId) && isOpen(round) };
}

export function isOpen(round: Round): boolean {
	return round.status !== 'abgeschlossen';
}

/** For changes: the Schulträger's staff and KISA in charge, while the round is not closed. */
export async function editablePlanningRound(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<PlanningRound> {
	const planning = await readPlanningRound(db, user, roundId);
	if (!canEditMeasures(user, planning.round.operatorId))
		throw new ForbiddenError(
			'Maßnahmen und Kosten bearbeiten der Schulträger und die zuständige Beratung.'
		);
	if (!isOpen(planning.round))
		throw new ConflictError(
			'Die Planungsrunde ist abgeschlossen; Maßnahmen und Kosten können nicht mehr geändert werden.'
		);
	return planning;
}

export async function costPlanRound(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<PlanningRound> {
	const planning = await readPlanningRound(db, user, roundId);
	if (!canReadCostPlan(user, planning.round.operatorId))
		throw new ForbiddenError('Den Kostenplan sehen der Schulträger und die zuständige Beratung.');
	return planning;
}
