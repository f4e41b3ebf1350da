// "Meine Anmeldungen": the user's own active sessions with device and last use; each can be ended.
import { fail, redirect } from '@sveltejs/kit';
import { endSession } from '$lib/server/auth/account';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import { requireUser } from '$lib/server/auth/guards';
import { listOwnSessions } from '$lib/server/auth/session';
import { db } from '$lib/server/db';
import { deviceLabel } from '$lib/domain/device';
import type { Actions, PageServerLoad } from './$types';

function formatTime(ms: number): string {
	return new Date(ms).toLocaleString('de-DE', {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone: 'Europe/Berlin'
	});
}

export const load: PageServerLoad = async ({ locals, url }) => {
	const { user, session } = requireUser(locals);
	const sessions = await listOwnSessions(db, user, session);
	return {
		ended: url.searchParams.get('beendet') === '1',
		sessions: sessions.map((s) => ({
			id: s.id,
			device: deviceLabel(s.userAgent),
			createdAt: formatTime(s.createdAt),
			lastActiveAt: formatTime(s.lastActiveAt),
			current: s.current
		}))
	};
};

export const actions = {
	end: async ({ request, locals, cookies, url }) => {
		const { user, session } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const sessionId = form.get('sessionId');
		if (typeof sessionId !== 'string' || sessionId.length > 64) {
			return fail(404, { error: 'Diese Anmeldung wurde nicht gefunden.' });
		}
		const ended = await endSession(db, user, sessionId);
		if (!ended)
			return fail(404, { error: 'Diese Anmeldung wurde nicht gefunden oder ist bereits beendet.' });
		if (sessionId === session.id) {
			deleteSessionCookie(cookies, url);
			redirect(303, '/anmelden?abgemeldet=1');
		}
		redirect(303, '/konto/sitzungen?beendet=1');
	}
} satisfies Actions;
