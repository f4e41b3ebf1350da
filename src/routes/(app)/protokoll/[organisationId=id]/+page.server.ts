import { ENTITY_LABELS } from '$lib/domain/audit-view';
import { requireUser } from '$lib/server/auth/guards';
import type { PageServerLoad } from './$types';
import { loadAuditRows } from './view.server';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const { view, filter, rows } = await loadAuditRows(user, params.organisationId, url.searchParams);
	return {
		organisation: view.organisation,
		actors: view.actors,
		entityTypes: Object.entries(ENTITY_LABELS)
			.filter(([key]) => key !== 'pilot_project')
			.map(([value, label]) => ({ value, label })),
		filter,
		rows,
		query: url.search
	};
};
