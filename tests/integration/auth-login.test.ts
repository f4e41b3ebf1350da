// Login service and login throttling (quality.md S1, issue 10 point 6): blocked per account *and*
// client, only slowed down per account and per address, stored in the database, a clear German
// message, unblocking after the delay, no permanent lockout, and nobody locked out by others.
import { describe, expect, it } from 'vitest';
import { InvalidCredentialsError, login } from '../../src/lib/server/auth/login';
import {
	ACCOUNT_CLIENT_FAILURE_THRESHOLD,
	ACCOUNT_SLOW_THRESHOLD,
	CLIENT_SLOW_THRESHOLD,
	SLOW_MAX_DELAY_MS,
	THROTTLE_MAX_DELAY_MS
} from '../../src/lib/server/auth/throttle';
import { TooManyRequestsError } from '../../src/lib/server/errors';
import { createTestDb } from '../helpers/test-db';
import { createUser } from '../helpers/factories';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const MESSAGE =
	/^Zu viele fehlgeschlagene Anmeldeversuche\. Bitte warten Sie \d+ Minuten? und versuchen Sie es dann erneut\.$/;

async function setup() {
	const db = await createTestDb();
	const user = await createUser(db, { email: 'lehrerin@schule.example' });
	return { db, user };
}

/** The waits the login asked for, recorded instead of slept (the injectable clock's partner). */
let waits: number[] = [];

function attempt(
	db: Awaited<ReturnType<typeof setup>>['db'],
	password: string,
	now: number,
	options: { email?: string; client?: string } = {}
) {
	return login(
		db,
		{
			email: options.email ?? 'lehrerin@schule.example',
			password,
			clientAddress: options.client ?? '192.0.2.1'
		},
		now,
		async (ms) => void waits.push(ms)
	);
}

async function failTimes(
	db: Awaited<ReturnType<typeof setup>>['db'],
	n: number,
	now: number,
	options: { email?: string; client?: string } = {}
) {
	for (let i = 0; i < n; i++) {
		await expect(attempt(db, 'falsches Passwort!', now, options)).rejects.toBeInstanceOf(
			InvalidCredentialsError
		);
	}
}

describe('login', () => {
	it('returns the user id for the right password, case-insensitive e-mail, and audits it', async () => {
		const { db, user } = await setup();
		expect(await attempt(db, user.password, T0, { email: '  Lehrerin@Schule.EXAMPLE ' })).toBe(
			user.id
		);
		const audit = await db
			.selectFrom('audit_log')
			.select(['action', 'actor_id', 'details'])
			.execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ action: 'auth.login', actor_id: user.id });
		expect(audit[0].details).not.toContain(user.password);
	});

	it('fails alike for a wrong password, an unknown e-mail and a deactivated account', async () => {
		const { db, user } = await setup();
		const wrong = await attempt(db, 'falsches Passwort!', T0).catch((e) => e);
		const unknown = await attempt(db, user.password, T0, { email: 'niemand@schule.example' }).catch(
			(e) => e
		);
		await db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
		const inactive = await attempt(db, user.password, T0).catch((e) => e);
		for (const err of [wrong, unknown, inactive]) {
			expect(err).toBeInstanceOf(InvalidCredentialsError);
			expect(err.message).toBe(wrong.message);
		}
		const audit = await db.selectFrom('audit_log').select(['action', 'details']).execute();
		expect(audit.map((a) => a.action)).toEqual([
			'auth.login_failed',
			'auth.login_failed',
			'auth.login_failed'
		]);
		for (const entry of audit) expect(entry.details).not.toContain('falsches Passwort');
	});
});

