// The round behind a concept with the access decision of auth/concept-access.ts: NotFoundError when
// the round is not visible, ForbiddenError when the round is visible but its concept is not.
import type { ConceptRecord } from '$lib/domain/review';
import type { Round } from '$lib/domain/rounds';
import { authorizeCosts, authorizeRoundEvaluation, type Authorized } from '../auth/authorized';
import { conceptPermissions, type ConceptPermissions } from '../auth/concept-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError } from '../errors';
import { newId } from '../ids';
import { getRound, type RoundDetails } from '../rounds';
import * as repo from './repository';

export interface ConceptContext {
	round: Authorized<Round, 'round'>;
	details: RoundDetails;
	permissions: ConceptPermissions;
	/** undefined until the first edit or submission */
	concept: ConceptRecord | undefined;
}

export async function conceptContext(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<ConceptContext> {
	const details = await getRound(db, user, roundId); // NotFoundError
	const permissions = conceptPermissions(user, {
		operatorId: details.round.operatorId,
		schoolIds: details.schoolIds
	});
	if (!permissions.canRead) {
		throw new ForbiddenError(
			'Das Konzept sehen der Schulträger, die zuständige Beratung und die Schulleitungen.'
		);
	}
	const concept = await repo.findConceptByRound(db, roundId);
	return { round: details.round, details, permissions, concept };
}

/** What the live draft is assembled from: every school's evaluation and the round's costs. */
export interface DraftAccess {
	evaluation: Authorized<Round, 'round' | 'roundEvaluation'>;
	costs: Authorized<Round, 'round' | 'costs'>;
}

/**
 * The live draft and submitted versions: the Schulträger's staff and KISA in charge. Returns the
 * round with the grants the draft's sources need; ForbiddenError for everyone else.
 */
export function requireDrafts(user: AuthUser, ctx: ConceptContext): DraftAccess {
	const evaluation = ctx.permissions.canReadDrafts
		? authorizeRoundEvaluation(user, ctx.round)
		: null;
	const costs = ctx.permissions.canReadDrafts ? authorizeCosts(user, ctx.round) : null;
	if (!evaluation || !costs) {
		throw new ForbiddenError(
			'Entwürfe und eingereichte Fassungen sehen der Schulträger und die zuständige Beratung; Schulleitungen sehen freigegebene Fassungen.'
		);
	}
	return { evaluation, costs };
}

/** The concept row, created on the first write. Call inside the writing transaction. */
export async function ensureConcept(
	db: Db,
	ctx: ConceptContext,
	now: Date
): Promise<ConceptRecord> {
	if (ctx.concept) return ctx.concept;
	const created = await repo.insertConcept(db, newId(), ctx.round.id, now);
	ctx.concept = created;
	return created;
}
