// Access to planning rounds and questionnaire responses, decided from the primitives in authorize.ts
// (kept in its own file of the auth module so the rules for issue 3 can be read in one place).
//
// | response audience | write                                   | read (besides writers)          |
// |-------------------|-----------------------------------------|---------------------------------|
// | school_lead       | school lead of the school, KISA in charge | operator of the Schulträger     |
// | it_staff          | IT staff of the school or of its Schulträger, KISA in charge | operator |
// | operator          | operator staff, KISA in charge          | —                               |
// KISA in charge = admin or consultant assigned to the Schulträger (they help fill in).
// Reopening a completed section or questionnaire: operator and KISA in charge.
import type { ResponseAudience } from '$lib/domain/rounds';
import { managesOperator, operatorIdOf, rolesFor, type OrgRef } from './authorize';
import type { AuthUser } from './user';

export interface ResponseRef {
	audience: ResponseAudience;
	/** The school (school_lead, it_staff) or the Schulträger (operator) the response is about. */
	organisation: OrgRef;
}

const WRITERS: Record<ResponseAudience, readonly string[]> = {
	school_lead: ['admin', 'consultant', 'school_lead'],
	it_staff: ['admin', 'consultant', 'it_staff'],
	operator: ['admin', 'consultant', 'operator']
};

function audienceFits(ref: ResponseRef): boolean {
	return ref.audience === 'operator'
		? ref.organisation.kind === 'operator'
		: ref.organisation.kind === 'school';
}

export function canWriteResponse(user: AuthUser, ref: ResponseRef): boolean {
	if (!audienceFits(ref)) return false;
	return rolesFor(user, ref.organisation).some((r) => WRITERS[ref.audience].includes(r));
}

export function canReadResponse(user: AuthUser, ref: ResponseRef): boolean {
	if (canWriteResponse(user, ref)) return true;
	if (!audienceFits(ref)) return false;
	return rolesFor(user, ref.organisation).includes('operator');
}

/** Reopening completed work: the operator of the Schulträger and KISA in charge. */
export function canReopenResponse(user: AuthUser, ref: ResponseRef): boolean {
	if (!audienceFits(ref)) return false;
	const roles = rolesFor(user, ref.organisation);
	return roles.includes('admin') || roles.includes('consultant') || roles.includes('operator');
}

/** Creating rounds and moving their status: admins and the consultants assigned to the Schulträger. */
export function canManageRounds(user: AuthUser, operatorId: string): boolean {
	return managesOperator(user, operatorId);
}

/**
 * Seeing a round (its page, progress rows they may read): KISA in charge, the operator's staff, and
 * the staff of a school that takes part. Progress rows and exports are further filtered per response.
 */
export function canReadRound(
	user: AuthUser,
	round: { operatorId: string; schoolIds: readonly string[] }
): boolean {
	if (managesOperator(user, round.operatorId)) return true;
	return user.memberships.some((m) => {
		if (m.organisationId === round.operatorId)
			return m.role === 'operator' || m.role === 'it_staff';
		return m.organisationKind === 'school' && round.schoolIds.includes(m.organisationId);
	});
}

/** The Schulträger a response belongs to (for audit entries). */
export function responseOperatorId(ref: ResponseRef): string | null {
	return operatorIdOf(ref.organisation);
}
