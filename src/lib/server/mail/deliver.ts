// Asynchronous delivery of the outbox over SMTP (nodemailer), with retries and exponential backoff:
// 1 min, 2 min, 4 min … up to 6 h between attempts; after 10 attempts a mail is marked failed.
import nodemailer, { type Transporter } from 'nodemailer';
import type { Db } from '../db/client';
import type { MailConfig } from './config';
import { onMailQueued } from './outbox';
import { claimMail, listDueMails, markAttemptFailed, markSent } from './repository';

export const MAX_ATTEMPTS = 10;
const BASE_BACKOFF_MS = 60 * 1000;
const MAX_BACKOFF_MS = 6 * 60 * 60 * 1000;
/** How long a claimed mail is reserved for the instance sending it. */
const LEASE_MS = 5 * 60 * 1000;

export function backoffMs(attempts: number): number {
	return Math.min(BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1), MAX_BACKOFF_MS);
}

export function createTransport(config: MailConfig): Transporter | null {
	if (!config.smtp) return null;
	return nodemailer.createTransport(config.smtp);
}

export interface DeliveryResult {
	sent: number;
	failed: number;
}

/** Sends every due mail once. Safe to run concurrently (each mail is claimed first). */
export async function deliverDueMails(
	db: Db,
	transport: Transporter,
	from: string,
	now = Date.now()
): Promise<DeliveryResult> {
	const result: DeliveryResult = { sent: 0, failed: 0 };
	for (const mail of await listDueMails(db, now, 20)) {
		if (!(await claimMail(db, mail, now + LEASE_MS))) continue;
		try {
			await transport.sendMail({
				from,
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				html: mail.html
			});
			await markSent(db, mail.id, Date.now());
			result.sent++;
		} catch (err) {
			const attempts = mail.attempts + 1;
			const message = (err instanceof Error ? err.message : String(err)).slice(0, 500);
			await markAttemptFailed(
				db,
				mail.id,
				message,
				attempts >= MAX_ATTEMPTS ? null : now + backoffMs(attempts)
			);
			result.failed++;
		}
	}
	return result;
}

/** Starts the background loop (every 15 s and right after a mail is queued). Returns a stop function. */
export function startMailDelivery(db: Db, config: MailConfig, intervalMs = 15_000): () => void {
	const transport = createTransport(config);
	if (!transport) return () => {};
	let running = false;
	let again = false;
	const tick = async () => {
		if (running) {
			again = true;
			return;
		}
		running = true;
		try {
			do {
				again = false;
				await deliverDueMails(db, transport, config.from);
			} while (again);
		} catch (err) {
			console.error('Mailversand: Fehler beim Abarbeiten des Postausgangs', err);
		} finally {
			running = false;
		}
	};
	const timer = setInterval(() => void tick(), intervalMs);
	timer.unref();
	onMailQueued(() => void tick());
	void tick();
	return () => {
		clearInterval(timer);
		onMailQueued(null);
		transport.close();
	};
}
