import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/domain/account';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { errorAt, fieldErrors, loginInput } from '$lib/server/auth/input';
import { InvalidCredentialsError, login } from '$lib/server/auth/login';
import { startLoginSession } from '$lib/server/auth/mfa';
import { invalidateSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { TooManyRequestsError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

/** Where to go after login: the `weiter` parameter if it is a same-site path, else the start page. */
function target(url: URL): string {
	return safeRedirectTarget(url.searchParams.get('weiter')) ?? '/start';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, target(url));
	return {
		loggedOut: url.searchParams.get('abgemeldet') === '1',
		passwordReset: url.searchParams.get('passwort') === 'zurueckgesetzt'
	};
};

export const actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const form = await request.formData().catch(() => new FormData());
		const email = form.get('email');
		const values = { email: typeof email === 'string' ? email.slice(0, 300) : '' };
		const parsed = loginInput.safeParse({
			email: email ?? undefined,
			password: form.get('password') ?? undefined
		});
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });

		let userId: string;
		try {
			userId = await login(db, { ...parsed.data, clientAddress: getClientAddress() });
		} catch (err) {
			if (err instanceof TooManyRequestsError || err instanceof InvalidCredentialsError) {
				return fail(err.status, { values, errors: errorAt('_form', err.message) });
			}
			throw err;
		}
		// A fresh session on every login; a previous one in this browser ends.
		if (locals.session) await invalidateSession(db, locals.session.id);
		if (locals.pending) await invalidateSession(db, locals.pending.session.id);
		const session = await startLoginSession(db, userId, request.headers.get('user-agent'));
		setSessionCookie(cookies, url, session.token);
		if (session.mfaState === 'complete') redirect(303, target(url));
		// The second step: the code from the app, or setting the app up first (admin, consultant).
		const step = session.mfaState === 'enrol' ? '/anmelden/einrichten' : '/anmelden/bestaetigen';
		redirect(303, `${step}?weiter=${encodeURIComponent(target(url))}`);
	}
} satisfies Actions;
