// Shared by the audit page and its CSV export: load the view and turn entries into display rows.
import { error } from '@sveltejs/kit';
import {
	actionLabel,
	changeLines,
	entityLabel,
	parseAuditFilter,
	type AuditRowView
} from '$lib/domain/audit-view';
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
		const rows: (AuditRowView & { id: number })[] = view.entries.map((e) => ({
			id: e.id,
			at: new Date(e.at).toLocaleString('de-DE', {
				dateStyle: 'medium',
				timeStyle: 'medium',
				timeZone: 'Europe/Berlin'
			}),
			actorName: e.actorName ?? (e.actorId ? 'Unbekannt' : 'System'),
			action: actionLabel(e.action, e.entityType),
			entityType: entityLabel(e.entityType),
			entityId: e.entityId,
			changes: changeLines(e.details)
		}));
		return { view, filter, rows };
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
}
