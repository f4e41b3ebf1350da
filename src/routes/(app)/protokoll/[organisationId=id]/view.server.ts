// Shared by the audit page and its CSV export: load the view and turn entries into display rows.
import { error } from '@sveltejs/kit';
import { auditRows, parseAuditFilter } from '$lib/domain/audit-view';
import type { AuthUser } from '$lib/server/auth/user';
import { getAuditView } from '$lib/server/audit-view';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';

export async function loadAuditRows(
	user: AuthUser,
	organisationId: string,
	params: URLSearchParams
) {
	const filter = parseAuditFilter(params);
	try {
		const view = await getAuditView(db, user, organisationId, filter);
		const rows = auditRows(view.entries);
		return { view, filter, rows };
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
}
