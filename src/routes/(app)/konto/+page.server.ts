import { fail, redirect } from '@sveltejs/kit';
import { ROLE_LABELS } from '$lib/domain/roles';
import { changePassword, logoutEverywhere } from '$lib/server/auth/account';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { requireUser } from '$lib/server/auth/guards';
import { getMfaStatus } from '$lib/server/auth/mfa';
import { changePasswordInput, errorAt, fieldErrors } from '$lib/server/auth/input';
import { db } from '$lib/server/db';
import { TooManyRequestsError, ValidationError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals);
	const mfa = await getMfaStatus(db, user);
	return {
		mfa,
		account: {
			name: user.name,
			email: user.email,
			roles: user.memberships.map((m) => ({
				label: ROLE_LABELS[m.role],
				organisationName: m.organisationName
			}))
		},
		passwordChanged: url.searchParams.get('passwort') === 'geaendert'
	};
};

export const actions = {
	changePassword: async ({ request, locals }) => {
		const { user, session } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const parsed = changePasswordInput.safeParse({
			currentPassword: form.get('currentPassword') ?? undefined,
			newPassword: form.get('newPassword') ?? undefined,
			newPasswordRepeat: form.get('newPasswordRepeat') ?? undefined
		});
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error) });
		try {
			await changePassword(db, user, session.id, parsed.data);
		} catch (err) {
			if (err instanceof ValidationError) {
				return fail(400, { errors: errorAt(err.field ?? '_form', err.message) });
			}
			if (err instanceof TooManyRequestsError) {
				return fail(429, { errors: errorAt('_form', err.message) });
			}
			throw err;
		}
		redirect(303, '/konto?passwort=geaendert');
	},

	logoutEverywhere: async ({ locals, cookies, url }) => {
		const { user } = requireUser(locals);
		await logoutEverywhere(db, user.id);
		deleteSessionCookie(cookies, url);
		redirect(303, '/anmelden?abgemeldet=1');
	}
} satisfies Actions;
