import { error, fail, redirect } from '@sveltejs/kit';
import { setSessionCookie } from '$lib/server/auth/cookies';
import { errorAt, fieldErrors } from '$lib/server/auth/input';
import { startLoginSession } from '$lib/server/auth/mfa';
import { invalidateSession } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { DomainError, NotFoundError } from '$lib/server/errors';
import {
	acceptInvitation,
	acceptInvitationInput,
	isWellFormedInvitationToken,
	previewInvitation
} from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

const UNKNOWN = new NotFoundError(
	'Diese Einladung ist unbekannt. Bitte prüfen Sie den Link oder bitten Sie um eine neue Einladung.'
);

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is a secret: keep the page out of caches.
	setHeaders({ 'cache-control': 'no-store' });
	try {
		if (!isWellFormedInvitationToken(params.token)) throw UNKNOWN;
		const invitation = await previewInvitation(db, params.token);
		return {
			invitation: {
				email: invitation.email,
				roleLabel: invitation.roleLabel,
				organisationName: invitation.organisationName,
				expiresAt: invitation.expiresAt.toLocaleString('de-DE', {
					dateStyle: 'long',
					timeStyle: 'short',
					timeZone: 'Europe/Berlin'
				})
			}
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

export const actions = {
	default: async ({ request, params, cookies, url, locals }) => {
		const form = await request.formData().catch(() => new FormData());
		const name = form.get('name');
		const values = { name: typeof name === 'string' ? name.slice(0, 300) : '' };
		const parsed = acceptInvitationInput.safeParse({
			name: name ?? undefined,
			password: form.get('password') ?? undefined,
			passwordRepeat: form.get('passwordRepeat') ?? undefined
		});
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		let userId: string;
		try {
			if (!isWellFormedInvitationToken(params.token)) throw UNKNOWN;
			userId = await acceptInvitation(db, params.token, parsed.data);
		} catch (err) {
			if (err instanceof DomainError) {
				return fail(err.status, { values, errors: errorAt('_form', err.message) });
			}
			throw err;
		}
		if (locals.session) await invalidateSession(db, locals.session.id);
		if (locals.pending) await invalidateSession(db, locals.pending.session.id);
		// KISA accounts (admin, consultant) set up their second factor before anything else.
		const session = await startLoginSession(db, userId, request.headers.get('user-agent'));
		setSessionCookie(cookies, url, session.token);
		redirect(303, session.mfaState === 'enrol' ? '/anmelden/einrichten' : '/start');
	}
} satisfies Actions;
