// What the pages may offer a user for a Schulträger or a school (buttons, forms). Display hints only:
// every service call checks again. Decisions come from auth/authorize.ts.
import type { Organisation } from '$lib/domain/organisation';
import {
	canAssignConsultants,
	canCreateOperator,
	canDeactivateOperator,
	canEditOrganisation,
	canManageInvitations,
	canManageOperatorSchools,
	canViewPeople
} from '../auth/authorize';
import type { AuthUser } from '../auth/user';

export interface OperatorPermissions {
	canEdit: boolean;
	canCreateSchool: boolean;
	canChangeActive: boolean;
	canAssignConsultants: boolean;
	canViewPeople: boolean;
	canInvite: boolean;
}

export interface SchoolPermissions {
	canEdit: boolean;
	canChangeActive: boolean;
	canViewPeople: boolean;
	canInvite: boolean;
}

export function operatorPermissions(user: AuthUser, operator: Organisation): OperatorPermissions {
	return {
		canEdit: canEditOrganisation(user, operator),
		canCreateSchool: canManageOperatorSchools(user, operator.id),
		canChangeActive: canDeactivateOperator(user, operator.id),
		canAssignConsultants: canAssignConsultants(user),
		canViewPeople: canViewPeople(user, operator),
		canInvite: canManageInvitations(user, operator)
	};
}

export function schoolPermissions(user: AuthUser, school: Organisation): SchoolPermissions {
	return {
		canEdit: canEditOrganisation(user, school),
		canChangeActive: !!school.parentId && canManageOperatorSchools(user, school.parentId),
		canViewPeople: canViewPeople(user, school),
		canInvite: canManageInvitations(user, school)
	};
}

export { canCreateOperator };
