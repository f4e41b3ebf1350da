// TOTP second factor (issue 13): mandatory for admin and consultant accounts, optional for others;
// enrolment, recovery codes (hashed, single use), throttling, reset by an admin with an audit entry.
import { describe, expect, it } from 'vitest';
import { decodeBase32 } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import {
	confirmEnrolment,
	getEnrolment,
	getMfaStatus,
	resetMfa,
	startLoginSession,
	verifySecondFactor
} from '../../src/lib/server/auth/mfa';
import { validateSessionToken } from '../../src/lib/server/auth/session';
import { NotFoundError, TooManyRequestsError, ValidationError } from '../../src/lib/server/errors';
import { DEMO_TOTP_SECRET } from '../../db/demo-data';
import { createTestDb } from '../helpers/test-db';
import { addMembership, createUser, seedDemoWorld } from '../helpers/factories';

const code = (base32: string) => generateTOTP(decodeBase32(base32.replace(/\s/g, '')), 30, 6);
const wrong = (right: string) => String((Number(right) + 1) % 1_000_000).padStart(6, '0');

async function setup() {
	const db = await createTestDb();
	const w = await seedDemoWorld(db);
	return { db, w };
}

describe('second factor at login', () => {
	it('asks the seeded KISA accounts for a code, others not, and a new consultant to enrol', async () => {
		const { db, w } = await setup();
		expect((await startLoginSession(db, w.users.admin.id, null)).mfaState).toBe('totp');
		expect((await startLoginSession(db, w.users.consultantMs.id, null)).mfaState).toBe('totp');
		expect((await startLoginSession(db, w.users.leadMsGs.id, null)).mfaState).toBe('complete');
		const fresh = await createUser(db);
		await addMembership(db, fresh.id, w.orgs.kisa, 'consultant');
		const session = await startLoginSession(db, fresh.id, 'Mozilla/5.0 Firefox/140.0');
		expect(session.mfaState).toBe('enrol');
		// The half-signed-in state lives in the sessions table.
		expect((await validateSessionToken(db, session.token))?.mfaState).toBe('enrol');
	});

	it('completes the session with the current code and refuses a wrong one', async () => {
		const { db, w } = await setup();
		const session = await startLoginSession(db, w.users.admin.id, null);
		await expect(
			verifySecondFactor(db, w.users.admin.id, session.id, wrong(code(DEMO_TOTP_SECRET)))
		).rejects.toBeInstanceOf(ValidationError);
		expect((await validateSessionToken(db, session.token))?.mfaState).toBe('totp');
		await expect(
			verifySecondFactor(db, w.users.admin.id, session.id, code(DEMO_TOTP_SECRET))
		).resolves.toEqual({ method: 'totp' });
		expect((await validateSessionToken(db, session.token))?.mfaState).toBe('complete');
	});

	it('blocks after 5 wrong codes, even for the right one, and forgets after a quiet while', async () => {
		const { db, w } = await setup();
		const session = await startLoginSession(db, w.users.admin.id, null);
		const t0 = Date.now();
		const right = code(DEMO_TOTP_SECRET);
		for (let i = 0; i < 5; i++) {
			await expect(
				verifySecondFactor(db, w.users.admin.id, session.id, wrong(right), t0 + i)
			).rejects.toBeInstanceOf(ValidationError);
		}
		await expect(
			verifySecondFactor(db, w.users.admin.id, session.id, right, t0 + 10)
		).rejects.toBeInstanceOf(TooManyRequestsError);
		expect((await validateSessionToken(db, session.token))?.mfaState).toBe('totp');
		await expect(
			verifySecondFactor(db, w.users.admin.id, session.id, right, t0 + 31_000)
		).resolves.toEqual({ method: 'totp' });
	});
});

