// Setting up the second factor: mandatory right after the password step for admin and consultant
// accounts without one (the session is 'enrol' until then), optional from the account page for others.
import { error, fail, redirect } from '@sveltejs/kit';
import { safeRedirectTarget } from '$lib/domain/account';
import { errorAt } from '$lib/server/auth/input';
import { confirmEnrolment, getEnrolment } from '$lib/server/auth/mfa';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import type { Actions, PageServerLoad } from './$types';

function target(url: URL): string {
	return safeRedirectTarget(url.searchParams.get('weiter')) ?? '/start';
}

/** Who enrols: a session waiting for enrolment, or a signed-in person setting it up voluntarily. */
function enrollingUser(locals: App.Locals): { userId: string; sessionId: string } | null {
	if (locals.pending?.state === 'enrol') {
		return { userId: locals.pending.userId, sessionId: locals.pending.session.id };
	}
	if (locals.user && locals.session)
		return { userId: locals.user.id, sessionId: locals.session.id };
	return null;
}

export const load: PageServerLoad = async ({ locals, url, setHeaders }) => {
	if (locals.pending?.state === 'totp') redirect(303, `/anmelden/bestaetigen${url.search}`);
	const who = enrollingUser(locals);
	if (!who) redirect(303, '/anmelden');
	setHeaders({ 'cache-control': 'no-store' });
	try {
		const enrolment = await getEnrolment(db, who.userId);
		return {
			mandatory: locals.pending?.state === 'enrol',
			enrolment: enrolment && { manualKey: enrolment.manualKey, qrSvg: enrolment.qrSvg },
			next: target(url)
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

export const actions = {
	default: async ({ request, locals, url }) => {
		const who = enrollingUser(locals);
		if (!who) redirect(303, '/anmelden');
		const form = await request.formData().catch(() => new FormData());
		const raw = form.get('code');
		const code = typeof raw === 'string' ? raw.trim().slice(0, 40) : '';
		if (!code) return fail(400, { errors: errorAt('code', 'Bitte geben Sie den Code ein.') });
		try {
			const recoveryCodes = await confirmEnrolment(db, who.userId, who.sessionId, code);
			return { recoveryCodes, next: target(url) };
		} catch (err) {
			if (err instanceof DomainError)
				return fail(err.status, { errors: errorAt('code', err.message) });
			throw err;
		}
	}
} satisfies Actions;
