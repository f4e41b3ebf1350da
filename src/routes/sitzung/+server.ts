import { json } from '@sveltejs/kit';
import { secondsUntilTimeout } from '$lib/server/auth/session';
import type { RequestHandler } from './$types';

/**
 * "Sitzung verlängern": hooks.server.ts has validated the cookie and refreshed the session's last
 * activity; this answers how long it now lasts. Outside (app) so an expired session gets a 401
 * instead of a redirect to the login page.
 */
export const GET: RequestHandler = ({ locals }) => {
	const headers = { 'Cache-Control': 'no-store' };
	if (!locals.session) {
		return json({ message: 'Ihre Sitzung ist abgelaufen.' }, { status: 401, headers });
	}
	return json({ secondsLeft: secondsUntilTimeout(locals.session) }, { headers });
};
