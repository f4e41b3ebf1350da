// SQL of what a pilot links to: its participating schools (with their Schulträger, for access
// decisions) and the concept measures it tests.
import type { PilotSchool } from '$lib/domain/pilots';
import type { Db } from '../db/client';

/** A participating school, with what authorize.ts needs (kind, parentId). */
export interface PilotSchoolRef extends PilotSchool {
	pilotId: string;
	kind: 'school';
	parentId: string;
}

export async function listPilotSchools(db: Db, pilotIds: string[]): Promise<PilotSchoolRef[]> {
	if (pilotIds.length === 0) return [];
	const rows = await db
		.selectFrom('pilot_schools')
		.innerJoin('organisations as school', 'school.id', 'pilot_schools.school_id')
		.innerJoin('organisations as operator', 'operator.id', 'school.parent_id')
		.select([
			'pilot_schools.pilot_id',
			'school.id',
			'school.name',
			'operator.id as operator_id',
			'operator.name as operator_name'
		])
		.where('pilot_schools.pilot_id', 'in', pilotIds)
		.orderBy('operator.name')
		.orderBy('school.name')
		.execute();
	return rows.map((r) => ({
		pilotId: r.pilot_id,
		id: r.id,
		name: r.name,
		operatorId: r.operator_id,
		operatorName: r.operator_name,
		kind: 'school',
		parentId: r.operator_id
	}));
}

export async function insertPilotSchool(db: Db, pilotId: string, schoolId: string, now: Date) {
	await db
		.insertInto('pilot_schools')
		.values({ pilot_id: pilotId, school_id: schoolId, created_at: now.toISOString() })
		.onConflict((oc) => oc.doNothing())
		.execute();
}

/** Returns whether a row was removed. */
export async function deletePilotSchool(db: Db, pilotId: string, schoolId: string) {
	const result = await db
		.deleteFrom('pilot_schools')
		.where('pilot_id', '=', pilotId)
		.where('school_id', '=', schoolId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function listMeasureIds(db: Db, pilotId: string): Promise<string[]> {
	const rows = await db
		.selectFrom('pilot_measure_links')
		.select('measure_id')
		.where('pilot_id', '=', pilotId)
		.orderBy('created_at')
		.execute();
	return rows.map((r) => r.measure_id);
}

/** Links of the given measures: measure id → pilot ids. */
export async function listLinksOfMeasures(
	db: Db,
	measureIds: string[]
): Promise<{ measureId: string; pilotId: string }[]> {
	if (measureIds.length === 0) return [];
	const rows = await db
		.selectFrom('pilot_measure_links')
		.select(['measure_id', 'pilot_id'])
		.where('measure_id', 'in', measureIds)
		.execute();
	return rows.map((r) => ({ measureId: r.measure_id, pilotId: r.pilot_id }));
}

/** Returns whether a new link was created (false: it existed). */
export async function insertMeasureLink(
	db: Db,
	pilotId: string,
	measureId: string,
	userId: string,
	now: Date
): Promise<boolean> {
	const result = await db
		.insertInto('pilot_measure_links')
		.values({
			pilot_id: pilotId,
			measure_id: measureId,
			created_by: userId,
			created_at: now.toISOString()
		})
		.onConflict((oc) => oc.doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteMeasureLink(db: Db, pilotId: string, measureId: string) {
	const result = await db
		.deleteFrom('pilot_measure_links')
		.where('pilot_id', '=', pilotId)
		.where('measure_id', '=', measureId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