describe('enrolment and recovery codes', () => {
	it('enrols with QR code and manual key, gives 10 single-use recovery codes stored as hashes', async () => {
		const { db, w } = await setup();
		const fresh = await createUser(db, { email: 'neu.beratung@kisa.example' });
		await addMembership(db, fresh.id, w.orgs.kisa, 'consultant');
		const session = await startLoginSession(db, fresh.id, null);
		const enrolment = (await getEnrolment(db, fresh.id))!;
		expect(enrolment.qrSvg).toMatch(/^<svg[^>]+role="img"[^>]+aria-label="QR-Code/);
		expect(enrolment.keyUri).toContain('otpauth://totp/');
		expect(enrolment.manualKey).toMatch(/^([A-Z2-7]{4} ){7}[A-Z2-7]{4}$/);
		// Reloading the page shows the same key until it is confirmed.
		expect((await getEnrolment(db, fresh.id))!.manualKey).toBe(enrolment.manualKey);
		await expect(
			confirmEnrolment(db, fresh.id, session.id, wrong(code(enrolment.manualKey)))
		).rejects.toBeInstanceOf(ValidationError);
		expect((await getMfaStatus(db, await reloadUser(db, fresh.id))).enabled).toBe(false);

		const codes = await confirmEnrolment(db, fresh.id, session.id, code(enrolment.manualKey));
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		expect((await validateSessionToken(db, session.token))?.mfaState).toBe('complete');
		const stored = await db.selectFrom('recovery_codes').selectAll().execute();
		expect(stored).toHaveLength(10);
		for (const c of codes) expect(JSON.stringify(stored)).not.toContain(c);
		expect(await getEnrolment(db, fresh.id)).toBeNull();

		// Next login: a recovery code works once.
		const next = await startLoginSession(db, fresh.id, null);
		expect(next.mfaState).toBe('totp');
		await expect(
			verifySecondFactor(db, fresh.id, next.id, codes[3].toUpperCase())
		).resolves.toEqual({ method: 'recovery_code' });
		const again = await startLoginSession(db, fresh.id, null);
		await expect(verifySecondFactor(db, fresh.id, again.id, codes[3])).rejects.toBeInstanceOf(
			ValidationError
		);
		const status = await getMfaStatus(db, await reloadUser(db, fresh.id));
		expect(status).toEqual({ enabled: true, required: true, recoveryCodesLeft: 9 });
		const actions = (
			await db.selectFrom('audit_log').select('action').where('entity_id', '=', fresh.id).execute()
		).map((r) => r.action);
		expect(actions).toContain('auth.mfa_enrolled');
		expect(actions).toContain('auth.mfa_verified');
	});

	it('lets an optional account enrol from a full session', async () => {
		const { db, w } = await setup();
		const session = await startLoginSession(db, w.users.leadMsGs.id, null);
		const enrolment = (await getEnrolment(db, w.users.leadMsGs.id))!;
		await confirmEnrolment(db, w.users.leadMsGs.id, session.id, code(enrolment.manualKey));
		expect((await startLoginSession(db, w.users.leadMsGs.id, null)).mfaState).toBe('totp');
	});
});

describe('admin reset of the second factor', () => {
	it('only an admin resets it; the person is signed out and must enrol again; audited', async () => {
		const { db, w } = await setup();
		const target = w.users.consultantMs;
		const session = await startLoginSession(db, target.id, null);
		for (const key of ['consultantBk', 'operatorMs', 'leadMsGs'] as const) {
			await expect(resetMfa(db, w.users[key], target.id)).rejects.toBeInstanceOf(NotFoundError);
		}
		expect((await getMfaStatus(db, target)).enabled).toBe(true);
		await resetMfa(db, w.users.admin, target.id);
		expect(await validateSessionToken(db, session.token)).toBeNull();
		expect((await getMfaStatus(db, target)).enabled).toBe(false);
		expect((await startLoginSession(db, target.id, null)).mfaState).toBe('enrol');
		const entry = await db
			.selectFrom('audit_log')
			.selectAll()
			.where('action', '=', 'auth.mfa_reset')
			.executeTakeFirstOrThrow();
		expect(entry).toMatchObject({ actor_id: w.users.admin.id, entity_id: target.id });
	});
});

async function reloadUser(db: Awaited<ReturnType<typeof createTestDb>>, id: string) {
	const { loadAuthUser } = await import('../../src/lib/server/auth/user-repository');
	return (await loadAuthUser(db, id))!;
}
