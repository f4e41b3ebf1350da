// "Passwort vergessen": asks for the address and answers the same whether or not it has an account.
import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { emailField, errorAt, fieldErrors } from '$lib/server/auth/input';
import { requestPasswordReset } from '$lib/server/auth/password-reset';
import { db } from '$lib/server/db';
import { TooManyRequestsError } from '$lib/server/errors';
import { publicBaseUrl } from '$lib/server/mail';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const resetRequestInput = z.object({ email: emailField });

export const load: PageServerLoad = ({ url }) => ({
	requested: url.searchParams.get('angefordert') === '1'
});

export const actions = {
	default: async ({ request, url, getClientAddress }) => {
		const form = await request.formData().catch(() => new FormData());
		const email = form.get('email');
		const values = { email: typeof email === 'string' ? email.slice(0, 300) : '' };
		const parsed = resetRequestInput.safeParse({ email: email ?? undefined });
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		try {
			await requestPasswordReset(db, {
				email: parsed.data.email,
				clientAddress: getClientAddress(),
				baseUrl: publicBaseUrl(env, url.origin)
			});
		} catch (err) {
			if (err instanceof TooManyRequestsError) {
				return fail(429, { values, errors: errorAt('_form', err.message) });
			}
			throw err;
		}
		redirect(303, '/passwort-vergessen?angefordert=1');
	}
} satisfies Actions;
