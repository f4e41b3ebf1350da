// The round behind measures and costs, with the access decision of auth/measure-access.ts applied:
// NotFoundError when the round is not visible, ForbiddenError when visible but not this, and
// ConflictError when a closed round would be changed. Shared by the costs and measures services.
// The returned rounds are authorized values (auth/authorized.ts): `costs` is set only for those who
// read cost items, unit prices and sums (the Schulträger's staff and KISA in charge).
import type { Round } from '$lib/domain/rounds';
import { authorizeCosts, authorizePlanEdit, type Authorized } from '../auth/authorized';
import { canEditMeasures } from '../auth/measure-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError } from '../errors';
import { getRound } from '../rounds';

export interface PlanningRound {
	round: Authorized<Round, 'round'>;
	schoolIds: string[];
	canEdit: boolean;
	/** the round with the 'costs' grant; null: the user sees no cost figure of this round */
	costs: Authorized<Round, 'round' | 'costs'> | null;
}

export interface EditablePlanningRound extends PlanningRound {
	costs: Authorized<Round, 'round' | 'costs'>;
	editable: Authorized<Round, 'round' | 'costs' | 'editPlan'>;
}

export async function readPlanningRound(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<PlanningRound> {
	const { round, schoolIds } = await getRound(db, user, roundId); // NotFoundError
	return {
		round,
		schoolIds,
		canEdit: canEditMeasures(user, round.operatorId) && isOpen(round),
		costs: authorizeCosts(user, round)
	};
}

export function isOpen(round: Round): boolean {
	return round.status !== 'abgeschlossen';
}

/** For changes: the Schulträger's staff and KISA in charge, while the round is not closed. */
export async function editablePlanningRound(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<EditablePlanningRound> {
	const planning = await readPlanningRound(db, user, roundId);
	const editable = authorizePlanEdit(user, planning.round);
	if (!editable)
		throw new ForbiddenError(
			'Maßnahmen und Kosten bearbeiten der Schulträger und die zuständige Beratung.'
		);
	if (!isOpen(planning.round))
		throw new ConflictError(
			'Die Planungsrunde ist abgeschlossen; Maßnahmen und Kosten können nicht mehr geändert werden.'
		);
	return { ...planning, costs: editable, editable };
}

export interface CostPlanRound extends PlanningRound {
	costs: Authorized<Round, 'round' | 'costs'>;
}

export async function costPlanRound(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<CostPlanRound> {
	const planning = await readPlanningRound(db, user, roundId);
	if (!planning.costs)
		throw new ForbiddenError('Den Kostenplan sehen der Schulträger und die zuständige Beratung.');
	return { ...planning, costs: planning.costs };
}
