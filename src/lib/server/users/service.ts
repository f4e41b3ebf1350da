// User administration (issue 13): admins manage everyone; operators manage the people of their own
// Schulträger and its schools, and only within the roles they may grant. Others: 404. Every change is
// audited with old → new in the same transaction.
import { ROLES_BY_KIND, type Role } from '$lib/domain/roles';
import { appendAudit } from '../audit/repository';
import { canInviteTo, isAdmin } from '../auth/authorize';
import { invalidateAllSessions } from '../auth/session';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import * as repository from './repository';
import type { ManagedUser } from './repository';

const NOT_FOUND = 'Die Person wurde nicht gefunden.';

/** Operator organisations the actor administers people in (their own Schulträger). */
function administeredOperatorIds(actor: AuthUser): string[] {
	return actor.memberships
		.filter((m) => m.role === 'operator' && m.organisationKind === 'operator')
		.map((m) => m.organisationId);
}

export function canAdministerUsers(actor: AuthUser): boolean {
	return isAdmin(actor) || administeredOperatorIds(actor).length > 0;
}

async function scopeOf(db: Db, actor: AuthUser): Promise<'all' | string[]> {
	if (isAdmin(actor)) return 'all';
	const ids: string[] = [];
	for (const operatorId of administeredOperatorIds(actor)) {
		ids.push(...(await repository.operatorTreeIds(db, operatorId)));
	}
	return ids;
}

/** The actor may manage this person: admin, or every membership lies within the operator's tree. */
async function loadManagedUser(db: Db, actor: AuthUser, userId: string): Promise<ManagedUser> {
	const scope = await scopeOf(db, actor);
	const user = await repository.findUser(db, userId);
	if (!user) throw new NotFoundError(NOT_FOUND);
	if (scope === 'all') return user;
	const inScope =
		user.memberships.length > 0 && user.memberships.every((m) => scope.includes(m.organisationId));
	if (!inScope) throw new NotFoundError(NOT_FOUND);
	return user;
}

export async function listManagedUsers(db: Db, actor: AuthUser): Promise<ManagedUser[]> {
	if (!canAdministerUsers(actor)) throw new NotFoundError('Die Seite wurde nicht gefunden.');
	const scope = await scopeOf(db, actor);
	const users = await repository.listUsers(db, scope);
	if (scope === 'all') return users;
	// People who also hold roles elsewhere (e.g. KISA) stay out of an operator's list.
	return users.filter((u) => u.memberships.every((m) => scope.includes(m.organisationId)));
}

/** Roles the actor may set on this membership (its organisation kind, what they may grant). */
export function grantableRoles(actor: AuthUser, membership: repository.UserMembership): Role[] {
	const org = {
		id: membership.organisationId,
		kind: membership.organisationKind,
		parentId: membership.parentId
	};
	if (!canInviteTo(actor, org, membership.role)) return [];
	return ROLES_BY_KIND[org.kind].filter((role) => canInviteTo(actor, org, role));
}

/** Deactivating ends every session of the person at once; reactivating lets them log in again. */
export async function setUserActive(
	db: Db,
	actor: AuthUser,
	userId: string,
	active: boolean,
	now = new Date()
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const user = await loadManagedUser(trx, actor, userId);
		if (user.id === actor.id) {
			throw new ValidationError('Sie können Ihr eigenes Konto nicht deaktivieren.');
		}
		if (user.isActive === active) return;
		await repository.setUserActive(trx, user.id, active, now);
		if (!active) await invalidateAllSessions(trx, user.id);
		await appendAudit(
			trx,
			{
				actorId: actor.id,
				action: active ? 'user.reactivated' : 'user.deactivated',
				entityType: 'user',
				entityId: user.id,
				organisationId: user.memberships[0]?.organisationId ?? null,
				details: { before: { active: user.isActive }, after: { active } }
			},
			now
		);
	});
}

export async function changeRole(
	db: Db,
	actor: AuthUser,
	userId: string,
	membershipId: string,
	role: Role,
	now = new Date()
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const user = await loadManagedUser(trx, actor, userId);
		const membership = user.memberships.find((m) => m.id === membershipId);
		if (!membership) throw new NotFoundError(NOT_FOUND);
		if (user.id === actor.id) {
			throw new ValidationError(
				'Ihre eigene Rolle ändert eine andere Person mit Administrationsrechten.',
				'role'
			);
		}
		if (!grantableRoles(actor, membership).includes(role)) {
			throw new ValidationError('Diese Rolle können Sie hier nicht vergeben.', 'role');
		}
		if (membership.role === role) return;
		if (
			user.memberships.some(
				(m) => m.organisationId === membership.organisationId && m.role === role
			)
		) {
			throw new ConflictError('Die Person hat diese Rolle in dieser Organisation bereits.');
		}
		await repository.setMembershipRole(trx, membership.id, role);
		// New rights take effect with a fresh login.
		await invalidateAllSessions(trx, user.id);
		await appendAudit(
			trx,
			{
				actorId: actor.id,
				action: 'user.role_changed',
				entityType: 'user',
				entityId: user.id,
				organisationId: membership.organisationId,
				details: { before: { role: membership.role }, after: { role } }
			},
			now
		);
	});
}
