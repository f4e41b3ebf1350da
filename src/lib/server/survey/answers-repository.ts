// SQL of anonymous teacher responses and answers: one insert per submission, reads for aggregation.
// No row holds a user, an address, a user agent or a time of day (see the migration).
import type { AnswerValue, Answers } from '$lib/domain/questionnaire/types';
import type { Db } from '../db/client';

/** Number of teacher responses per wave (0 for waves without any). */
export async function countResponses(db: Db, waveIds: string[]): Promise<Map<string, number>> {
	const counts = new Map<string, number>(waveIds.map((id) => [id, 0]));
	if (waveIds.length === 0) return counts;
	const rows = await db
		.selectFrom('teacher_responses')
		.select(['wave_id', (eb) => eb.fn.countAll<number>().as('n')])
		.where('wave_id', 'in', waveIds)
		.groupBy('wave_id')
		.execute();
	for (const r of rows) counts.set(r.wave_id, Number(r.n));
	return counts;
}

export async function responseExists(db: Db, id: string): Promise<boolean> {
	const row = await db
		.selectFrom('teacher_responses')
		.select('id')
		.where('id', '=', id)
		.executeTakeFirst();
	return row !== undefined;
}

/** One anonymous response with its answers (call inside a transaction). */
export async function insertTeacherResponse(
	db: Db,
	response: { id: string; waveId: string; submittedOn: string },
	answers: Record<string, AnswerValue>
): Promise<void> {
	await db
		.insertInto('teacher_responses')
		.values({ id: response.id, wave_id: response.waveId, submitted_on: response.submittedOn })
		.execute();
	const rows = Object.entries(answers).map(([key, value]) => ({
		teacher_response_id: response.id,
		question_key: key,
		value: JSON.stringify(value)
	}));
	if (rows.length > 0) await db.insertInto('teacher_answers').values(rows).execute();
}

/** The answers of every response of the given waves, grouped per wave (one Answers per response). */
export async function listTeacherAnswers(
	db: Db,
	waveIds: string[]
): Promise<Map<string, Answers[]>> {
	const result = new Map<string, Answers[]>(waveIds.map((id) => [id, []]));
	if (waveIds.length === 0) return result;
	const rows = await db
		.selectFrom('teacher_answers')
		.innerJoin('teacher_responses', 'teacher_responses.id', 'teacher_answers.teacher_response_id')
		.select([
			'teacher_responses.wave_id',
			'teacher_responses.id as response_id',
			'teacher_answers.question_key',
			'teacher_answers.value'
		])
		.where('teacher_responses.wave_id', 'in', waveIds)
		.orderBy('teacher_responses.id')
		.execute();
	const byResponse = new Map<string, { waveId: string; answers: Record<string, AnswerValue> }>();
	for (const r of rows) {
		let entry = byResponse.get(r.response_id);
		if (!entry) {
			entry = { waveId: r.wave_id, answers: {} };
			byResponse.set(r.response_id, entry);
		}
		entry.answers[r.question_key] = JSON.parse(r.value) as AnswerValue;
	}
	for (const { waveId, answers } of byResponse.values()) result.get(waveId)?.push(answers);
	// responses without any answer still count as responses
	const counts = await countResponses(db, waveIds);
	for (const [waveId, n] of counts) {
		const list = result.get(waveId) ?? [];
		while (list.length < n) list.push({});
	}
	return result;
}
