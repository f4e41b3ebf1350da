// SQL for the audit log view (issue 13): entries of a set of organisations, filtered.
import type { AuditFilter } from '$lib/domain/audit-view';
import type { Db } from '../db/client';

export interface AuditViewEntry {
	id: number;
	at: string;
	actorId: string | null;
	actorName: string | null;
	action: string;
	entityType: string;
	entityId: string;
	details: unknown;
}

export const AUDIT_VIEW_LIMIT = 1000;

/** Whose entries: those of a set of organisations, or those of one object (e.g. a pilot project). */
export type AuditScope = { organisationIds: string[] } | { entityType: string; entityId: string };

const isEmpty = (scope: AuditScope) =>
	'organisationIds' in scope && scope.organisationIds.length === 0;

export async function listAuditEntries(
	db: Db,
	scope: AuditScope,
	filter: AuditFilter
): Promise<AuditViewEntry[]> {
	if (isEmpty(scope)) return [];
	let query = db
		.selectFrom('audit_log')
		.leftJoin('users', 'users.id', 'audit_log.actor_id')
		.select([
			'audit_log.id',
			'audit_log.at',
			'audit_log.actor_id',
			'users.name as actor_name',
			'audit_log.action',
			'audit_log.entity_type',
			'audit_log.entity_id',
			'audit_log.details'
		])
		.where((eb) =>
			'organisationIds' in scope
				? eb('audit_log.organisation_id', 'in', scope.organisationIds)
				: eb.and([
						eb('audit_log.entity_type', '=', scope.entityType),
						eb('audit_log.entity_id', '=', scope.entityId)
					])
		);
	if (filter.actorId) query = query.where('audit_log.actor_id', '=', filter.actorId);
	if (filter.from) query = query.where('audit_log.at', '>=', `${filter.from}T00:00:00.000Z`);
	if (filter.to) query = query.where('audit_log.at', '<=', `${filter.to}T23:59:59.999Z`);
	if (filter.entityType) query = query.where('audit_log.entity_type', '=', filter.entityType);
	if (filter.entityId) query = query.where('audit_log.entity_id', '=', filter.entityId);
	const rows = await query.orderBy('audit_log.id', 'desc').limit(AUDIT_VIEW_LIMIT).execute();
	return rows.map((r) => ({
		id: r.id,
		at: r.at,
		actorId: r.actor_id,
		actorName: r.actor_name,
		action: r.action,
		entityType: r.entity_type,
		entityId: r.entity_id,
		details: JSON.parse(r.details) as unknown
	}));
}

/** The people who appear as actors in these organisations' entries (for the person filter). */
export async function listAuditActors(
	db: Db,
	scope: AuditScope
): Promise<{ id: string; name: string }[]> {
	if (isEmpty(scope)) return [];
	return db
		.selectFrom('audit_log')
		.innerJoin('users', 'users.id', 'audit_log.actor_id')
		.select(['users.id', 'users.name'])
		.where((eb) =>
			'organisationIds' in scope
				? eb('audit_log.organisation_id', 'in', scope.organisationIds)
				: eb.and([
						eb('audit_log.entity_type', '=', scope.entityType),
						eb('audit_log.entity_id', '=', scope.entityId)
					])
		)
		.distinct()
		.orderBy('users.name')
		.execute();
}

export async function findOrgRef(db: Db, id: string) {
	const row = await db
		.selectFrom('organisations')
		.select(['id', 'kind', 'parent_id', 'name'])
		.where('id', '=', id)
		.executeTakeFirst();
	return row ?? null;
}

export async function schoolIdsOf(db: Db, operatorId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('organisations')
		.select('id')
		.where('parent_id', '=', operatorId)
		.execute();
	return rows.map((r) => r.id);
}
