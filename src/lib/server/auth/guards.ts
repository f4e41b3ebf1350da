// For routes in the (app) group: hooks.server.ts has already turned anonymous requests away, so a
// missing user here is a bug or a race (logout in another tab) and answers 401, never a 5xx.
import { error } from '@sveltejs/kit';
import type { Session } from './session';
import type { AuthUser } from './user';

export function requireUser(locals: App.Locals): { user: AuthUser; session: Session } {
	if (!locals.user || !locals.session) {
		error(401, 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
	}
	return { user: locals.user, session: locals.session };
}
