// The append-only audit log (quality.md S7). Only insert and read; call it with the same `trx` as the
// change it records so both commit together.
import type { Db } from '../db/client';

export interface AuditEntry {
	actorId: string | null;
	action: string;
	entityType: string;
	entityId: string;
	organisationId?: string | null;
	/** Free-form JSON-able context, usually { before, after }. Never passwords or tokens. */
	details?: unknown;
}

export async function appendAudit(db: Db, entry: AuditEntry, now = new Date()): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			at: now.toISOString(),
			actor_id: entry.actorId,
			action: entry.action,
			entity_type: entry.entityType,
			entity_id: entry.entityId,
			organisation_id: entry.organisationId ?? null,
			details: JSON.stringify(entry.details ?? {})
		})
		.execute();
}

export async function listAudit(db: Db, entityType: string, entityId: string) {
	const rows = await db
		.selectFrom('audit_log')
		.select(['id', 'at', 'actor_id', 'action', 'details'])
		.where('entity_type', '=', entityType)
		.where('entity_id', '=', entityId)
		.orderBy('id', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		at: new Date(r.at),
		actorId: r.actor_id,
		action: r.action,
		details: JSON.parse(r.details) as unknown
	}));
}
