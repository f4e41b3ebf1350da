// Authorization, decided in one place from memberships and assignments (design.md, quality.md S4).
// Services call these for every object they touch; routes never decide access themselves.
import { ROLES_BY_KIND, type OrganisationKind, type Role } from '$lib/domain/roles';
import { ForbiddenError } from '../errors';
import type { AuthUser } from './user';

/** The smallest description of an organisation that access decisions need. */
export interface OrgRef {
	id: string;
	kind: OrganisationKind;
	/** For a school: its Schulträger. */
	parentId: string | null;
}

export function hasRole(user: AuthUser, role: Role): boolean {
	return user.memberships.some((m) => m.role === role);
}

export function isAdmin(user: AuthUser): boolean {
	return user.memberships.some((m) => m.role === 'admin' && m.organisationKind === 'kisa');
}

export function isConsultant(user: AuthUser): boolean {
	return user.memberships.some((m) => m.role === 'consultant' && m.organisationKind === 'kisa');
}

/** KISA staff who manage Schulträger: admins (all) and consultants (assigned ones). */
export function managesOperator(user: AuthUser, operatorId: string): boolean {
	if (isAdmin(user)) return true;
	return isConsultant(user) && user.assignedOperatorIds.includes(operatorId);
}

/** The Schulträger an organisation belongs to (itself for an operator), null for KISA. */
export function operatorIdOf(org: OrgRef): string | null {
	if (org.kind === 'operator') return org.id;
	if (org.kind === 'school') return org.parentId;
	return null;
}

/** Roles the user holds that reach this organisation, directly or through its Schulträger. */
export function rolesFor(user: AuthUser, org: OrgRef): Role[] {
	const roles = new Set<Role>();
	if (isAdmin(user)) roles.add('admin');
	const operatorId = operatorIdOf(org);
	if (operatorId && isConsultant(user) && user.assignedOperatorIds.includes(operatorId)) {
		roles.add('consultant');
	}
	for (const m of user.memberships) {
		if (m.organisationId === org.id) roles.add(m.role);
		// Operator staff and an operator-wide IT provider reach every school of their Schulträger.
		if (org.kind === 'school' && m.organisationId === org.parentId) {
			if (m.role === 'operator' || m.role === 'it_staff') roles.add(m.role);
		}
	}
	return [...roles];
}

export function canReadOrganisation(user: AuthUser, org: OrgRef): boolean {
	if (org.kind === 'kisa') return isAdmin(user) || isConsultant(user);
	return rolesFor(user, org).length > 0;
}

/** Master data of a school: KISA staff in charge, the operator and the school lead. */
export function canEditOrganisation(user: AuthUser, org: OrgRef): boolean {
	const roles = rolesFor(user, org);
	if (roles.includes('admin') || roles.includes('consultant')) return true;
	if (org.kind === 'operator' || org.kind === 'school') {
		if (roles.includes('operator')) return true;
	}
	return org.kind === 'school' && roles.includes('school_lead');
}

/** Creating schools, deactivating and inviting people: KISA staff in charge and the operator. */
export function canManageOperatorSchools(user: AuthUser, operatorId: string): boolean {
	if (managesOperator(user, operatorId)) return true;
	return user.memberships.some((m) => m.role === 'operator' && m.organisationId === operatorId);
}

/**
 * Roles the user may invite people into this organisation with: admins any role the kind allows,
 * in any organisation; consultants into assigned Schulträger and their schools; operators into their
 * own Schulträger and its schools (operator, school_lead, it_staff). Nobody else invites.
 */
export function invitableRoles(user: AuthUser, org: OrgRef): Role[] {
	const allowed = ROLES_BY_KIND[org.kind] ?? [];
	if (isAdmin(user)) return [...allowed];
	const operatorId = operatorIdOf(org);
	if (!operatorId || !canManageOperatorSchools(user, operatorId)) return [];
	return allowed.filter((role) => role !== 'admin' && role !== 'consultant');
}

export function canInviteTo(user: AuthUser, org: OrgRef, role: Role): boolean {
	return invitableRoles(user, org).includes(role);
}

/** Listing and revoking open invitations of an organisation. */
export function canManageInvitations(user: AuthUser, org: OrgRef): boolean {
	return invitableRoles(user, org).length > 0;
}

/**
 * Operator ids the user may see in lists: 'all' for admins; otherwise the assigned and own ones.
 * Lists are filtered by this in SQL; single objects are checked with canReadOrganisation.
 */
export function visibleOperatorIds(user: AuthUser): 'all' | string[] {
	if (isAdmin(user)) return 'all';
	const ids = new Set(user.assignedOperatorIds);
	for (const m of user.memberships) {
		if (m.organisationKind === 'operator') ids.add(m.organisationId);
		if (m.organisationKind === 'school' && m.parentId) ids.add(m.parentId);
	}
	return [...ids];
}

/**
 * Whether the user may see a Schulträger's entry (name, address, consultants): everyone who can read it,
 * plus the staff of its schools, who see it only as the frame around their own school.
 */
export function canSeeOperator(user: AuthUser, operatorId: string): boolean {
	const ids = visibleOperatorIds(user);
	return ids === 'all' || ids.includes(operatorId);
}

/** Creating Schulträger: admins and consultants (a consultant is then assigned to it). */
export function canCreateOperator(user: AuthUser): boolean {
	return isAdmin(user) || isConsultant(user);
}

/**
 * Deactivating a Schulträger: KISA staff in charge only, since the operator would lock itself out.
 * Schools are deactivated by whoever canManageOperatorSchools.
 */
export function canDeactivateOperator(user: AuthUser, operatorId: string): boolean {
	return managesOperator(user, operatorId);
}

/** Assigning consultants to Schulträger: admins only. */
export function canAssignConsultants(user: AuthUser): boolean {
	return isAdmin(user);
}

/**
 * The people list of an organisation: those who may edit it (admin, consultant in charge, operator;
 * a school lead for their school). IT staff read master data but neither edit it nor see people.
 */
export function canViewPeople(user: AuthUser, org: OrgRef): boolean {
	if (org.kind === 'kisa') return isAdmin(user);
	return canEditOrganisation(user, org);
}

// ── Pilot projects (issue 6) ───────────────────────────────────────────────────────────────────
// KISA runs pilots across Schulträger, so every consultant (not only those assigned to a
// participating Schulträger) creates and manages them; admins see and manage all. School leads and
// operators of a participating school read them; everyone else must not learn they exist (404).

export function canCreatePilot(user: AuthUser): boolean {
	return isAdmin(user) || isConsultant(user);
}

export function canManagePilot(user: AuthUser): boolean {
	return isAdmin(user) || isConsultant(user);
}

/** `schools`: the pilot's participating schools. */
export function canReadPilot(user: AuthUser, schools: readonly OrgRef[]): boolean {
	if (canManagePilot(user)) return true;
	return schools.some((school) =>
		rolesFor(user, school).some((role) => role === 'school_lead' || role === 'operator')
	);
}

/** Schools a pilot manager may add to or remove from a pilot: those they can read themselves. */
export function canAssignPilotSchool(user: AuthUser, school: OrgRef): boolean {
	return canManagePilot(user) && school.kind === 'school' && canReadOrganisation(user, school);
}

export function assert(condition: boolean, message?: string): asserts condition {
	if (!condition) throw new ForbiddenError(message);
}
