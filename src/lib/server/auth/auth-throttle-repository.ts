// SQL for the reset and TOTP throttles (table auth_throttles, issue 13). Times are unix milliseconds.
// Kept apart from login_throttles on purpose: the login throttle is reworked separately (issue 10).
import type { Db } from '../db/client';

export interface AuthThrottleState {
	key: string;
	failures: number;
	windowStartedAt: number;
	blockedUntil: number;
}

export async function findAuthThrottle(db: Db, key: string): Promise<AuthThrottleState | null> {
	const row = await db
		.selectFrom('auth_throttles')
		.select(['key', 'failures', 'window_started_at', 'blocked_until'])
		.where('key', '=', key)
		.executeTakeFirst();
	return row
		? {
				key: row.key,
				failures: row.failures,
				windowStartedAt: row.window_started_at,
				blockedUntil: row.blocked_until
			}
		: null;
}

export async function saveAuthThrottle(db: Db, state: AuthThrottleState): Promise<void> {
	const values = {
		failures: state.failures,
		window_started_at: state.windowStartedAt,
		blocked_until: state.blockedUntil
	};
	await db
		.insertInto('auth_throttles')
		.values({ key: state.key, ...values })
		.onConflict((oc) => oc.column('key').doUpdateSet(values))
		.execute();
}

export async function deleteAuthThrottle(db: Db, key: string): Promise<void> {
	await db.deleteFrom('auth_throttles').where('key', '=', key).execute();
}
