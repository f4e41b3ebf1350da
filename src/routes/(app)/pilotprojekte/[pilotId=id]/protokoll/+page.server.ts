import { requireUser } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';
import { loadPilotAuditRows } from './view.server';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const { view, filter, rows } = await loadPilotAuditRows(user, params.pilotId, url.searchParams);
	return { pilot: view.pilot, actors: view.actors, filter, rows, query: url.search };
};
