// All SQL of planning rounds: rounds, their schools and questionnaire versions, the responses they
// create, and the reads behind the progress overview. Never decides access (the service does).
import { isRoundStatus, type Round, type RoundStatus } from '$lib/domain/rounds';
import type { Db } from '../db/client';

const roundColumns = [
	'planning_rounds.id',
	'planning_rounds.operator_id',
	'organisations.name as operator_name',
	'planning_rounds.title',
	'planning_rounds.period_start',
	'planning_rounds.period_end',
	'planning_rounds.status',
	'planning_rounds.created_at',
	'planning_rounds.updated_at'
] as const;

interface RoundRow {
	id: string;
	operator_id: string;
	operator_name: string;
	title: string;
	period_start: number;
	period_end: number;
	status: string;
	created_at: string;
	updated_at: string;
}

function toRound(row: RoundRow): Round {
	return {
		id: row.id,
		operatorId: row.operator_id,
		operatorName: row.operator_name,
		title: row.title,
		periodStart: row.period_start,
		periodEnd: row.period_end,
		status: isRoundStatus(row.status) ? row.status : 'einrichtung',
		createdAt: new Date(row.created_at),
		updatedAt: new Date(row.updated_at)
	};
}

function roundQuery(db: Db) {
	return db
		.selectFrom('planning_rounds')
		.innerJoin('organisations', 'organisations.id', 'planning_rounds.operator_id')
		.select(roundColumns);
}

export async function findRound(db: Db, id: string): Promise<Round | undefined> {
	const row = await roundQuery(db).where('planning_rounds.id', '=', id).executeTakeFirst();
	return row ? toRound(row) : undefined;
}

/** Rounds of the given Schulträger ('all' for every one), newest first. */
export async function listRounds(db: Db, operatorIds: 'all' | string[]): Promise<Round[]> {
	if (operatorIds !== 'all' && operatorIds.length === 0) return [];
	let query = roundQuery(db);
	if (operatorIds !== 'all') query = query.where('planning_rounds.operator_id', 'in', operatorIds);
	const rows = await query
		.orderBy('planning_rounds.created_at', 'desc')
		.orderBy('planning_rounds.id')
		.execute();
	return rows.map(toRound);
}

export async function insertRound(
	db: Db,
	r: {
		id: string;
		operatorId: string;
		title: string;
		periodStart: number;
		periodEnd: number;
		status: RoundStatus;
		createdBy: string;
		now: Date;
	}
) {
	await db
		.insertInto('planning_rounds')
		.values({
			id: r.id,
			operator_id: r.operatorId,
			title: r.title,
			period_start: r.periodStart,
			period_end: r.periodEnd,
			status: r.status,
			created_by: r.createdBy,
			created_at: r.now.toISOString(),
			updated_at: r.now.toISOString()
		})
		.execute();
}

export async function insertRoundSchools(db: Db, roundId: string, schoolIds: string[]) {
	if (schoolIds.length === 0) return;
	await db
		.insertInto('round_schools')
		.values(schoolIds.map((schoolId) => ({ round_id: roundId, school_id: schoolId })))
		.execute();
}

export async function insertRoundQuestionnaires(
	db: Db,
	roundId: string,
	items: { audience: string; versionId: string }[]
) {
	await db
		.insertInto('round_questionnaires')
		.values(
			items.map((i) => ({ round_id: roundId, audience: i.audience, version_id: i.versionId }))
		)
		.execute();
}

export async function insertResponses(
	db: Db,
	rows: {
		id: string;
		roundId: string;
		organisationId: string;
		audience: string;
		versionId: string;
	}[]
) {
	if (rows.length === 0) return;
	await db
		.insertInto('responses')
		.values(
			rows.map((r) => ({
				id: r.id,
				round_id: r.roundId,
				organisation_id: r.organisationId,
				audience: r.audience,
				version_id: r.versionId,
				status: 'offen'
			}))
		)
		.execute();
}

export async function updateRoundStatus(db: Db, id: string, status: RoundStatus, now: Date) {
	await db
		.updateTable('planning_rounds')
		.set({ status, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}

/** School ids per round, for the given rounds. */
export async function listRoundSchoolIds(
	db: Db,
	roundIds: string[]
): Promise<Map<string, string[]>> {
	const map = new Map<string, string[]>(roundIds.map((id) => [id, []]));
	if (roundIds.length === 0) return map;
	const rows = await db
		.selectFrom('round_schools')
		.select(['round_id', 'school_id'])
		.where('round_id', 'in', roundIds)
		.execute();
	for (const r of rows) map.get(r.round_id)?.push(r.school_id);
	return map;
}

export async function listRoundQuestionnaires(db: Db, roundId: string) {
	const rows = await db
		.selectFrom('round_questionnaires')
		.select(['audience', 'version_id'])
		.where('round_id', '=', roundId)
		.execute();
	return rows.map((r) => ({ audience: r.audience, versionId: r.version_id }));
}
