// Shared by the pilot's audit page and its CSV export.
import { error } from '@sveltejs/kit';
import { auditRows, parseAuditFilter } from '$lib/domain/audit-view';
import type { AuthUser } from '$lib/server/auth/user';
import { getPilotAuditView } from '$lib/server/audit-view';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';

export async function loadPilotAuditRows(user: AuthUser, pilotId: string, params: URLSearchParams) {
	const filter = parseAuditFilter(params);
	try {
		const view = await getPilotAuditView(db, user, pilotId, filter);
		return { view, filter, rows: auditRows(view.entries) };
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
}
