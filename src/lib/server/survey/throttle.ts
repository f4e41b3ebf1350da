// Slowing down code guessing (quality.md S6; issue 10, point 6) without storing who guessed: a client
// is known only by HMAC-SHA256(daily salt, address). The salt is random, kept in the database (so
// several app instances agree) and replaced every day (UTC), so yesterday's keys cannot be linked to
// an address even with the database in hand. A valid code is accepted at once and never counted (a
// school router shares one address, and a staff room submits at the same moment); every unknown code
// is counted atomically and waits the longer the more failures the client has. From 20 failures an
// unknown code is answered with 429 for the rest of the hour; a valid code is still never refused.
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import * as repo from './throttle-repository';

export const CODE_WINDOW_MS = 60 * 60 * 1000;
/** From this many failed attempts in the window, every further attempt is answered more slowly. */
export const SLOW_FROM_FAILURES = 5;
/** From this many, unknown codes from the client are refused (429) until the window ends. */
export const REFUSE_AT_FAILURES = 20;
export const MAX_FAILURE_DELAY_MS = 1000;

/** Wait before looking up the code of the n-th counted attempt: 0, then 250 ms, 500 ms, 1 s, 1 s, … */
export function failureDelayMs(failures: number): number {
	if (failures < SLOW_FROM_FAILURES) return 0;
	return Math.min(250 * 2 ** (failures - SLOW_FROM_FAILURES), MAX_FAILURE_DELAY_MS);
}

export function refusalMessage(retryAfterSeconds: number): string {
	const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
	return `Von diesem Anschluss wurden zu viele ungültige Teilnahmecodes eingegeben. Bitte versuchen Sie es in ${minutes} ${minutes === 1 ? 'Minute' : 'Minuten'} erneut oder nutzen Sie den Link bzw. QR-Code auf dem Aushang.`;
}

function utcDay(now: number): string {
	return new Date(now).toISOString().slice(0, 10);
}

/** The keyed hash a client address is counted under today. */
export async function clientKey(db: Db, address: string, now: number): Promise<string> {
	const day = utcDay(now);
	let salt = await repo.findSalt(db, day);
	if (!salt) {
		await repo.ensureSalt(db, day, randomBytes(32).toString('hex'));
		salt = await repo.findSalt(db, day);
		if (!salt) throw new Error('survey throttle salt missing');
	}
	return createHmac('sha256', Buffer.from(salt, 'hex')).update(address).digest('hex');
}

export interface CodeAttempt {
	/** attempts counted in the current window, this one included */
	failures: number;
	/** seconds until unknown codes are accepted again; 0 while they are not refused */
	refusedForSeconds: number;
}

/**
 * Counts an attempt for the client and says whether unknown codes are refused. Never throws for a
 * refused client: the caller still accepts a valid code.
 */
export async function reserveCodeAttempt(db: Db, key: string, now: number): Promise<CodeAttempt> {
	return inTransaction(db, async (trx) => {
		const state = await repo.findCodeThrottle(trx, key);
		const fresh =
			!state || now >= Math.max(state.windowStartedAt + CODE_WINDOW_MS, state.blockedUntil);
		const failures = fresh ? 1 : state.failures + 1;
		const windowStartedAt = fresh ? now : state.windowStartedAt;
		const blockedUntil = failures >= REFUSE_AT_FAILURES ? windowStartedAt + CODE_WINDOW_MS : 0;
		await repo.saveCodeThrottle(trx, { key, failures, windowStartedAt, blockedUntil });
		await repo.deleteStaleCodeThrottles(trx, now - CODE_WINDOW_MS);
		const refused = !fresh && state.blockedUntil > now;
		return {
			failures,
			refusedForSeconds: refused ? Math.ceil((state.blockedUntil - now) / 1000) : 0
		};
	});
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
