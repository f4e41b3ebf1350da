// The own account: password change, logout and "Überall abmelden", each with an audit entry.
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { ValidationError } from '../errors';
import type { ChangePasswordInput } from './input';
import { hashPassword, verifyPassword } from './password';
import {
	invalidateAllSessions,
	invalidateOtherSessions,
	invalidateSession,
	type Session
} from './session';
import {
	ACCOUNT_CLIENT_FAILURE_THRESHOLD,
	recordSuccessfulAttempt,
	reserveAttempt
} from './throttle';
import type { AuthUser } from './user';
import { findPasswordHash, updatePasswordHash } from './user-repository';

/**
 * Checks the current password (throttled like a login, so a hijacked session cannot guess it),
 * stores the new hash and ends every other session of the user. The current session stays.
 */
export async function changePassword(
	db: Db,
	user: AuthUser,
	currentSessionId: string,
	input: ChangePasswordInput,
	now = Date.now()
): Promise<void> {
	// its own key: only the session's holder reaches it, so outsiders' login failures don't block it
	const changeKey = {
		key: `password-change:${user.id}`,
		threshold: ACCOUNT_CLIENT_FAILURE_THRESHOLD,
		mode: 'block' as const
	};
	await reserveAttempt(db, [changeKey], now);
	const currentHash = await findPasswordHash(db, user.id);
	if (!currentHash || !(await verifyPassword(currentHash, input.currentPassword))) {
		throw new ValidationError('Das bisherige Passwort ist nicht korrekt.', 'currentPassword');
	}
	await recordSuccessfulAttempt(db, [changeKey], [], now);
	if (input.newPassword === input.currentPassword) {
		throw new ValidationError(
			'Das neue Passwort muss sich vom bisherigen unterscheiden.',
			'newPassword'
		);
	}
	const newHash = await hashPassword(input.newPassword);
	await db.transaction().execute(async (trx) => {
		await updatePasswordHash(trx, user.id, newHash, new Date(now));
		await invalidateOtherSessions(trx, user.id, currentSessionId);
		await appendAudit(
			trx,
			{ actorId: user.id, action: 'auth.password_changed', entityType: 'user', entityId: user.id },
			new Date(now)
		);
	});
}

export async function logout(db: Db, session: Session, now = Date.now()): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await invalidateSession(trx, session.id);
		await appendAudit(
			trx,
			{
				actorId: session.userId,
				action: 'auth.logout',
				entityType: 'user',
				entityId: session.userId
			},
			new Date(now)
		);
	});
}

export async function logoutEverywhere(db: Db, userId: string, now = Date.now()): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await invalidateAllSessions(trx, userId);
		await appendAudit(
			trx,
			{ actorId: userId, action: 'auth.logout_everywhere', entityType: 'user', entityId: userId },
			new Date(now)
		);
	});
}
