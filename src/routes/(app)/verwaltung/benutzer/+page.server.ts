// User administration: admins see everyone, operators the people of their own Schulträger and its
// schools. Deactivate / reactivate (sessions end at once), change a role within what the actor may
// grant, and (admins) reset a lost second factor. Every change is audited by the services.
import { error, fail, redirect } from '@sveltejs/kit';
import { ROLE_LABELS, ROLES, type Role } from '$lib/domain/roles';
import { isAdmin } from '$lib/server/auth/authorize';
import { requireUser } from '$lib/server/auth/guards';
import { resetMfa } from '$lib/server/auth/mfa';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { ID_PATTERN } from '$lib/server/ids';
import { changeRole, grantableRoles, listManagedUsers, setUserActive } from '$lib/server/users';
import type { Actions, PageServerLoad } from './$types';

function formatTime(iso: string | null): string {
	if (!iso) return 'noch nie';
	return new Date(iso).toLocaleString('de-DE', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	});
}

const MESSAGES: Record<string, string> = {
	deaktiviert: 'Das Konto wurde deaktiviert; alle Anmeldungen der Person wurden beendet.',
	reaktiviert: 'Das Konto wurde wieder aktiviert.',
	rolle: 'Die Rolle wurde geändert. Die Person meldet sich mit der neuen Rolle neu an.',
	mfa: 'Der zweite Faktor wurde zurückgesetzt; die Person richtet ihn bei der nächsten Anmeldung neu ein.'
};

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals);
	try {
		const users = await listManagedUsers(db, user);
		return {
			canResetMfa: isAdmin(user),
			done: MESSAGES[url.searchParams.get('erledigt') ?? ''] ?? null,
			users: users.map((u) => ({
				id: u.id,
				name: u.name,
				email: u.email,
				isActive: u.isActive,
				isSelf: u.id === user.id,
				lastLogin: formatTime(u.lastLoginAt),
				mfaEnabled: u.mfaEnabled,
				memberships: u.memberships.map((m) => ({
					id: m.id,
					role: m.role,
					roleLabel: ROLE_LABELS[m.role],
					organisationName: m.organisationName,
					grantable:
						u.id === user.id
							? []
							: grantableRoles(user, m).map((r) => ({ value: r, label: ROLE_LABELS[r] }))
				}))
			}))
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

function idFrom(form: FormData, name: string): string | null {
	const value = form.get(name);
	return typeof value === 'string' && ID_PATTERN.test(value) ? value : null;
}

async function run(action: () => Promise<void>, done: string) {
	try {
		await action();
	} catch (err) {
		if (err instanceof DomainError) return fail(err.status, { error: err.message });
		throw err;
	}
	redirect(303, `/verwaltung/benutzer?erledigt=${done}`);
}

export const actions = {
	deactivate: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const userId = idFrom(await request.formData().catch(() => new FormData()), 'userId');
		if (!userId) return fail(404, { error: 'Die Person wurde nicht gefunden.' });
		return run(() => setUserActive(db, user, userId, false), 'deaktiviert');
	},
	reactivate: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const userId = idFrom(await request.formData().catch(() => new FormData()), 'userId');
		if (!userId) return fail(404, { error: 'Die Person wurde nicht gefunden.' });
		return run(() => setUserActive(db, user, userId, true), 'reaktiviert');
	},
	changeRole: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const userId = idFrom(form, 'userId');
		const membershipId = idFrom(form, 'membershipId');
		const role = form.get('role');
		if (!userId || !membershipId) return fail(404, { error: 'Die Person wurde nicht gefunden.' });
		if (typeof role !== 'string' || !(ROLES as readonly string[]).includes(role)) {
			return fail(400, { error: 'Bitte wählen Sie eine Rolle aus.' });
		}
		return run(() => changeRole(db, user, userId, membershipId, role as Role), 'rolle');
	},
	resetMfa: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const userId = idFrom(await request.formData().catch(() => new FormData()), 'userId');
		if (!userId) return fail(404, { error: 'Die Person wurde nicht gefunden.' });
		return run(() => resetMfa(db, user, userId), 'mfa');
	}
} satisfies Actions;
