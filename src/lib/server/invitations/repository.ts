// All SQL of invitations: the invitations themselves, the minimal organisation data the decisions
// need, and the user + membership an accepted invitation creates. Tokens are stored only as hashes.
import type { OrganisationKind, Role } from '$lib/domain/roles';
import type { Db } from '../db/client';

export interface InvitationOrganisation {
	id: string;
	kind: OrganisationKind;
	parentId: string | null;
	name: string;
	isActive: boolean;
}

export interface Invitation {
	id: string;
	email: string;
	organisationId: string;
	role: Role;
	invitedBy: string | null;
	createdAt: Date;
	expiresAt: Date;
	usedAt: Date | null;
}

export interface NewInvitation {
	id: string;
	tokenHash: string;
	email: string;
	organisationId: string;
	role: Role;
	invitedBy: string;
	createdAt: Date;
	expiresAt: Date;
}

const invitationColumns = [
	'id',
	'email',
	'organisation_id',
	'role',
	'invited_by',
	'created_at',
	'expires_at',
	'used_at'
] as const;

interface InvitationRow {
	id: string;
	email: string;
	organisation_id: string;
	role: string;
	invited_by: string | null;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

function toInvitation(row: InvitationRow): Invitation {
	return {
		id: row.id,
		email: row.email,
		organisationId: row.organisation_id,
		role: row.role as Role,
		invitedBy: row.invited_by,
		createdAt: new Date(row.created_at),
		expiresAt: new Date(row.expires_at),
		usedAt: row.used_at ? new Date(row.used_at) : null
	};
}

export async function findOrganisation(
	db: Db,
	organisationId: string
): Promise<InvitationOrganisation | null> {
	const row = await db
		.selectFrom('organisations')
		.select(['id', 'kind', 'parent_id', 'name', 'is_active'])
		.where('id', '=', organisationId)
		.executeTakeFirst();
	if (!row) return null;
	return {
		id: row.id,
		kind: row.kind as OrganisationKind,
		parentId: row.parent_id,
		name: row.name,
		isActive: row.is_active === 1
	};
}

export async function insertInvitation(db: Db, invitation: NewInvitation): Promise<void> {
	await db
		.insertInto('invitations')
		.values({
			id: invitation.id,
			token_hash: invitation.tokenHash,
			email: invitation.email,
			organisation_id: invitation.organisationId,
			role: invitation.role,
			invited_by: invitation.invitedBy,
			created_at: invitation.createdAt.toISOString(),
			expires_at: invitation.expiresAt.toISOString(),
			used_at: null,
			used_by: null
		})
		.execute();
}

export async function findInvitationByTokenHash(
	db: Db,
	tokenHash: string
): Promise<Invitation | null> {
	const row = await db
		.selectFrom('invitations')
		.select(invitationColumns)
		.where('token_hash', '=', tokenHash)
		.executeTakeFirst();
	return row ? toInvitation(row) : null;
}

export async function findInvitation(db: Db, invitationId: string): Promise<Invitation | null> {
	const row = await db
		.selectFrom('invitations')
		.select(invitationColumns)
		.where('id', '=', invitationId)
		.executeTakeFirst();
	return row ? toInvitation(row) : null;
}

/** Not used and not expired, oldest expiry first. */
export async function listOpenInvitations(
	db: Db,
	organisationId: string,
	now: Date
): Promise<Invitation[]> {
	const rows = await db
		.selectFrom('invitations')
		.select(invitationColumns)
		.where('organisation_id', '=', organisationId)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now.toISOString())
		.orderBy('expires_at')
		.orderBy('email')
		.execute();
	return rows.map(toInvitation);
}

/** Open invitations of one e-mail address to one organisation (replaced by a new invitation). */
export async function listOpenInvitationsFor(
	db: Db,
	organisationId: string,
	email: string,
	now: Date
): Promise<Invitation[]> {
	const rows = await db
		.selectFrom('invitations')
		.select(invitationColumns)
		.where('organisation_id', '=', organisationId)
		.where('email', '=', email)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now.toISOString())
		.execute();
	return rows.map(toInvitation);
}

export async function deleteInvitation(db: Db, invitationId: string): Promise<void> {
	await db.deleteFrom('invitations').where('id', '=', invitationId).execute();
}

/** Marks the invitation used unless it already is; false when another request was first. */
export async function markInvitationUsed(
	db: Db,
	invitationId: string,
	userId: string,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('invitations')
		.set({ used_at: now.toISOString(), used_by: userId })
		.where('id', '=', invitationId)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function findUserIdByEmail(db: Db, email: string): Promise<string | null> {
	const row = await db
		.selectFrom('users')
		.select('id')
		.where('email', '=', email)
		.executeTakeFirst();
	return row?.id ?? null;
}

export async function insertUserWithMembership(
	db: Db,
	user: { id: string; email: string; name: string; passwordHash: string },
	membership: { id: string; organisationId: string; role: Role },
	now: Date
): Promise<void> {
	const at = now.toISOString();
	await db
		.insertInto('users')
		.values({
			id: user.id,
			email: user.email,
			name: user.name,
			password_hash: user.passwordHash,
			is_active: 1,
			created_at: at,
			updated_at: at
		})
		.execute();
	await db
		.insertInto('memberships')
		.values({
			id: membership.id,
			user_id: user.id,
			organisation_id: membership.organisationId,
			role: membership.role,
			created_at: at
		})
		.execute();
}
