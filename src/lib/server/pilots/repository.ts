// SQL of pilot projects themselves (master data, light, decision) and of who may see which pilot.
// Parts (milestones, KPIs, risks, lessons, schools, measure links) are in parts-repository.ts.
import {
	isPilotDecision,
	isPilotLight,
	isPilotStatus,
	type Decision,
	type LightAssessment,
	type PilotData,
	type PilotProject
} from '$lib/domain/pilots';
import type { Db } from '../db/client';

const columns = [
	'pilot_projects.id',
	'pilot_projects.title',
	'pilot_projects.goal',
	'pilot_projects.hypothesis',
	'pilot_projects.description',
	'pilot_projects.start_on',
	'pilot_projects.end_on',
	'pilot_projects.owner_user_id',
	'pilot_projects.owner_name',
	'pilot_projects.budget_planned_cents',
	'pilot_projects.budget_spent_cents',
	'pilot_projects.funding_source',
	'pilot_projects.status',
	'pilot_projects.light',
	'pilot_projects.light_reason',
	'pilot_projects.light_assessed_on',
	'pilot_projects.decision',
	'pilot_projects.decision_reasoning',
	'pilot_projects.decided_on',
	'pilot_projects.created_by',
	'pilot_projects.created_at',
	'pilot_projects.updated_at'
] as const;

function selectPilots(db: Db) {
	return db
		.selectFrom('pilot_projects')
		.leftJoin('users', 'users.id', 'pilot_projects.owner_user_id')
		.select(columns)
		.select('users.name as owner_user_name');
}

type Row = Awaited<ReturnType<ReturnType<typeof selectPilots>['executeTakeFirstOrThrow']>>;

function toPilot(row: Row): PilotProject {
	const owner = row.owner_user_id
		? { userId: row.owner_user_id, name: row.owner_user_name ?? '' }
		: row.owner_name
			? { userId: null, name: row.owner_name }
			: null;
	const decision: Decision | null = isPilotDecision(row.decision)
		? {
				decision: row.decision,
				reasoning: row.decision_reasoning ?? '',
				decidedOn: row.decided_on
			}
		: null;
	return {
		id: row.id,
		title: row.title,
		goal: row.goal,
		hypothesis: row.hypothesis,
		description: row.description,
		startOn: row.start_on,
		endOn: row.end_on,
		owner,
		budgetPlannedCents: row.budget_planned_cents,
		budgetSpentCents: row.budget_spent_cents,
		fundingSource: row.funding_source,
		status: isPilotStatus(row.status) ? row.status : 'geplant',
		light: isPilotLight(row.light) ? row.light : 'im_plan',
		lightReason: row.light_reason,
		lightAssessedOn: row.light_assessed_on,
		decision,
		createdBy: row.created_by,
		createdAt: new Date(row.created_at),
		updatedAt: new Date(row.updated_at)
	};
}

export async function findPilot(db: Db, id: string): Promise<PilotProject | undefined> {
	const row = await selectPilots(db).where('pilot_projects.id', '=', id).executeTakeFirst();
	return row ? toPilot(row) : undefined;
}

/** Pilots by id ('all' for everything), ordered by start date. */
export async function listPilots(db: Db, ids: 'all' | string[]): Promise<PilotProject[]> {
	if (ids !== 'all' && ids.length === 0) return [];
	let query = selectPilots(db);
	if (ids !== 'all') query = query.where('pilot_projects.id', 'in', ids);
	const rows = await query
		.orderBy('pilot_projects.start_on')
		.orderBy('pilot_projects.title')
		.execute();
	return rows.map(toPilot);
}

/**
 * Ids of pilots with a participating school among `schoolIds` or under a Schulträger among
 * `operatorIds` (the read scope of school leads and operators).
 */
export async function listPilotIdsForOrganisations(
	db: Db,
	schoolIds: string[],
	operatorIds: string[]
): Promise<string[]> {
	if (schoolIds.length === 0 && operatorIds.length === 0) return [];
	const rows = await db
		.selectFrom('pilot_schools')
		.innerJoin('organisations', 'organisations.id', 'pilot_schools.school_id')
		.select('pilot_schools.pilot_id')
		.where((eb) =>
			eb.or([
				...(schoolIds.length ? [eb('pilot_schools.school_id', 'in', schoolIds)] : []),
				...(operatorIds.length ? [eb('organisations.parent_id', 'in', operatorIds)] : [])
			])
		)
		.distinct()
		.execute();
	return rows.map((r) => r.pilot_id);
}

function dataColumns(data: PilotData) {
	return {
		title: data.title,
		goal: data.goal,
		hypothesis: data.hypothesis,
		description: data.description,
		start_on: data.startOn,
		end_on: data.endOn,
		owner_user_id: data.ownerUserId,
		owner_name: data.ownerUserId ? null : data.ownerName,
		budget_planned_cents: data.budgetPlannedCents,
		budget_spent_cents: data.budgetSpentCents,
		funding_source: data.fundingSource,
		status: data.status
	};
}

export async function insertPilot(
	db: Db,
	id: string,
	data: PilotData,
	createdBy: string,
	now: Date
): Promise<void> {
	const at = now.toISOString();
	await db
		.insertInto('pilot_projects')
		.values({
			id,
			...dataColumns(data),
			light: 'im_plan',
			light_reason: null,
			light_assessed_on: null,
			decision: null,
			decision_reasoning: null,
			decided_on: null,
			created_by: createdBy,
			created_at: at,
			updated_at: at
		})
		.execute();
}

export async function updatePilot(db: Db, id: string, data: PilotData, now: Date): Promise<void> {
	await db
		.updateTable('pilot_projects')
		.set({ ...dataColumns(data), updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}

export async function updateLight(db: Db, id: string, a: LightAssessment, now: Date) {
	await db
		.updateTable('pilot_projects')
		.set({
			light: a.light,
			light_reason: a.reason,
			light_assessed_on: a.assessedOn,
			updated_at: now.toISOString()
		})
		.where('id', '=', id)
		.execute();
}

export async function updateDecision(db: Db, id: string, d: Decision | null, now: Date) {
	await db
		.updateTable('pilot_projects')
		.set({
			decision: d?.decision ?? null,
			decision_reasoning: d?.reasoning ?? null,
			decided_on: d?.decidedOn ?? null,
			updated_at: now.toISOString()
		})
		.where('id', '=', id)
		.execute();
}

/** Marks the pilot as changed (after a change to one of its parts). */
export async function touchPilot(db: Db, id: string, now: Date): Promise<void> {
	await db
		.updateTable('pilot_projects')
		.set({ updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}

/** Active KISA staff (consultants and admins): who may own a pilot as an account. */
export async function listKisaStaff(db: Db): Promise<{ id: string; name: string }[]> {
	return db
		.selectFrom('users')
		.innerJoin('memberships', 'memberships.user_id', 'users.id')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select(['users.id', 'users.name'])
		.where('memberships.role', 'in', ['consultant', 'admin'])
		.where('organisations.kind', '=', 'kisa')
		.where('users.is_active', '=', 1)
		.distinct()
		.orderBy('users.name')
		.execute();
}
