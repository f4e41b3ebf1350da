import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { getOutboxMail } from '$lib/server/outbox-admin';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, setHeaders }) => {
	const { user } = requireUser(locals);
	// Mails may hold single-use links: never cached.
	setHeaders({ 'cache-control': 'no-store' });
	try {
		const mail = await getOutboxMail(db, user, params.mailId);
		return {
			mail: {
				to: mail.to,
				subject: mail.subject,
				text: mail.text,
				createdAt: new Date(mail.createdAt).toLocaleString('de-DE', {
					dateStyle: 'medium',
					timeStyle: 'short',
					timeZone: 'Europe/Berlin'
				}),
				status: mail.status
			}
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
