// SQL of measures: rows of `measures` with their schools (`measure_schools`), mapped to MeasureRecord
// (without the cost sums, which the service adds from the cost items).
import type { Selectable } from 'kysely';
import { type MeasureStatus, type Quarter, isQuarter } from '$lib/domain/measures/measure';
import { splitReasons, type MeasureRecord } from '$lib/domain/measures/planning';
import type { ActionField, Priority } from '$lib/domain/measures/types';
import type { Db } from '../db/client';
import type { MeasuresTable } from '../db/schema';

type Row = Selectable<MeasuresTable> & { created_by_name: string | null };

export type MeasureBase = Omit<MeasureRecord, 'investment' | 'runningPerYear'>;

function quarter(value: string | null): Quarter | null {
	return isQuarter(value) ? value : null;
}

function toMeasure(row: Row, schoolIds: string[]): MeasureBase {
	return {
		id: row.id,
		roundId: row.round_id,
		ruleId: row.rule_key,
		title: row.title,
		description: row.description,
		actionField: row.action_field as ActionField,
		schoolIds,
		owner: row.owner,
		priority: row.priority as Priority,
		startQuarter: quarter(row.start_quarter),
		endQuarter: quarter(row.end_quarter),
		status: row.status as MeasureStatus,
		rejectionReason: row.rejection_reason,
		reasons: splitReasons(row.reason),
		version: row.version,
		createdAt: new Date(row.created_at),
		updatedAt: new Date(row.updated_at),
		createdByName: row.created_by_name
	};
}

function baseQuery(db: Db) {
	return db
		.selectFrom('measures')
		.leftJoin('users', 'users.id', 'measures.created_by')
		.selectAll('measures')
		.select('users.name as created_by_name');
}

async function schoolsOf(db: Db, measureIds: string[]): Promise<Map<string, string[]>> {
	const result = new Map<string, string[]>(measureIds.map((id) => [id, []]));
	if (measureIds.length === 0) return result;
	const rows = await db
		.selectFrom('measure_schools')
		.innerJoin('organisations', 'organisations.id', 'measure_schools.school_id')
		.select(['measure_schools.measure_id', 'measure_schools.school_id'])
		.where('measure_schools.measure_id', 'in', measureIds)
		.orderBy('organisations.name')
		.execute();
	for (const r of rows) result.get(r.measure_id)?.push(r.school_id);
	return result;
}

/** All measures of a round, in the order they were decided or added. */
export async function listMeasures(db: Db, roundId: string): Promise<MeasureBase[]> {
	const rows = await baseQuery(db)
		.where('measures.round_id', '=', roundId)
		.orderBy('measures.created_at')
		.orderBy('measures.id')
		.execute();
	const schools = await schoolsOf(
		db,
		rows.map((r) => r.id)
	);
	return rows.map((r) => toMeasure(r, schools.get(r.id) ?? []));
}

export async function findMeasure(db: Db, id: string): Promise<MeasureBase | undefined> {
	const row = await baseQuery(db).where('measures.id', '=', id).executeTakeFirst();
	if (!row) return undefined;
	return toMeasure(row, (await schoolsOf(db, [row.id])).get(row.id) ?? []);
}

/** Rule keys that already have a decision (accepted or rejected) in the round. */
export async function decidedRuleKeys(db: Db, roundId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('measures')
		.select('rule_key')
		.where('round_id', '=', roundId)
		.where('rule_key', 'is not', null)
		.execute();
	return new Set(rows.map((r) => r.rule_key as string));
}

export interface MeasureFields {
	title: string;
	description: string;
	actionField: ActionField;
	owner: string;
	priority: Priority;
	startQuarter: Quarter | null;
	endQuarter: Quarter | null;
	status: MeasureStatus;
	rejectionReason: string | null;
}

export async function insertMeasure(
	db: Db,
	m: MeasureFields & {
		id: string;
		roundId: string;
		ruleKey: string | null;
		reason: string;
		schoolIds: readonly string[];
		createdBy: string;
	},
	now: Date
): Promise<void> {
	const at = now.toISOString();
	await db
		.insertInto('measures')
		.values({
			id: m.id,
			round_id: m.roundId,
			rule_key: m.ruleKey,
			title: m.title,
			description: m.description,
			action_field: m.actionField,
			owner: m.owner,
			priority: m.priority,
			start_quarter: m.startQuarter,
			end_quarter: m.endQuarter,
			status: m.status,
			rejection_reason: m.rejectionReason,
			reason: m.reason,
			created_by: m.createdBy,
			created_at: at,
			updated_at: at,
			version: 1
		})
		.execute();
	await replaceSchools(db, m.id, m.schoolIds);
}

/** Updates when the version still matches; false: someone else changed it meanwhile. */
export async function updateMeasure(
	db: Db,
	id: string,
	expectedVersion: number,
	m: MeasureFields,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('measures')
		.set((eb) => ({
			title: m.title,
			description: m.description,
			action_field: m.actionField,
			owner: m.owner,
			priority: m.priority,
			start_quarter: m.startQuarter,
			end_quarter: m.endQuarter,
			status: m.status,
			rejection_reason: m.rejectionReason,
			updated_at: now.toISOString(),
			version: eb('version', '+', 1)
		}))
		.where('id', '=', id)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function replaceSchools(
	db: Db,
	measureId: string,
	schoolIds: readonly string[]
): Promise<void> {
	await db.deleteFrom('measure_schools').where('measure_id', '=', measureId).execute();
	const unique = [...new Set(schoolIds)];
	if (unique.length > 0)
		await db
			.insertInto('measure_schools')
			.values(unique.map((school_id) => ({ measure_id: measureId, school_id })))
			.execute();
}
