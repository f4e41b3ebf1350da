import { error } from '@sveltejs/kit';
import { isAdmin } from '$lib/server/auth/authorize';
import { requireUser } from '$lib/server/auth/guards';
import { mailConfigFrom } from '$lib/server/mail';
import { env } from '$env/dynamic/private';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
	const { user } = requireUser(locals);
	if (!isAdmin(user)) error(404, 'Die Seite wurde nicht gefunden.');
	return { smtpConfigured: mailConfigFrom(env).smtp !== null };
};
