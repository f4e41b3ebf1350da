// Mail (issue 13): mails are queued in the outbox with the change and delivered asynchronously over
// SMTP, here to a real SMTP server started by the test; failures are retried with backoff.
import { afterEach, describe, expect, it } from 'vitest';
import { createServer } from 'node:net';
import { createInvitation } from '../../src/lib/server/invitations';
import {
	backoffMs,
	deliverDueMails,
	mailConfigFrom,
	MAX_ATTEMPTS
} from '../../src/lib/server/mail';
import { getOutboxMail, listOutbox } from '../../src/lib/server/outbox-admin';
import { createTransport } from '../../src/lib/server/mail/deliver';
import { NotFoundError } from '../../src/lib/server/errors';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld } from '../helpers/factories';
import { startSmtpCapture, type SmtpCapture } from '../helpers/smtp-capture';

let capture: SmtpCapture | null = null;
afterEach(async () => {
	await capture?.close();
	capture = null;
});

async function inviteSomeone() {
	const db = await createTestDb();
	const w = await seedDemoWorld(db);
	// Only the invitation below: the seed's review notifications are not part of these tests.
	await db.deleteFrom('mail_outbox').execute();
	const { token } = await createInvitation(
		db,
		w.users.operatorMs,
		{ organisationId: w.orgs.msGs, email: 'Neue.Leitung@Example.org', role: 'school_lead' },
		new Date(),
		{ linkBaseUrl: 'https://mek.kisa.example' }
	);
	return { db, w, token };
}

describe('mail delivery over SMTP', () => {
	it('delivers the invitation mail (German, text and HTML, with the link) to a real SMTP server', async () => {
		const { db, token } = await inviteSomeone();
		capture = await startSmtpCapture();
		const config = mailConfigFrom({ SMTP_URL: capture.url, MAIL_FROM: 'KISA <mek@kisa.example>' });
		const transport = createTransport(config)!;
		const result = await deliverDueMails(db, transport, config.from);
		expect(result).toEqual({ sent: 1, failed: 0 });
		expect(capture.mails).toHaveLength(1);
		const mail = capture.mails[0];
		expect(capture.recipients[0]).toEqual(['neue.leitung@example.org']);
		expect(mail.subject).toBe('Einladung zum MEK-Assistenten');
		expect(mail.from?.text).toContain('mek@kisa.example');
		const link = `https://mek.kisa.example/einladung/${token}`;
		expect(mail.text).toContain(link);
		expect(mail.text).toContain('als Schulleitung für Grundschule Am Lindenhof');
		expect(mail.html).toContain(`href="${link}"`);
		// No tracking: no images, no foreign links.
		expect(String(mail.html)).not.toMatch(/<img/i);
		const [row] = await db.selectFrom('mail_outbox').selectAll().execute();
		expect(row.status).toBe('sent');
		// Nothing is sent twice.
		expect(await deliverDueMails(db, transport, config.from)).toEqual({ sent: 0, failed: 0 });
		transport.close();
	});

	it('keeps a mail that could not be delivered and retries it later with growing delays', async () => {
		const { db } = await inviteSomeone();
		// A port nobody listens on.
		const probe = createServer();
		await new Promise<void>((r) => probe.listen(0, '127.0.0.1', () => r()));
		const port = (probe.address() as { port: number }).port;
		await new Promise<void>((r) => probe.close(() => r()));
		const config = mailConfigFrom({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port) });
		const transport = createTransport(config)!;
		const t0 = Date.now();
		expect(await deliverDueMails(db, transport, config.from, t0)).toEqual({ sent: 0, failed: 1 });
		let [row] = await db.selectFrom('mail_outbox').selectAll().execute();
		expect(row).toMatchObject({ status: 'pending', attempts: 1, next_attempt_at: t0 + 60_000 });
		expect(row.last_error).toBeTruthy();
		// Not due yet: nothing happens.
		expect(await deliverDueMails(db, transport, config.from, t0 + 30_000)).toEqual({
			sent: 0,
			failed: 0
		});
		expect(backoffMs(2)).toBe(120_000);

		// Once the server is up, the retry delivers it.
		capture = await startSmtpCapture();
		const working = createTransport(mailConfigFrom({ SMTP_URL: capture.url }))!;
		expect(await deliverDueMails(db, working, config.from, t0 + 60_000)).toEqual({
			sent: 1,
			failed: 0
		});
		[row] = await db.selectFrom('mail_outbox').selectAll().execute();
		expect(row).toMatchObject({ status: 'sent', attempts: 2 });
		expect(capture.mails).toHaveLength(1);
		transport.close();
		working.close();
	});

	it(`gives up after ${MAX_ATTEMPTS} attempts and marks the mail failed`, async () => {
		const { db } = await inviteSomeone();
		const failing = {
			sendMail: async () => {
				throw new Error('Verbindung abgelehnt');
			}
		} as unknown as Parameters<typeof deliverDueMails>[1];
		let now = Date.now();
		for (let i = 0; i < MAX_ATTEMPTS; i++) {
			await deliverDueMails(db, failing, 'x@example.org', now);
			now += 7 * 60 * 60 * 1000;
		}
		const [row] = await db.selectFrom('mail_outbox').selectAll().execute();
		expect(row).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
		expect(await deliverDueMails(db, failing, 'x@example.org', now)).toEqual({
			sent: 0,
			failed: 0
		});
	});

	it('without SMTP the mail waits in the outbox, which only admins can read', async () => {
		const { db, w } = await inviteSomeone();
		expect(mailConfigFrom({}).smtp).toBeNull();
		const mails = await listOutbox(db, w.users.admin);
		expect(mails).toHaveLength(1);
		expect(mails[0]).toMatchObject({ status: 'pending', to: 'neue.leitung@example.org' });
		expect((await getOutboxMail(db, w.users.admin, mails[0].id)).text).toContain('/einladung/');
		for (const key of ['consultantMs', 'operatorMs', 'itMs', 'leadMsGs'] as const) {
			await expect(listOutbox(db, w.users[key])).rejects.toBeInstanceOf(NotFoundError);
			await expect(getOutboxMail(db, w.users[key], mails[0].id)).rejects.toBeInstanceOf(
				NotFoundError
			);
		}
	});
});

describe('mail configuration', () => {
	it('reads SMTP_URL, or SMTP_HOST/PORT/USER/PASSWORD/SECURE, and MAIL_FROM', () => {
		expect(mailConfigFrom({ SMTP_URL: 'smtps://u:p@mail.example:465' }).smtp).toBe(
			'smtps://u:p@mail.example:465'
		);
		expect(
			mailConfigFrom({
				SMTP_HOST: 'mail.example',
				SMTP_PORT: '465',
				SMTP_USER: 'mek',
				SMTP_PASSWORD: 'geheim',
				MAIL_FROM: 'MEK <mek@kisa.example>'
			})
		).toEqual({
			smtp: {
				host: 'mail.example',
				port: 465,
				secure: true,
				auth: { user: 'mek', pass: 'geheim' }
			},
			from: 'MEK <mek@kisa.example>'
		});
		expect(mailConfigFrom({ SMTP_HOST: 'mail.example' }).smtp).toMatchObject({
			port: 587,
			secure: false
		});
	});
});
