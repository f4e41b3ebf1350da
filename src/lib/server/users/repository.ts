// SQL for the user administration (issue 13): people with their memberships, activity and MFA state.
import type { OrganisationKind, Role } from '$lib/domain/roles';
import type { Db } from '../db/client';

export interface UserMembership {
	id: string;
	organisationId: string;
	organisationName: string;
	organisationKind: OrganisationKind;
	parentId: string | null;
	role: Role;
}

export interface ManagedUser {
	id: string;
	name: string;
	email: string;
	isActive: boolean;
	lastLoginAt: string | null;
	mfaEnabled: boolean;
	memberships: UserMembership[];
}

/** Every user with at least one membership in the given organisations ('all': everyone). */
export async function listUsers(db: Db, organisationIds: 'all' | string[]): Promise<ManagedUser[]> {
	if (organisationIds !== 'all' && organisationIds.length === 0) return [];
	let query = db
		.selectFrom('memberships')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select([
			'memberships.id as membership_id',
			'memberships.role',
			'organisations.id as organisation_id',
			'organisations.name as organisation_name',
			'organisations.kind',
			'organisations.parent_id',
			'users.id as user_id',
			'users.name',
			'users.email',
			'users.is_active',
			'users.last_login_at',
			'users.totp_enabled_at'
		])
		.orderBy('users.name')
		.orderBy('users.id')
		.orderBy('organisations.name');
	if (organisationIds !== 'all') {
		const userIds = db
			.selectFrom('memberships')
			.select('user_id')
			.where('organisation_id', 'in', organisationIds);
		query = query.where('users.id', 'in', userIds);
	}
	const users = new Map<string, ManagedUser>();
	for (const r of await query.execute()) {
		let user = users.get(r.user_id);
		if (!user) {
			user = {
				id: r.user_id,
				name: r.name,
				email: r.email,
				isActive: r.is_active === 1,
				lastLoginAt: r.last_login_at,
				mfaEnabled: r.totp_enabled_at !== null,
				memberships: []
			};
			users.set(r.user_id, user);
		}
		user.memberships.push({
			id: r.membership_id,
			organisationId: r.organisation_id,
			organisationName: r.organisation_name,
			organisationKind: r.kind as OrganisationKind,
			parentId: r.parent_id,
			role: r.role as Role
		});
	}
	return [...users.values()];
}

export async function findUser(db: Db, userId: string): Promise<ManagedUser | null> {
	const row = await db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'is_active', 'last_login_at', 'totp_enabled_at'])
		.where('id', '=', userId)
		.executeTakeFirst();
	if (!row) return null;
	const memberships = await db
		.selectFrom('memberships')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select([
			'memberships.id',
			'memberships.role',
			'organisations.id as organisation_id',
			'organisations.name',
			'organisations.kind',
			'organisations.parent_id'
		])
		.where('memberships.user_id', '=', userId)
		.execute();
	return {
		id: row.id,
		name: row.name,
		email: row.email,
		isActive: row.is_active === 1,
		lastLoginAt: row.last_login_at,
		mfaEnabled: row.totp_enabled_at !== null,
		memberships: memberships.map((m) => ({
			id: m.id,
			organisationId: m.organisation_id,
			organisationName: m.name,
			organisationKind: m.kind as OrganisationKind,
			parentId: m.parent_id,
			role: m.role as Role
		}))
	};
}

/** The operator's own organisation and its schools. */
export async function operatorTreeIds(db: Db, operatorId: string): Promise<string[]> {
	const schools = await db
		.selectFrom('organisations')
		.select('id')
		.where('parent_id', '=', operatorId)
		.execute();
	return [operatorId, ...schools.map((s) => s.id)];
}

export async function setUserActive(
	db: Db,
	userId: string,
	active: boolean,
	now: Date
): Promise<void> {
	await db
		.updateTable('users')
		.set({ is_active: active ? 1 : 0, updated_at: now.toISOString() })
		.where('id', '=', userId)
		.execute();
}

export async function setMembershipRole(db: Db, membershipId: string, role: Role): Promise<void> {
	await db.updateTable('memberships').set({ role }).where('id', '=', membershipId).execute();
}
