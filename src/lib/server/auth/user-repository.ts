// Loads the AuthUser (identity, memberships, assignments). Never selects the password hash.
import type { OrganisationKind, Role } from '$lib/domain/roles';
import type { Db } from '../db/client';
import type { AuthUser } from './user';

export async function loadAuthUser(db: Db, userId: string): Promise<AuthUser | null> {
	const user = await db
		.selectFrom('users')
		.select(['id', 'email', 'name'])
		.where('id', '=', userId)
		.where('is_active', '=', 1)
		.executeTakeFirst();
	if (!user) return null;
	const memberships = await db
		.selectFrom('memberships')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select([
			'memberships.organisation_id',
			'memberships.role',
			'organisations.kind',
			'organisations.name',
			'organisations.parent_id'
		])
		.where('memberships.user_id', '=', userId)
		.where('organisations.is_active', '=', 1)
		.execute();
	const assignments = await db
		.selectFrom('consultant_assignments')
		.select('operator_id')
		.where('consultant_id', '=', userId)
		.execute();
	return {
		id: user.id,
		email: user.email,
		name: user.name,
		memberships: memberships.map((m) => ({
			organisationId: m.organisation_id,
			organisationKind: m.kind as OrganisationKind,
			organisationName: m.name,
			parentId: m.parent_id,
			role: m.role as Role
		})),
		assignedOperatorIds: assignments.map((a) => a.operator_id)
	};
}
