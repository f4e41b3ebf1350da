// The admin's outbox: every queued mail with its delivery state; without SMTP the only way to see them.
import { error } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { mailConfigFrom } from '$lib/server/mail';
import { listOutbox } from '$lib/server/outbox-admin';
import type { PageServerLoad } from './$types';

function formatMailTime(ms: number): string {
	return new Date(ms).toLocaleString('de-DE', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	});
}

const STATUS_LABELS = { pending: 'wartet', sent: 'versandt', failed: 'fehlgeschlagen' };

export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	try {
		const mails = await listOutbox(db, user);
		return {
			smtpConfigured: mailConfigFrom(env).smtp !== null,
			mails: mails.map((m) => ({
				id: m.id,
				to: m.to,
				subject: m.subject,
				createdAt: formatMailTime(m.createdAt),
				status: m.status,
				statusLabel: STATUS_LABELS[m.status],
				attempts: m.attempts,
				lastError: m.lastError
			}))
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
