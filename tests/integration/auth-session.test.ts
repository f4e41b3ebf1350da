// Sessions (quality.md S2): only a hash of a >= 128-bit secret is stored; inactivity (8 h) and absolute
// (7 days) expiry with an injected clock; logout and "Überall abmelden" invalidate.
import { describe, expect, it } from 'vitest';
import { sha256 } from '@oslojs/crypto/sha2';
import {
	ABSOLUTE_TIMEOUT_MS,
	INACTIVITY_TIMEOUT_MS,
	createSession,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { logout, logoutEverywhere } from '../../src/lib/server/auth/account';
import { createTestDb } from '../helpers/test-db';
import { createUser } from '../helpers/factories';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
const HOUR = 60 * 60 * 1000;

async function setup() {
	const db = await createTestDb();
	const user = await createUser(db);
	return { db, user };
}

describe('session storage', () => {
	it('stores only the SHA-256 of a secret of at least 128 bits, never the token', async () => {
		const { db, user } = await setup();
		const session = await createSession(db, user.id, T0);
		const [id, secret] = session.token.split('.');
		// base32: 5 bits per character
		expect(secret.length * 5).toBeGreaterThanOrEqual(128);
		expect(secret).toMatch(/^[a-z2-7]+$/);
		const rows = await db.selectFrom('sessions').selectAll().execute();
		expect(rows).toHaveLength(1);
		const row = rows[0];
		expect(row.id).toBe(id);
		expect(Buffer.from(row.secret_hash)).toEqual(
			Buffer.from(sha256(new TextEncoder().encode(secret)))
		);
		const stored = JSON.stringify({
			...row,
			secret_hash: Buffer.from(row.secret_hash).toString('hex')
		});
		expect(stored).not.toContain(secret);
		expect(stored).not.toContain(session.token);
	});

	it('gives every session a different token', async () => {
		const { db, user } = await setup();
		const a = await createSession(db, user.id, T0);
		const b = await createSession(db, user.id, T0);
		expect(a.token).not.toBe(b.token);
		expect(a.id).not.toBe(b.id);
	});

	it('refuses a token with the right id but a wrong secret, and malformed tokens', async () => {
		const { db, user } = await setup();
		const session = await createSession(db, user.id, T0);
		const [id, secret] = session.token.split('.');
		const wrong = secret.slice(0, -1) + (secret.endsWith('a') ? 'b' : 'a');
		expect(await validateSessionToken(db, `${id}.${wrong}`, T0)).toBeNull();
		expect(await validateSessionToken(db, id, T0)).toBeNull();
		expect(await validateSessionToken(db, `${id}.${secret}.x`, T0)).toBeNull();
		expect(await validateSessionToken(db, 'x'.repeat(5000), T0)).toBeNull();
		expect((await validateSessionToken(db, session.token, T0))?.user.id).toBe(user.id);
	});
});

describe('session expiry', () => {
	it('expires after 8 hours of inactivity and deletes the row', async () => {
		const { db, user } = await setup();
		const { token } = await createSession(db, user.id, T0);
		expect(INACTIVITY_TIMEOUT_MS).toBeLessThanOrEqual(8 * HOUR);
		expect(await validateSessionToken(db, token, T0 + INACTIVITY_TIMEOUT_MS - 1000)).not.toBeNull();
		// that request counted as activity: another 8 h from there
		const later = T0 + INACTIVITY_TIMEOUT_MS - 1000;
		expect(
			await validateSessionToken(db, token, later + INACTIVITY_TIMEOUT_MS - 1000)
		).not.toBeNull();
		const idle = later + INACTIVITY_TIMEOUT_MS - 1000 + INACTIVITY_TIMEOUT_MS;
		expect(await validateSessionToken(db, token, idle)).toBeNull();
		expect(await db.selectFrom('sessions').select('id').execute()).toHaveLength(0);
	});

	it('expires after 7 days however active the user is', async () => {
		const { db, user } = await setup();
		const { token } = await createSession(db, user.id, T0);
		expect(ABSOLUTE_TIMEOUT_MS).toBeLessThanOrEqual(7 * 24 * HOUR);
		let now = T0;
		while (now + 4 * HOUR < T0 + ABSOLUTE_TIMEOUT_MS) {
			now += 4 * HOUR;
			expect(await validateSessionToken(db, token, now)).not.toBeNull();
		}
		expect(await validateSessionToken(db, token, T0 + ABSOLUTE_TIMEOUT_MS)).toBeNull();
	});

	it('ends the sessions of a deactivated user', async () => {
		const { db, user } = await setup();
		const { token } = await createSession(db, user.id, T0);
		await db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
		expect(await validateSessionToken(db, token, T0 + 1000)).toBeNull();
	});
});

describe('logout', () => {
	it('logout invalidates only the current session and writes an audit entry', async () => {
		const { db, user } = await setup();
		const current = await createSession(db, user.id, T0);
		const other = await createSession(db, user.id, T0);
		await logout(db, current, T0 + 1000);
		expect(await validateSessionToken(db, current.token, T0 + 2000)).toBeNull();
		expect(await validateSessionToken(db, other.token, T0 + 2000)).not.toBeNull();
		const audit = await db.selectFrom('audit_log').select(['action', 'actor_id']).execute();
		expect(audit).toContainEqual({ action: 'auth.logout', actor_id: user.id });
	});

	it('"Überall abmelden" invalidates every session of the user, not those of others', async () => {
		const { db, user } = await setup();
		const someoneElse = await createUser(db);
		const a = await createSession(db, user.id, T0);
		const b = await createSession(db, user.id, T0);
		const foreign = await createSession(db, someoneElse.id, T0);
		await logoutEverywhere(db, user.id, T0 + 1000);
		expect(await validateSessionToken(db, a.token, T0 + 2000)).toBeNull();
		expect(await validateSessionToken(db, b.token, T0 + 2000)).toBeNull();
		expect(await validateSessionToken(db, foreign.token, T0 + 2000)).not.toBeNull();
	});
});
