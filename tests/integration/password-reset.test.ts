// Password reset by e-mail (issue 13): single-use hashed token valid 30 min, every session ends after
// the reset, the same answer for known and unknown addresses, throttled.
import { describe, expect, it } from 'vitest';
import { login } from '../../src/lib/server/auth/login';
import {
	RESET_VALIDITY_MS,
	ResetLinkGoneError,
	checkResetToken,
	requestPasswordReset,
	resetPassword
} from '../../src/lib/server/auth/password-reset';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { TooManyRequestsError } from '../../src/lib/server/errors';
import { DEMO_ACCOUNTS } from '../../db/demo-data';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld } from '../helpers/factories';

const lead = DEMO_ACCOUNTS.find((a) => a.key === 'leadMsGs')!;
const NEW_PASSWORD = 'Ein ganz neuer Satz als Passwort';

async function setup() {
	const db = await createTestDb();
	const w = await seedDemoWorld(db);
	return { db, w };
}

async function outbox(db: Awaited<ReturnType<typeof createTestDb>>) {
	// The seed's review mails are not about resets.
	return db
		.selectFrom('mail_outbox')
		.selectAll()
		.where('kind', '=', 'password_reset')
		.orderBy('created_at')
		.execute();
}

function tokenFrom(text: string): string {
	const match = /\/passwort-vergessen\/([a-z2-7]{32})/.exec(text);
	if (!match) throw new Error('no reset link in the mail');
	return match[1];
}

describe('password reset', () => {
	it('mails a link for a known address and stores only a hash of the token', async () => {
		const { db } = await setup();
		await requestPasswordReset(db, {
			email: ` ${lead.email.toUpperCase()} `,
			clientAddress: '10.0.0.1',
			baseUrl: 'https://mek.example'
		});
		const mails = await outbox(db);
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ to_address: lead.email, kind: 'password_reset' });
		expect(mails[0].subject).toBe('Passwort zurücksetzen – MEK-Assistent');
		const token = tokenFrom(mails[0].text_body);
		expect(mails[0].text_body).toContain(`https://mek.example/passwort-vergessen/${token}`);
		const rows = await db.selectFrom('password_resets').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(JSON.stringify(rows)).not.toContain(token);
	});

	it('answers an unknown address exactly like a known one, but sends nothing', async () => {
		const { db } = await setup();
		await expect(
			requestPasswordReset(db, {
				email: 'niemand@example.org',
				clientAddress: '10.0.0.1',
				baseUrl: 'https://mek.example'
			})
		).resolves.toBeUndefined();
		expect(await outbox(db)).toHaveLength(0);
		expect(await db.selectFrom('password_resets').selectAll().execute()).toHaveLength(0);
	});

	it('sets the new password, ends every session, and the link works only once', async () => {
		const { db, w } = await setup();
		const s1 = await createSession(db, w.users.leadMsGs.id);
		const s2 = await createSession(db, w.users.leadMsGs.id);
		await requestPasswordReset(db, {
			email: lead.email,
			clientAddress: '10.0.0.1',
			baseUrl: 'https://mek.example'
		});
		const token = tokenFrom((await outbox(db))[0].text_body);
		await checkResetToken(db, token);
		await resetPassword(db, token, NEW_PASSWORD);
		expect(await validateSessionToken(db, s1.token)).toBeNull();
		expect(await validateSessionToken(db, s2.token)).toBeNull();
		await expect(
			login(db, { email: lead.email, password: NEW_PASSWORD, clientAddress: '10.0.0.2' })
		).resolves.toBe(w.users.leadMsGs.id);
		await expect(resetPassword(db, token, 'Noch ein anderer langer Satz')).rejects.toBeInstanceOf(
			ResetLinkGoneError
		);
		await expect(checkResetToken(db, token)).rejects.toBeInstanceOf(ResetLinkGoneError);
		const audit = await db
			.selectFrom('audit_log')
			.select('action')
			.where('entity_id', '=', w.users.leadMsGs.id)
			.where('action', 'like', 'auth.password_reset%')
			.execute();
		expect(audit.map((a) => a.action)).toEqual([
			'auth.password_reset_requested',
			'auth.password_reset'
		]);
	});

	it('refuses a link older than 30 minutes and a replaced link', async () => {
		const { db } = await setup();
		const t0 = Date.UTC(2026, 11, 7, 10, 0, 0);
		const input = { email: lead.email, clientAddress: '10.0.0.1', baseUrl: 'https://mek.example' };
		await requestPasswordReset(db, input, t0);
		const first = tokenFrom((await outbox(db))[0].text_body);
		await expect(checkResetToken(db, first, t0 + RESET_VALIDITY_MS)).rejects.toBeInstanceOf(
			ResetLinkGoneError
		);
		await checkResetToken(db, first, t0 + RESET_VALIDITY_MS - 1000);
		await requestPasswordReset(db, input, t0 + 60_000);
		const second = tokenFrom((await outbox(db))[1].text_body);
		await expect(checkResetToken(db, first, t0 + 61_000)).rejects.toBeInstanceOf(
			ResetLinkGoneError
		);
		await checkResetToken(db, second, t0 + 61_000);
		await expect(checkResetToken(db, 'abc', t0)).rejects.toBeInstanceOf(ResetLinkGoneError);
	});

	it('throttles requests per address (known or not) and per client', async () => {
		const { db } = await setup();
		const t0 = Date.UTC(2026, 11, 7, 10, 0, 0);
		for (const email of [lead.email, 'niemand@example.org']) {
			const input = { email, clientAddress: `10.0.0.${email.length}`, baseUrl: 'https://x' };
			for (let i = 0; i < 3; i++) await requestPasswordReset(db, input, t0 + i);
			await expect(requestPasswordReset(db, input, t0 + 10)).rejects.toBeInstanceOf(
				TooManyRequestsError
			);
		}
		expect(await outbox(db)).toHaveLength(3);
		// A quiet quarter of an hour later it works again.
		await requestPasswordReset(
			db,
			{ email: lead.email, clientAddress: '10.0.0.9', baseUrl: 'https://x' },
			t0 + 16 * 60 * 1000
		);
		expect(await outbox(db)).toHaveLength(4);
	});
});