describe('throttling per account and client', () => {
	it('blocks this client for the account after 5 failures with a German message, even for the right password', async () => {
		const { db, user } = await setup();
		expect(ACCOUNT_CLIENT_FAILURE_THRESHOLD).toBe(5);
		await failTimes(db, 5, T0);
		const err = await attempt(db, user.password, T0 + SECOND).catch((e) => e);
		expect(err).toBeInstanceOf(TooManyRequestsError);
		expect(err.message).toMatch(MESSAGE);
		expect(err.message).toContain('1 Minute ');
		expect(err.retryAfterSeconds).toBeGreaterThan(0);
		expect(err.retryAfterSeconds).toBeLessThanOrEqual(30);
	});

	it('never refuses the right password from another client, however often an attacker failed', async () => {
		const { db, user } = await setup();
		const attacker = { client: '198.51.100.7' };
		await failTimes(db, 5, T0, attacker);
		for (let i = 0; i < 50; i++) {
			await expect(attempt(db, 'rate mal', T0 + i * 400, attacker)).rejects.toBeInstanceOf(
				TooManyRequestsError
			);
		}
		waits = [];
		expect(await attempt(db, user.password, T0 + 20 * SECOND, { client: '203.0.113.9' })).toBe(
			user.id
		);
		expect(waits).toEqual([]); // 5 failures on the account: not even slowed down
		// and the attacker's block is still in force after the real user's success
		await expect(attempt(db, user.password, T0 + 21 * SECOND, attacker)).rejects.toBeInstanceOf(
			TooManyRequestsError
		);
	});

	it('is stored in the database (shared by app instances)', async () => {
		const { db } = await setup();
		await failTimes(db, 5, T0);
		const rows = await db
			.selectFrom('login_throttles')
			.select(['key', 'failures', 'blocked_until'])
			.orderBy('key')
			.execute();
		expect(rows).toEqual([
			{
				key: 'account-client:lehrerin@schule.example|192.0.2.1',
				failures: 5,
				blocked_until: T0 + 30 * SECOND
			},
			{ key: 'account:lehrerin@schule.example', failures: 5, blocked_until: 0 },
			{ key: 'client:192.0.2.1', failures: 5, blocked_until: 0 }
		]);
	});

	it('unblocks after the delay; further failures double it up to 15 minutes, never for good', async () => {
		const { db, user } = await setup();
		await failTimes(db, 5, T0);
		let now = T0 + 30 * SECOND;
		let expectedDelay = 60 * SECOND;
		for (let i = 0; i < 8; i++) {
			await failTimes(db, 1, now); // allowed again, fails, blocks longer
			await expect(attempt(db, user.password, now + expectedDelay - SECOND)).rejects.toBeInstanceOf(
				TooManyRequestsError
			);
			now += expectedDelay;
			expectedDelay = Math.min(expectedDelay * 2, THROTTLE_MAX_DELAY_MS);
		}
		expect(expectedDelay).toBe(15 * MINUTE);
		// the right password works as soon as the (capped) block is over, and clears the counter
		expect(await attempt(db, user.password, now)).toBe(user.id);
		await failTimes(db, 4, now + SECOND);
		expect(await attempt(db, user.password, now + 2 * SECOND)).toBe(user.id);
	});

	it('counts failures for unknown e-mail addresses too, so blocking reveals nothing', async () => {
		const { db } = await setup();
		await failTimes(db, 5, T0, { email: 'niemand@schule.example' });
		const err = await attempt(db, 'egal egal egal', T0 + SECOND, {
			email: 'niemand@schule.example'
		}).catch((e) => e);
		expect(err).toBeInstanceOf(TooManyRequestsError);
		expect(err.message).toMatch(MESSAGE);
	});

	it('forgets old failures after a quiet quarter of an hour', async () => {
		const { db, user } = await setup();
		await failTimes(db, 4, T0);
		await failTimes(db, 4, T0 + 16 * MINUTE);
		expect(await attempt(db, user.password, T0 + 16 * MINUTE + SECOND)).toBe(user.id);
	});

	it('does not block other accounts', async () => {
		const { db } = await setup();
		const other = await createUser(db, { email: 'kollege@schule.example' });
		await failTimes(db, 5, T0);
		expect(await attempt(db, other.password, T0 + SECOND, { email: other.email })).toBe(other.id);
	});
});

describe('slowing down per account (failures from many clients)', () => {
	it('answers every attempt, more slowly from 10 failures (1 s doubling up to 10 s), the right password too', async () => {
		const { db, user } = await setup();
		expect(ACCOUNT_SLOW_THRESHOLD).toBe(10);
		waits = [];
		for (let i = 0; i < 20; i++) {
			// a distributed attacker: each client stays below its own block
			await failTimes(db, 1, T0 + i * SECOND, { client: `198.51.100.${i}` });
		}
		expect(waits).toEqual([1000, 2000, 4000, 8000, 10000, 10000, 10000, 10000, 10000, 10000]);
		expect(Math.max(...waits)).toBe(SLOW_MAX_DELAY_MS);
		waits = [];
		expect(await attempt(db, user.password, T0 + MINUTE, { client: '203.0.113.9' })).toBe(user.id);
		expect(waits).toEqual([SLOW_MAX_DELAY_MS]); // slowed, not refused
	});
});

describe('slowing down per client address (a school network behind one address)', () => {
	it('never refuses a colleague with the right password after 30 failures from the same address', async () => {
		const { db, user } = await setup();
		expect(CLIENT_SLOW_THRESHOLD).toBe(20);
		const school = { client: '198.51.100.7' };
		for (let i = 0; i < 30; i++) {
			await failTimes(db, 1, T0, { ...school, email: `versuch${i}@schule.example` });
		}
		waits = [];
		expect(await attempt(db, user.password, T0 + SECOND, school)).toBe(user.id);
		expect(waits).toEqual([SLOW_MAX_DELAY_MS]);
		waits = [];
		expect(await attempt(db, user.password, T0 + SECOND, { client: '203.0.113.9' })).toBe(user.id);
		expect(waits).toEqual([]); // other addresses are not slowed at all
	});

	it('successful logins from one address (colleagues behind one router) do not add up', async () => {
		const { db } = await setup();
		waits = [];
		for (let i = 0; i < 30; i++) {
			const colleague = await createUser(db, { email: `kollegin${i}@schule.example` });
			expect(
				await attempt(db, colleague.password, T0 + i * SECOND, { email: colleague.email })
			).toBe(colleague.id);
		}
		expect(waits).toEqual([]);
		const rows = await db.selectFrom('login_throttles').select('key').execute();
		expect(rows).toEqual([]);
	});
});
