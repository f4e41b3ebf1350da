// The link from the reset mail: a new password, then every session of the account ends.
import { error, fail, redirect } from '@sveltejs/kit';
import { errorAt, fieldErrors, newPasswordField } from '$lib/server/auth/input';
import { checkResetToken, resetPassword } from '$lib/server/auth/password-reset';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { z } from 'zod';
import type { Actions, PageServerLoad } from './$types';

const resetInput = z
	.object({
		newPassword: newPasswordField,
		newPasswordRepeat: z.string({ error: 'Bitte wiederholen Sie das neue Passwort.' })
	})
	.superRefine((value, ctx) => {
		if (value.newPassword !== value.newPasswordRepeat) {
			ctx.addIssue({
				code: 'custom',
				path: ['newPasswordRepeat'],
				message: 'Die beiden Passwörter stimmen nicht überein.'
			});
		}
	});

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	try {
		await checkResetToken(db, params.token);
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
	return {};
};

export const actions = {
	default: async ({ request, params }) => {
		const form = await request.formData().catch(() => new FormData());
		const parsed = resetInput.safeParse({
			newPassword: form.get('newPassword') ?? undefined,
			newPasswordRepeat: form.get('newPasswordRepeat') ?? undefined
		});
		if (!parsed.success) return fail(400, { errors: fieldErrors(parsed.error) });
		try {
			await resetPassword(db, params.token, parsed.data.newPassword);
		} catch (err) {
			if (err instanceof DomainError)
				return fail(err.status, { errors: errorAt('_form', err.message) });
			throw err;
		}
		redirect(303, '/anmelden?passwort=zurueckgesetzt');
	}
} satisfies Actions;
