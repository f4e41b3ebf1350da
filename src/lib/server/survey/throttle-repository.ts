// SQL of the code-guessing throttle: per-client counters under a keyed hash, and the daily salts.
import type { Db } from '../db/client';

export interface CodeThrottle {
	key: string;
	failures: number;
	windowStartedAt: number;
	blockedUntil: number;
}

export async function findCodeThrottle(db: Db, key: string): Promise<CodeThrottle | undefined> {
	const r = await db
		.selectFrom('survey_code_throttles')
		.select(['key', 'failures', 'window_started_at', 'blocked_until'])
		.where('key', '=', key)
		.executeTakeFirst();
	return r
		? {
				key: r.key,
				failures: r.failures,
				windowStartedAt: r.window_started_at,
				blockedUntil: r.blocked_until
			}
		: undefined;
}

export async function saveCodeThrottle(db: Db, t: CodeThrottle): Promise<void> {
	const values = {
		failures: t.failures,
		window_started_at: t.windowStartedAt,
		blocked_until: t.blockedUntil
	};
	await db
		.insertInto('survey_code_throttles')
		.values({ key: t.key, ...values })
		.onConflict((oc) => oc.column('key').doUpdateSet(values))
		.execute();
}

export async function deleteCodeThrottle(db: Db, key: string): Promise<void> {
	await db.deleteFrom('survey_code_throttles').where('key', '=', key).execute();
}

/** Housekeeping: counters whose window and block both ended before `before`. */
export async function deleteStaleCodeThrottles(db: Db, before: number): Promise<void> {
	await db
		.deleteFrom('survey_code_throttles')
		.where('window_started_at', '<', before)
		.where('blocked_until', '<', before)
		.execute();
}

export async function findSalt(db: Db, day: string): Promise<string | undefined> {
	const r = await db
		.selectFrom('survey_throttle_salts')
		.select('salt')
		.where('day', '=', day)
		.executeTakeFirst();
	return r?.salt;
}

/** Inserts the day's salt unless another request was first; older salts are deleted. */
export async function ensureSalt(db: Db, day: string, salt: string): Promise<void> {
	await db
		.insertInto('survey_throttle_salts')
		.values({ day, salt })
		.onConflict((oc) => oc.column('day').doNothing())
		.execute();
	await db.deleteFrom('survey_throttle_salts').where('day', '<', day).execute();
}
