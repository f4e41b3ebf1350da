// Access to measures and the cost plan of a planning round (issue 5), decided from the primitives in
// authorize.ts (its own file of the auth module, like round-access.ts).
//
// | what                                        | who                                                   |
// |---------------------------------------------|-------------------------------------------------------|
// | proposals, accept/reject, add/edit measures | operator staff of the Schulträger, KISA in charge      |
// | cost items (add, edit, delete), cost plan   | operator staff of the Schulträger, KISA in charge      |
// | read a measure                              | the above; staff (school lead, IT) of a school the     |
// |                                             | measure concerns (no schools = all schools of the round)|
// KISA in charge = admin or consultant assigned to the Schulträger. Whoever cannot see the round gets
// 404 from the rounds service; a measure that does not concern the reader's school is 404 as well.
import { managesOperator } from './authorize';
import type { AuthUser } from './user';

export function canEditMeasures(user: AuthUser, operatorId: string): boolean {
	if (managesOperator(user, operatorId)) return true;
	return user.memberships.some((m) => m.role === 'operator' && m.organisationId === operatorId);
}

/** The cost plan is the Schulträger's budget planning: the editors only. */
export function canReadCostPlan(user: AuthUser, operatorId: string): boolean {
	return canEditMeasures(user, operatorId);
}

/**
 * The schools of the round whose measures the user reads: 'all' for editors; else the schools the
 * user works at (school lead or IT) plus, for IT staff of the Schulträger, every school of the round.
 */
export function readableMeasureSchools(
	user: AuthUser,
	round: { operatorId: string; schoolIds: readonly string[] }
): 'all' | Set<string> {
	if (canEditMeasures(user, round.operatorId)) return 'all';
	const result = new Set<string>();
	for (const m of user.memberships) {
		if (m.organisationId === round.operatorId && m.role === 'it_staff')
			round.schoolIds.forEach((id) => result.add(id));
		if (
			round.schoolIds.includes(m.organisationId) &&
			(m.role === 'school_lead' || m.role === 'it_staff')
		)
			result.add(m.organisationId);
	}
	return result;
}

/** Does a measure concern one of the readable schools? No schools = the whole Schulträger. */
export function canReadMeasure(
	user: AuthUser,
	round: { operatorId: string; schoolIds: readonly string[] },
	measureSchoolIds: readonly string[]
): boolean {
	const readable = readableMeasureSchools(user, round);
	if (readable === 'all') return true;
	if (readable.size === 0) return false;
	return measureSchoolIds.length === 0 || measureSchoolIds.some((id) => readable.has(id));
}
