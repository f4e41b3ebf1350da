// Throttles for password-reset requests and second-factor codes (issue 13), on the pattern of the
// login throttle: stored in the database, counted *before* the check so parallel guesses cannot slip
// past, blocked with growing delays past a threshold, never for good.
import { inTransaction } from '../db/in-transaction';
import type { Db } from '../db/client';
import { TooManyRequestsError } from '../errors';
import {
	deleteAuthThrottle,
	findAuthThrottle,
	saveAuthThrottle,
	type AuthThrottleState
} from './auth-throttle-repository';

export const AUTH_THROTTLE_WINDOW_MS = 15 * 60 * 1000;
const BASE_DELAY_MS = 30 * 1000;
const MAX_DELAY_MS = 15 * 60 * 1000;

export interface AuthThrottleKey {
	key: string;
	/** Attempts allowed within the window before delays start. */
	threshold: number;
}

/** Reset requests: 3 per address and 20 per client in 15 minutes (mails must not be a spam cannon). */
export function resetThrottleKeys(
	normalisedEmail: string,
	clientAddress: string
): AuthThrottleKey[] {
	return [
		{ key: `reset:${normalisedEmail}`, threshold: 3 },
		{ key: `reset-client:${clientAddress}`, threshold: 20 }
	];
}

/** Second-factor codes: 5 wrong codes per account, then 30 s, 1 min, 2 min … 15 min. */
export function totpThrottleKey(userId: string): AuthThrottleKey {
	return { key: `totp:${userId}`, threshold: 5 };
}

export function nextState(
	state: AuthThrottleState | null,
	key: AuthThrottleKey,
	now: number
): AuthThrottleState {
	const stale =
		!state || now >= Math.max(state.windowStartedAt, state.blockedUntil) + AUTH_THROTTLE_WINDOW_MS;
	const failures = stale ? 1 : state.failures + 1;
	const over = failures - key.threshold;
	const delay = over < 0 ? 0 : Math.min(BASE_DELAY_MS * 2 ** Math.min(over, 10), MAX_DELAY_MS);
	return {
		key: key.key,
		failures,
		windowStartedAt: stale ? now : state.windowStartedAt,
		blockedUntil: delay > 0 ? now + delay : stale ? 0 : state.blockedUntil
	};
}

function message(seconds: number): string {
	const minutes = Math.max(1, Math.ceil(seconds / 60));
	return `Zu viele Versuche. Bitte warten Sie ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} und versuchen Sie es dann erneut.`;
}

/** Throws TooManyRequestsError while a key is blocked; otherwise counts this attempt for every key. */
export async function chargeAuthAttempt(
	db: Db,
	keys: AuthThrottleKey[],
	now: number
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const states = new Map<string, AuthThrottleState | null>();
		let blockedUntil = 0;
		for (const key of keys) {
			const state = await findAuthThrottle(trx, key.key);
			states.set(key.key, state);
			blockedUntil = Math.max(blockedUntil, state?.blockedUntil ?? 0);
		}
		if (blockedUntil > now) {
			const seconds = Math.ceil((blockedUntil - now) / 1000);
			throw new TooManyRequestsError(message(seconds), seconds);
		}
		for (const key of keys) {
			await saveAuthThrottle(trx, nextState(states.get(key.key) ?? null, key, now));
		}
	});
}

/** After a correct code: the account's counter starts afresh. */
export async function clearAuthThrottle(db: Db, key: AuthThrottleKey): Promise<void> {
	await deleteAuthThrottle(db, key.key);
}
