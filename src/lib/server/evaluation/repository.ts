// SQL behind the evaluation: the schools of a round with their master data, and the school lead's and
// IT staff's answers of the round per school (read-only; the tables belong to rounds/responses).
import type { AnswerValue } from '$lib/domain/questionnaire/types';
import type { SchoolType } from '$lib/domain/roles';
import type { ResponseStatus } from '$lib/domain/rounds';
import type { Db } from '../db/client';

export interface RoundSchool {
	id: string;
	parentId: string | null;
	name: string;
	schoolNumber: string | null;
	schoolType: SchoolType | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
}

export async function listRoundSchools(db: Db, roundId: string): Promise<RoundSchool[]> {
	const rows = await db
		.selectFrom('round_schools')
		.innerJoin('organisations', 'organisations.id', 'round_schools.school_id')
		.select([
			'organisations.id',
			'organisations.parent_id',
			'organisations.name',
			'organisations.school_number',
			'organisations.school_type',
			'organisations.pupils',
			'organisations.classes',
			'organisations.teachers'
		])
		.where('round_schools.round_id', '=', roundId)
		.orderBy('organisations.name')
		.orderBy('organisations.id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		parentId: r.parent_id,
		name: r.name,
		schoolNumber: r.school_number,
		schoolType: (r.school_type as SchoolType | null) ?? null,
		pupils: r.pupils,
		classes: r.classes,
		teachers: r.teachers
	}));
}

export interface SchoolAnswers {
	schoolLead: Record<string, AnswerValue | null>;
	itStaff: Record<string, AnswerValue | null>;
	status: { schoolLead: ResponseStatus | null; itStaff: ResponseStatus | null };
}

function emptyAnswers(): SchoolAnswers {
	return { schoolLead: {}, itStaff: {}, status: { schoolLead: null, itStaff: null } };
}

/** The school lead's and IT staff's answers of a round, by school id (restricted to `schoolIds`). */
export async function listSchoolAnswers(
	db: Db,
	roundId: string,
	schoolIds: string[]
): Promise<Map<string, SchoolAnswers>> {
	const result = new Map<string, SchoolAnswers>(schoolIds.map((id) => [id, emptyAnswers()]));
	if (schoolIds.length === 0) return result;
	const responses = await db
		.selectFrom('responses')
		.select(['id', 'organisation_id', 'audience', 'status'])
		.where('round_id', '=', roundId)
		.where('audience', 'in', ['school_lead', 'it_staff'])
		.where('organisation_id', 'in', schoolIds)
		.execute();
	const byResponse = new Map<string, { schoolId: string; audience: string }>();
	for (const r of responses) {
		byResponse.set(r.id, { schoolId: r.organisation_id, audience: r.audience });
		const entry = result.get(r.organisation_id);
		const status: ResponseStatus = r.status === 'abgeschlossen' ? 'abgeschlossen' : 'offen';
		if (entry && r.audience === 'school_lead') entry.status.schoolLead = status;
		if (entry && r.audience === 'it_staff') entry.status.itStaff = status;
	}
	if (byResponse.size === 0) return result;
	const answers = await db
		.selectFrom('answers')
		.select(['response_id', 'question_key', 'value'])
		.where('response_id', 'in', [...byResponse.keys()])
		.execute();
	for (const a of answers) {
		const owner = byResponse.get(a.response_id);
		const entry = owner ? result.get(owner.schoolId) : undefined;
		if (!owner || !entry) continue;
		const target = owner.audience === 'school_lead' ? entry.schoolLead : entry.itStaff;
		target[a.question_key] = JSON.parse(a.value) as AnswerValue | null;
	}
	return result;
}

/** The Schulträger's answers of a round (its operator questionnaire); empty when not started. */
export async function listOperatorAnswers(
	db: Db,
	roundId: string
): Promise<Record<string, AnswerValue | null>> {
	const result: Record<string, AnswerValue | null> = {};
	const responses = await db
		.selectFrom('responses')
		.select('id')
		.where('round_id', '=', roundId)
		.where('audience', '=', 'operator')
		.execute();
	if (responses.length === 0) return result;
	const answers = await db
		.selectFrom('answers')
		.select(['question_key', 'value'])
		.where(
			'response_id',
			'in',
			responses.map((r) => r.id)
		)
		.execute();
	for (const a of answers) result[a.question_key] = JSON.parse(a.value) as AnswerValue | null;
	return result;
}
