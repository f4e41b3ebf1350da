// Access to the teacher survey and the evaluation (issue 4), decided from the primitives in
// authorize.ts. Teachers have no account: they reach only the public survey with a code.
//
// | what                                   | who                                                        |
// |----------------------------------------|------------------------------------------------------------|
// | open/close the survey, print the sheet | school lead of the school, KISA in charge                   |
// | a school's evaluation                  | school lead of the school, operator staff, KISA in charge   |
// | free texts of the survey               | the school lead of the school only (and only when switched on) |
// | a round's evaluation (all schools)     | operator staff of the Schulträger, KISA in charge           |
// | the overview across Schulträger        | consultants (their assigned Schulträger) and admins         |
// KISA in charge = admin or consultant assigned to the Schulträger. IT staff see none of it: the
// evaluation mixes the school lead's and the teachers' view, which is not theirs to read.
import { isAdmin, isConsultant, managesOperator, rolesFor, type OrgRef } from './authorize';
import type { AuthUser } from './user';

export function canManageSurvey(user: AuthUser, school: OrgRef): boolean {
	if (school.kind !== 'school') return false;
	const roles = rolesFor(user, school);
	return roles.includes('admin') || roles.includes('consultant') || roles.includes('school_lead');
}

export function canReadSchoolEvaluation(user: AuthUser, school: OrgRef): boolean {
	if (school.kind !== 'school') return false;
	const roles = rolesFor(user, school);
	return ['admin', 'consultant', 'operator', 'school_lead'].some((r) => roles.includes(r as never));
}

/** Free texts can identify colleagues: only the school's own school lead reads them. */
export function canReadSurveyFreeText(user: AuthUser, school: OrgRef): boolean {
	return (
		school.kind === 'school' &&
		user.memberships.some((m) => m.organisationId === school.id && m.role === 'school_lead')
	);
}

export function canReadRoundEvaluation(user: AuthUser, operatorId: string): boolean {
	if (managesOperator(user, operatorId)) return true;
	return user.memberships.some((m) => m.organisationId === operatorId && m.role === 'operator');
}

export function canReadEvaluationOverview(user: AuthUser): boolean {
	return isAdmin(user) || isConsultant(user);
}
