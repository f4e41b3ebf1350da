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

export interface UserCredentials {
	id: string;
	passwordHash: string;
	isActive: boolean;
}

/** For login and password checks only: the hash never leaves the auth services. */
export async function findCredentialsByEmail(
	db: Db,
	normalisedEmail: string
): Promise<UserCredentials | null> {
	const row = await db
		.selectFrom('users')
		.select(['id', 'password_hash', 'is_active'])
		.where('email', '=', normalisedEmail)
		.executeTakeFirst();
	return row
		? { id: row.id, passwordHash: row.password_hash, isActive: row.is_active === 1 }
		: null;
}

export async function findPasswordHash(db: Db, userId: string): Promise<string | null> {
	const row = await db
		.selectFrom('users')
		.select('password_hash')
		.where('id', '=', userId)
		.executeTakeFirst();
	return row?.password_hash ?? null;
}

export async function updatePasswordHash(
	db: Db,
	userId: string,
	passwordHash: string,
	now: Date
): Promise<void> {
	await db
		.updateTable('users')
		.set({ password_hash: passwordHash, updated_at: now.toISOString() })
		.where('id', '=', userId)
		.execute();
}
