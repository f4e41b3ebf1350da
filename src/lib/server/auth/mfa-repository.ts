// SQL for the second factor (users.totp_*, recovery_codes) and the last login time.
import type { Db } from '../db/client';

export interface TotpRow {
	email: string;
	secret: Uint8Array | null;
	pendingSecret: Uint8Array | null;
	enabledAt: string | null;
}

export async function findTotp(db: Db, userId: string): Promise<TotpRow | null> {
	const row = await db
		.selectFrom('users')
		.select(['email', 'totp_secret', 'totp_pending_secret', 'totp_enabled_at'])
		.where('id', '=', userId)
		.executeTakeFirst();
	return row
		? {
				email: row.email,
				secret: row.totp_secret ? new Uint8Array(row.totp_secret) : null,
				pendingSecret: row.totp_pending_secret ? new Uint8Array(row.totp_pending_secret) : null,
				enabledAt: row.totp_enabled_at
			}
		: null;
}

export async function savePendingSecret(db: Db, userId: string, secret: Uint8Array): Promise<void> {
	await db
		.updateTable('users')
		.set({ totp_pending_secret: secret })
		.where('id', '=', userId)
		.execute();
}

export async function enableTotp(
	db: Db,
	userId: string,
	secret: Uint8Array,
	now: Date
): Promise<void> {
	await db
		.updateTable('users')
		.set({ totp_secret: secret, totp_pending_secret: null, totp_enabled_at: now.toISOString() })
		.where('id', '=', userId)
		.execute();
}

export async function disableTotp(db: Db, userId: string): Promise<void> {
	await db
		.updateTable('users')
		.set({ totp_secret: null, totp_pending_secret: null, totp_enabled_at: null })
		.where('id', '=', userId)
		.execute();
	await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
}

export async function replaceRecoveryCodes(
	db: Db,
	userId: string,
	codes: { id: string; hash: string }[]
): Promise<void> {
	await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
	for (const code of codes) {
		await db
			.insertInto('recovery_codes')
			.values({ id: code.id, user_id: userId, code_hash: code.hash, used_at: null })
			.execute();
	}
}

/** Uses the code up; false when it is unknown, used or belongs to someone else. */
export async function useRecoveryCode(
	db: Db,
	userId: string,
	hash: string,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('recovery_codes')
		.set({ used_at: now.toISOString() })
		.where('user_id', '=', userId)
		.where('code_hash', '=', hash)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function countUnusedRecoveryCodes(db: Db, userId: string): Promise<number> {
	const row = await db
		.selectFrom('recovery_codes')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(row?.n ?? 0);
}

export async function setLastLogin(db: Db, userId: string, now: Date): Promise<void> {
	await db
		.updateTable('users')
		.set({ last_login_at: now.toISOString() })
		.where('id', '=', userId)
		.execute();
}
