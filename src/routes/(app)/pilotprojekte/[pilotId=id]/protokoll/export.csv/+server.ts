// CSV export of the pilot's audit log with the same filter as the page.
import { auditCsv } from '$lib/domain/audit-view';
import { requireUser } from '$lib/server/auth/guards';
import { loadPilotAuditRows } from '../view.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const { rows } = await loadPilotAuditRows(user, params.pilotId, url.searchParams);
	return new Response(auditCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="aenderungsprotokoll-pilotprojekt.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
