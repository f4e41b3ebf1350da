// CSV export of the audit view with the same filter as the page.
import { auditCsv } from '$lib/domain/audit-view';
import { requireUser } from '$lib/server/auth/guards';
import { loadAuditRows } from '../view.server';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const { rows } = await loadAuditRows(user, params.organisationId, url.searchParams);
	return new Response(auditCsv(rows), {
		headers: {
			'content-type': 'text/csv; charset=utf-8',
			'content-disposition': 'attachment; filename="aenderungsprotokoll.csv"',
			'cache-control': 'private, no-store'
		}
	});
};
