// Login throttling (quality.md S1), stored in the database so several app instances share it.
// Two keys per attempt: "account:<email>" (5 failures in 15 min) and "client:<address>" (20). Past the
// threshold a key is blocked for 30 s, doubling with each further failure up to 15 min: never for good.
// Every attempt is counted as a failure *before* the password is verified, so parallel guesses cannot
// slip past the counter; a success then clears the account key and refunds the client key.
import type { Db } from '../db/client';
import { TooManyRequestsError } from '../errors';
import {
	deleteStaleThrottles,
	deleteThrottle,
	findThrottles,
	saveThrottle,
	type ThrottleState
} from './throttle-repository';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const THROTTLE_BASE_DELAY_MS = 30 * 1000;
export const THROTTLE_MAX_DELAY_MS = 15 * 60 * 1000;
export const ACCOUNT_FAILURE_THRESHOLD = 5;
export const CLIENT_FAILURE_THRESHOLD = 20;

export interface ThrottleKey {
	key: string;
	threshold: number;
}

/** Keys for a login attempt. The account key is used whether or not the account exists. */
export function loginThrottleKeys(normalisedEmail: string, clientAddress: string): ThrottleKey[] {
	return [
		{ key: `account:${normalisedEmail}`, threshold: ACCOUNT_FAILURE_THRESHOLD },
		{ key: `client:${clientAddress}`, threshold: CLIENT_FAILURE_THRESHOLD }
	];
}

/** How long a key is blocked after its n-th failure: 0 below the threshold, then 30 s, 1 min, 2 min, … 15 min. */
export function blockDelayMs(failures: number, threshold: number): number {
	if (failures < threshold) return 0;
	const doublings = Math.min(failures - threshold, 10);
	return Math.min(THROTTLE_BASE_DELAY_MS * 2 ** doublings, THROTTLE_MAX_DELAY_MS);
}

/** A key forgets its failures after a quiet window following both the first failure and the block. */
export function isStale(state: ThrottleState, now: number): boolean {
	return now >= Math.max(state.windowStartedAt, state.blockedUntil) + THROTTLE_WINDOW_MS;
}

export function afterFailure(
	state: ThrottleState | undefined,
	key: ThrottleKey,
	now: number
): ThrottleState {
	const fresh = !state || isStale(state, now);
	const failures = fresh ? 1 : state.failures + 1;
	const delay = blockDelayMs(failures, key.threshold);
	return {
		key: key.key,
		failures,
		windowStartedAt: fresh ? now : state.windowStartedAt,
		blockedUntil: delay > 0 ? now + delay : fresh ? 0 : state.blockedUntil
	};
}

export function throttleMessage(retryAfterSeconds: number): string {
	const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
	const unit = minutes === 1 ? 'Minute' : 'Minuten';
	return `Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie ${minutes} ${unit} und versuchen Sie es dann erneut.`;
}

/**
 * Throws TooManyRequestsError while any key is blocked; otherwise counts this attempt as a failure
 * for every key (undone by `recordSuccessfulAttempt`). Read and write share one transaction.
 */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], now: number): Promise<void> {
	await db.transaction().execute(async (trx) => {
		const states = new Map(
			(
				await findThrottles(
					trx,
					keys.map((k) => k.key)
				)
			).map((s) => [s.key, s])
		);
		let blockedUntil = 0;
		for (const state of states.values()) blockedUntil = Math.max(blockedUntil, state.blockedUntil);
		if (blockedUntil > now) {
			const seconds = Math.ceil((blockedUntil - now) / 1000);
			throw new TooManyRequestsError(throttleMessage(seconds), seconds);
		}
		for (const key of keys) await saveThrottle(trx, afterFailure(states.get(key.key), key, now));
	});
}

/**
 * After a verified password: the account key is cleared; the other keys (the client) get back the
 * failure `reserveAttempt` charged, so colleagues behind one address don't lock each other out.
 */
export async function recordSuccessfulAttempt(
	db: Db,
	accountKey: ThrottleKey,
	otherKeys: ThrottleKey[],
	now: number
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await deleteThrottle(trx, accountKey.key);
		const states = await findThrottles(
			trx,
			otherKeys.map((k) => k.key)
		);
		for (const state of states) {
			const threshold = otherKeys.find((k) => k.key === state.key)?.threshold ?? 0;
			const failures = Math.max(0, state.failures - 1);
			if (failures === 0) {
				await deleteThrottle(trx, state.key);
				continue;
			}
			const blockedUntil = failures < threshold ? 0 : state.blockedUntil;
			await saveThrottle(trx, { ...state, failures, blockedUntil });
		}
		await deleteStaleThrottles(trx, now - THROTTLE_WINDOW_MS);
	});
}
