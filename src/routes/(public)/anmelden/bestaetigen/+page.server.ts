// Second login step: the code from the authenticator app or a recovery code.
import { fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/domain/account';
import { errorAt } from '$lib/server/auth/input';
import { verifySecondFactor } from '$lib/server/auth/mfa';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

function target(url: URL): string {
	return safeRedirectTarget(url.searchParams.get('weiter')) ?? '/start';
}

export const load: PageServerLoad = ({ locals, url }) => {
	if (locals.user) redirect(303, target(url));
	if (locals.pending?.state === 'enrol') redirect(303, `/anmelden/einrichten${url.search}`);
	if (!locals.pending) redirect(303, '/anmelden');
	return {};
};

export const actions = {
	default: async ({ request, locals, url }) => {
		const pending = locals.pending;
		if (!pending || pending.state !== 'totp') redirect(303, '/anmelden');
		const form = await request.formData().catch(() => new FormData());
		const raw = form.get('code');
		const code = typeof raw === 'string' ? raw.trim().slice(0, 40) : '';
		if (!code) {
			return fail(400, { errors: errorAt('code', 'Bitte geben Sie den Code ein.') });
		}
		try {
			await verifySecondFactor(db, pending.userId, pending.session.id, code);
		} catch (err) {
			if (err instanceof DomainError) {
				return fail(err.status, { errors: errorAt('code', err.message) });
			}
			throw err;
		}
		redirect(303, target(url));
	}
} satisfies Actions;
