// The signed-in user as every service sees it: identity plus memberships and assignments.
import type { OrganisationKind, Role } from '$lib/domain/roles';

export interface Membership {
	organisationId: string;
	organisationKind: OrganisationKind;
	organisationName: string;
	/** The Schulträger of a school membership; null for KISA and operator memberships. */
	parentId: string | null;
	role: Role;
}

export interface AuthUser {
	id: string;
	email: string;
	name: string;
	memberships: Membership[];
	/** Schulträger (operator organisation ids) assigned to this user as consultant. */
	assignedOperatorIds: string[];
}
