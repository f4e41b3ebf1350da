import { error, fail, redirect } from '@sveltejs/kit';
import { ROLE_LABELS } from '$lib/domain/roles';
import { env } from '$env/dynamic/private';
import { requireUser } from '$lib/server/auth/guards';
import { publicBaseUrl } from '$lib/server/mail';
import { errorAt, fieldErrors } from '$lib/server/auth/input';
import { db } from '$lib/server/db';
import { DomainError, ValidationError } from '$lib/server/errors';
import { ID_PATTERN } from '$lib/server/ids';
import {
	createInvitation,
	createInvitationInput,
	getInvitationOverview,
	revokeInvitation,
	resendInvitation,
	revokeInvitationInput
} from '$lib/server/invitations';
import type { Actions, PageServerLoad } from './$types';

function formatDate(date: Date): string {
	return date.toLocaleString('de-DE', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	});
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals);
	const organisationId = url.searchParams.get('organisation');
	if (organisationId === null) return { overview: null };
	if (!ID_PATTERN.test(organisationId)) error(404, 'Die Organisation wurde nicht gefunden.');
	try {
		const { organisation, roles, invitations } = await getInvitationOverview(
			db,
			user,
			organisationId
		);
		return {
			overview: {
				organisation: { id: organisation.id, name: organisation.name, kind: organisation.kind },
				roles: roles.map((role) => ({ value: role, label: ROLE_LABELS[role] })),
				invitations: invitations.map((i) => ({
					id: i.id,
					email: i.email,
					roleLabel: ROLE_LABELS[i.role] ?? i.role,
					expiresAt: formatDate(i.expiresAt)
				}))
			}
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

export const actions = {
	create: async ({ request, locals, url }) => {
		const { user } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const email = form.get('email');
		const role = form.get('role');
		const values = {
			email: typeof email === 'string' ? email.slice(0, 300) : '',
			role: typeof role === 'string' ? role.slice(0, 50) : ''
		};
		const parsed = createInvitationInput.safeParse({
			organisationId: form.get('organisationId') ?? undefined,
			email: email ?? undefined,
			role: role ?? undefined
		});
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		try {
			const { invitation, token } = await createInvitation(db, user, parsed.data, new Date(), {
				linkBaseUrl: publicBaseUrl(env, url.origin)
			});
			return {
				created: {
					link: `${url.origin}/einladung/${token}`,
					email: invitation.email,
					roleLabel: ROLE_LABELS[invitation.role],
					expiresAt: formatDate(invitation.expiresAt),
					resent: false
				}
			};
		} catch (err) {
			if (err instanceof ValidationError && err.field) {
				return fail(err.status, { values, errors: errorAt(err.field, err.message) });
			}
			if (err instanceof DomainError) {
				return fail(err.status, { values, errors: errorAt('_form', err.message) });
			}
			throw err;
		}
	},

	resend: async ({ request, locals, url }) => {
		const { user } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const parsed = revokeInvitationInput.safeParse({
			invitationId: form.get('invitationId') ?? undefined
		});
		if (!parsed.success) return fail(400, { revokeError: 'Diese Einladung wurde nicht gefunden.' });
		try {
			const { invitation, token } = await resendInvitation(
				db,
				user,
				parsed.data.invitationId,
				new Date(),
				{ linkBaseUrl: publicBaseUrl(env, url.origin) }
			);
			return {
				created: {
					link: `${url.origin}/einladung/${token}`,
					email: invitation.email,
					roleLabel: ROLE_LABELS[invitation.role],
					expiresAt: formatDate(invitation.expiresAt),
					resent: true
				}
			};
		} catch (err) {
			if (err instanceof DomainError) return fail(err.status, { revokeError: err.message });
			throw err;
		}
	},

	revoke: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const parsed = revokeInvitationInput.safeParse({
			invitationId: form.get('invitationId') ?? undefined
		});
		if (!parsed.success) return fail(400, { revokeError: 'Diese Einladung wurde nicht gefunden.' });
		let organisationId: string;
		try {
			organisationId = (await revokeInvitation(db, user, parsed.data.invitationId)).organisationId;
		} catch (err) {
			if (err instanceof DomainError) return fail(err.status, { revokeError: err.message });
			throw err;
		}
		redirect(303, `/einladungen?organisation=${organisationId}&zurueckgezogen=1`);
	}
} satisfies Actions;
