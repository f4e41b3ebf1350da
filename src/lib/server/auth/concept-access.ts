// Access to the concept of a planning round and its review (issue 5), decided from the primitives in
// authorize.ts (kept in its own file of the auth module, like round-access.ts and survey-access.ts).
//
// | what                                              | who                                          |
// |---------------------------------------------------|----------------------------------------------|
// | read the live draft and every submitted version (preview, comparison, PDF) | KISA in charge, operator staff |
// | read approved versions (preview, PDF)             | the above and school leads of the round's schools |
// | edit narrative text                               | operator staff, KISA in charge               |
// | submit for review                                 | operator staff                               |
// | see review comments and decisions                 | operator staff, KISA in charge               |
// | write and resolve comments                        | operator staff (replies, resolve), KISA in charge |
// | request changes, approve                          | KISA in charge                               |
// KISA in charge = admin or consultant assigned to the Schulträger. School leads read the concept
// because it plans their school, but only as approved: drafts carry the cost plan, which is the
// Schulträger's budget planning until approved (auth/measure-access.ts), and the review conversation
// between Schulträger and KISA is not theirs. IT staff do not see the concept (often external
// service providers).
import { managesOperator } from './authorize';
import type { AuthUser } from './user';

export interface ConceptScope {
	operatorId: string;
	/** the schools taking part in the round */
	schoolIds: readonly string[];
}

export interface ConceptPermissions {
	/** approved versions */
	canRead: boolean;
	/** the live draft and every submitted version */
	canReadDrafts: boolean;
	canEdit: boolean;
	canSubmit: boolean;
	canSeeReview: boolean;
	/** start threads on a version's chapters */
	canComment: boolean;
	/** answer in threads and mark them resolved */
	canReply: boolean;
	canDecide: boolean;
}

function isOperatorStaff(user: AuthUser, operatorId: string): boolean {
	return user.memberships.some((m) => m.organisationId === operatorId && m.role === 'operator');
}

function isSchoolLeadIn(user: AuthUser, scope: ConceptScope): boolean {
	return user.memberships.some(
		(m) =>
			m.role === 'school_lead' &&
			m.organisationKind === 'school' &&
			m.parentId === scope.operatorId &&
			scope.schoolIds.includes(m.organisationId)
	);
}

export function conceptPermissions(user: AuthUser, scope: ConceptScope): ConceptPermissions {
	const kisa = managesOperator(user, scope.operatorId);
	const operator = isOperatorStaff(user, scope.operatorId);
	const schoolLead = isSchoolLeadIn(user, scope);
	return {
		canRead: kisa || operator || schoolLead,
		canReadDrafts: kisa || operator,
		canEdit: kisa || operator,
		canSubmit: operator,
		canSeeReview: kisa || operator,
		canComment: kisa,
		canReply: kisa || operator,
		canDecide: kisa
	};
}

/** Whether a version may be read: drafts by editors, approved versions by every reader. */
export function canReadVersion(
	permissions: ConceptPermissions,
	version: { decision: string | null }
): boolean {
	return permissions.canReadDrafts || (permissions.canRead && version.decision === 'freigegeben');
}
