// SQL for login throttling (table login_throttles). Times are unix milliseconds.
import type { Db } from '../db/client';

export interface ThrottleState {
	key: string;
	failures: number;
	windowStartedAt: number;
	blockedUntil: number;
}

export async function findThrottles(db: Db, keys: string[]): Promise<ThrottleState[]> {
	if (keys.length === 0) return [];
	const rows = await db
		.selectFrom('login_throttles')
		.select(['key', 'failures', 'window_started_at', 'blocked_until'])
		.where('key', 'in', keys)
		.execute();
	return rows.map((r) => ({
		key: r.key,
		failures: r.failures,
		windowStartedAt: r.window_started_at,
		blockedUntil: r.blocked_until
	}));
}

export async function saveThrottle(db: Db, state: ThrottleState): Promise<void> {
	const values = {
		failures: state.failures,
		window_started_at: state.windowStartedAt,
		blocked_until: state.blockedUntil
	};
	await db
		.insertInto('login_throttles')
		.values({ key: state.key, ...values })
		.onConflict((oc) => oc.column('key').doUpdateSet(values))
		.execute();
}

export async function deleteThrottle(db: Db, key: string): Promise<void> {
	await db.deleteFrom('login_throttles').where('key', '=', key).execute();
}

/** Housekeeping: rows whose block and window both lie further back than `before`. */
export async function deleteStaleThrottles(db: Db, before: number): Promise<void> {
	await db
		.deleteFrom('login_throttles')
		.where('blocked_until', '<', before)
		.where('window_started_at', '<', before)
		.execute();
}
