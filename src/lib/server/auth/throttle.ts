// Login throttling (quality.md S1; redesigned in issue 10, point 6), stored in the database so several
// app instances share it. Three keys per attempt:
// - "account-client:<email>|<address>" BLOCKS: 5 failures in 15 min for this account from this client,
//   then 30 s, doubling with each further failure up to 15 min. It only ever stops the client that
//   failed: a correct password from another client is never refused because of it.
// - "account:<email>" SLOWS: from 10 failures (from anywhere) every attempt on the account waits 1 s,
//   doubling up to 10 s, before the password is checked (the right one too, so the wait tells nothing).
// - "client:<address>" SLOWS: from 20 failures across accounts (a school network or a proxy shares one
//   address) every attempt from it waits the same way. Nobody is locked out by others' failures.
// Every attempt is counted as a failure *before* the password is verified, so parallel guesses cannot
// slip past the counter; a success then clears the account-client key and refunds the others.
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
/** Failures of one account from one client before that client is blocked for the account. */
export const ACCOUNT_CLIENT_FAILURE_THRESHOLD = 5;
/** Failures of one account (from any client) from which every attempt on it is slowed down. */
export const ACCOUNT_SLOW_THRESHOLD = 10;
/** Failures from one client address (across accounts) from which its attempts are slowed down. */
export const CLIENT_SLOW_THRESHOLD = 20;
export const SLOW_BASE_DELAY_MS = 1000;
export const SLOW_MAX_DELAY_MS = 10 * 1000;

/** `block`: refused (429) while blocked; `slow`: never refused, answered after a wait. */
export type ThrottleMode = 'block' | 'slow';

export interface ThrottleKey {
	key: string;
	threshold: number;
	mode: ThrottleMode;
}

export interface LoginThrottleKeys {
	accountClient: ThrottleKey;
	account: ThrottleKey;
	client: ThrottleKey;
}

/** Keys for a login attempt. The account keys are used whether or not the account exists. */
export function loginThrottleKeys(
	normalisedEmail: string,
	clientAddress: string
): LoginThrottleKeys {
	return {
		accountClient: {
			key: `account-client:${normalisedEmail}|${clientAddress}`,
			threshold: ACCOUNT_CLIENT_FAILURE_THRESHOLD,
			mode: 'block'
		},
		account: { key: `account:${normalisedEmail}`, threshold: ACCOUNT_SLOW_THRESHOLD, mode: 'slow' },
		client: { key: `client:${clientAddress}`, threshold: CLIENT_SLOW_THRESHOLD, mode: 'slow' }
	};
}

/** How long a key is blocked after its n-th failure: 0 below the threshold, then 30 s, 1 min, 2 min, … 15 min. */
export function blockDelayMs(failures: number, threshold: number): number {
	if (failures < threshold) return 0;
	const doublings = Math.min(failures - threshold, 10);
	return Math.min(THROTTLE_BASE_DELAY_MS * 2 ** doublings, THROTTLE_MAX_DELAY_MS);
}

/** The wait before checking an attempt when `failures` are already counted: 0, then 1 s, 2 s, … 10 s. */
export function slowDelayMs(failures: number, threshold: number): number {
	if (failures < threshold) return 0;
	const doublings = Math.min(failures - threshold, 10);
	return Math.min(SLOW_BASE_DELAY_MS * 2 ** doublings, SLOW_MAX_DELAY_MS);
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
	const delay = key.mode === 'block' ? blockDelayMs(failures, key.threshold) : 0;
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
 * Throws TooManyRequestsError while a `block` key is blocked; otherwise counts this attempt as a
 * failure for every key (undone by `recordSuccessfulAttempt`) and returns how long to wait before
 * checking the password (the largest wait of the `slow` keys). Read and write share one transaction.
 */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], now: number): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const states = new Map(
			(
				await findThrottles(
					trx,
					keys.map((k) => k.key)
				)
			).map((s) => [s.key, s])
		);
		let blockedUntil = 0;
		let wait = 0;
		for (const key of keys) {
			const state = states.get(key.key);
			if (!state || isStale(state, now)) continue;
			if (key.mode === 'block') blockedUntil = Math.max(blockedUntil, state.blockedUntil);
			else wait = Math.max(wait, slowDelayMs(state.failures, key.threshold));
		}
		if (blockedUntil > now) {
			const seconds = Math.ceil((blockedUntil - now) / 1000);
			throw new TooManyRequestsError(throttleMessage(seconds), seconds);
		}
		for (const key of keys) await saveThrottle(trx, afterFailure(states.get(key.key), key, now));
		return wait;
	});
}

/**
 * After a verified password: the `clear` keys (this account from this client) are deleted; the
 * `refund` keys (the account, the client address) get back the failure `reserveAttempt` charged, so
 * colleagues behind one address don't add up — but failures of others stay counted.
 */
export async function recordSuccessfulAttempt(
	db: Db,
	clear: ThrottleKey[],
	refund: ThrottleKey[],
	now: number
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		for (const key of clear) await deleteThrottle(trx, key.key);
		const states = await findThrottles(
			trx,
			refund.map((k) => k.key)
		);
		for (const state of states) {
			const key = refund.find((k) => k.key === state.key);
			const failures = Math.max(0, state.failures - 1);
			if (failures === 0) {
				await deleteThrottle(trx, state.key);
				continue;
			}
			const stillBlocked = key?.mode === 'block' && failures >= key.threshold;
			await saveThrottle(trx, {
				...state,
				failures,
				blockedUntil: stillBlocked ? state.blockedUntil : 0
			});
		}
		await deleteStaleThrottles(trx, now - THROTTLE_WINDOW_MS);
	});
}

export const sleep = (ms: number) =>
	new Promise<void>((resolve) => setTimeout(resolve, Math.max(0, ms)));
