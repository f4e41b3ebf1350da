// Logout is a POST (the user menu's form): a GET link could be triggered by prefetching or by a
// foreign page. A GET here just leads back to the start page.
import { redirect } from '@sveltejs/kit';
import { logout } from '$lib/server/auth/account';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { db } from '$lib/server/db';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => {
	redirect(303, '/start');
};

export const actions = {
	default: async ({ locals, cookies, url }) => {
		const session = locals.session ?? locals.pending?.session;
		if (session) await logout(db, session);
		deleteSessionCookie(cookies, url);
		redirect(303, '/anmelden?abgemeldet=1');
	}
} satisfies Actions;
