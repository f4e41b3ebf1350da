// All SQL of the teacher survey: waves, anonymous responses and answers. Never decides access.
// Teacher rows carry no user, address, user agent or time of day (see the migration).
import type { RoundStatus } from '$lib/domain/rounds';
import { isRoundStatus } from '$lib/domain/rounds';
import type { OrganisationKind, SchoolType } from '$lib/domain/roles';
import type { Db } from '../db/client';

export type WaveStatus = 'offen' | 'geschlossen';

export interface Wave {
	id: string;
	roundId: string;
	schoolId: string;
	versionId: string;
	code: string;
	status: WaveStatus;
	freeTextVisible: boolean;
	/** YYYY-MM-DD */
	openedOn: string;
	closedOn: string | null;
}

const waveColumns = [
	'id',
	'round_id',
	'school_id',
	'version_id',
	'code',
	'status',
	'free_text_visible',
	'opened_on',
	'closed_on'
] as const;

function toWave(r: {
	id: string;
	round_id: string;
	school_id: string;
	version_id: string;
	code: string;
	status: string;
	free_text_visible: number;
	opened_on: string;
	closed_on: string | null;
}): Wave {
	return {
		id: r.id,
		roundId: r.round_id,
		schoolId: r.school_id,
		versionId: r.version_id,
		code: r.code,
		status: r.status === 'offen' ? 'offen' : 'geschlossen',
		freeTextVisible: r.free_text_visible === 1,
		openedOn: r.opened_on,
		closedOn: r.closed_on
	};
}

export async function findWave(db: Db, roundId: string, schoolId: string) {
	const row = await db
		.selectFrom('survey_waves')
		.select(waveColumns)
		.where('round_id', '=', roundId)
		.where('school_id', '=', schoolId)
		.executeTakeFirst();
	return row ? toWave(row) : undefined;
}

export async function listWavesOfRound(db: Db, roundId: string): Promise<Wave[]> {
	const rows = await db
		.selectFrom('survey_waves')
		.select(waveColumns)
		.where('round_id', '=', roundId)
		.execute();
	return rows.map(toWave);
}

export async function insertWave(db: Db, w: Wave): Promise<void> {
	await db
		.insertInto('survey_waves')
		.values({
			id: w.id,
			round_id: w.roundId,
			school_id: w.schoolId,
			version_id: w.versionId,
			code: w.code,
			status: w.status,
			free_text_visible: w.freeTextVisible ? 1 : 0,
			opened_on: w.openedOn,
			closed_on: w.closedOn
		})
		.execute();
}

export async function updateWave(
	db: Db,
	id: string,
	patch: {
		status?: WaveStatus;
		closedOn?: string | null;
		code?: string;
		freeTextVisible?: boolean;
		openedOn?: string;
	}
): Promise<void> {
	await db
		.updateTable('survey_waves')
		.set({
			...(patch.status !== undefined ? { status: patch.status } : {}),
			...(patch.closedOn !== undefined ? { closed_on: patch.closedOn } : {}),
			...(patch.openedOn !== undefined ? { opened_on: patch.openedOn } : {}),
			...(patch.code !== undefined ? { code: patch.code } : {}),
			...(patch.freeTextVisible !== undefined
				? { free_text_visible: patch.freeTextVisible ? 1 : 0 }
				: {})
		})
		.where('id', '=', id)
		.execute();
}

export async function isCodeTaken(db: Db, code: string): Promise<boolean> {
	const row = await db
		.selectFrom('survey_waves')
		.select('id')
		.where('code', '=', code)
		.executeTakeFirst();
	return row !== undefined;
}

export interface SchoolRef {
	id: string;
	kind: OrganisationKind;
	parentId: string | null;
	name: string;
	schoolType: SchoolType | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
}

export async function findSchool(db: Db, id: string): Promise<SchoolRef | undefined> {
	const r = await db
		.selectFrom('organisations')
		.select(['id', 'kind', 'parent_id', 'name', 'school_type', 'pupils', 'classes', 'teachers'])
		.where('id', '=', id)
		.executeTakeFirst();
	if (!r) return undefined;
	return {
		id: r.id,
		kind: r.kind as OrganisationKind,
		parentId: r.parent_id,
		name: r.name,
		schoolType: (r.school_type as SchoolType | null) ?? null,
		pupils: r.pupils,
		classes: r.classes,
		teachers: r.teachers
	};
}

export interface WaveContext {
	wave: Wave;
	roundTitle: string;
	roundStatus: RoundStatus;
	schoolName: string;
}

/** A wave by its code with what the public survey page shows (round title, school name). */
export async function findWaveContextByCode(
	db: Db,
	code: string
): Promise<WaveContext | undefined> {
	const row = await db
		.selectFrom('survey_waves')
		.innerJoin('planning_rounds', 'planning_rounds.id', 'survey_waves.round_id')
		.innerJoin('organisations', 'organisations.id', 'survey_waves.school_id')
		.select([
			'survey_waves.id',
			'survey_waves.round_id',
			'survey_waves.school_id',
			'survey_waves.version_id',
			'survey_waves.code',
			'survey_waves.status',
			'survey_waves.free_text_visible',
			'survey_waves.opened_on',
			'survey_waves.closed_on',
			'planning_rounds.title as round_title',
			'planning_rounds.status as round_status',
			'organisations.name as school_name'
		])
		.where('survey_waves.code', '=', code)
		.executeTakeFirst();
	if (!row) return undefined;
	return {
		wave: toWave(row),
		roundTitle: row.round_title,
		roundStatus: isRoundStatus(row.round_status) ? row.round_status : 'abgeschlossen',
		schoolName: row.school_name
	};
}
