// SQL for password reset tokens (table password_resets). Times are unix milliseconds.
import type { Db } from '../db/client';

export interface ResetAccount {
	id: string;
	name: string;
	email: string;
	isActive: boolean;
}

export interface PasswordReset {
	id: string;
	userId: string;
	expiresAt: number;
	usedAt: number | null;
}

export async function findAccountByEmail(
	db: Db,
	normalisedEmail: string
): Promise<ResetAccount | null> {
	const row = await db
		.selectFrom('users')
		.select(['id', 'name', 'email', 'is_active'])
		.where('email', '=', normalisedEmail)
		.executeTakeFirst();
	return row
		? { id: row.id, name: row.name, email: row.email, isActive: row.is_active === 1 }
		: null;
}

export async function insertReset(
	db: Db,
	reset: { id: string; userId: string; tokenHash: string; createdAt: number; expiresAt: number }
): Promise<void> {
	await db
		.insertInto('password_resets')
		.values({
			id: reset.id,
			user_id: reset.userId,
			token_hash: reset.tokenHash,
			created_at: reset.createdAt,
			expires_at: reset.expiresAt,
			used_at: null
		})
		.execute();
}

export async function findResetByTokenHash(
	db: Db,
	tokenHash: string
): Promise<PasswordReset | null> {
	const row = await db
		.selectFrom('password_resets')
		.innerJoin('users', 'users.id', 'password_resets.user_id')
		.select([
			'password_resets.id',
			'password_resets.user_id',
			'password_resets.expires_at',
			'password_resets.used_at'
		])
		.where('password_resets.token_hash', '=', tokenHash)
		.where('users.is_active', '=', 1)
		.executeTakeFirst();
	return row
		? { id: row.id, userId: row.user_id, expiresAt: row.expires_at, usedAt: row.used_at }
		: null;
}

/** Uses the token up; false when another request was faster. */
export async function markResetUsed(db: Db, id: string, now: number): Promise<boolean> {
	const result = await db
		.updateTable('password_resets')
		.set({ used_at: now })
		.where('id', '=', id)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Open tokens of the user (a new request or a successful reset makes older links useless). */
export async function deleteOpenResets(db: Db, userId: string): Promise<void> {
	await db
		.deleteFrom('password_resets')
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.execute();
}
