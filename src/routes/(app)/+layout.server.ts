import { requireUser } from '$lib/server/auth/guards';
import { appShellData } from '$lib/server/shell';
import type { LayoutServerLoad } from './$types';

/**
 * Display data for the shell (name, roles, navigation) and the seconds until the session times out.
 * Reading url.pathname makes this load re-run on every navigation, so the timeout countdown restarts
 * with the session's refreshed activity. hooks.server.ts has already redirected anonymous requests.
 */
export const load: LayoutServerLoad = ({ locals, url }) => {
	void url.pathname;
	const { user, session } = requireUser(locals);
	return appShellData(user, session);
};
