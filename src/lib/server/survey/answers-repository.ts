// SQL of anonymous teacher responses and answers: one insert per submission, reads for aggregation.
// No row holds a user, an address, a user agent or a time of day (see the migration).
import type { AnswerValue, Answers } from '$lib/domain/questionnaire/types';
import type { SnapshotState } from '$lib/domain/survey/release';
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

/** The latest snapshot of each wave that has one. */
export async function findSnapshots(
	db: Db,
	waveIds: string[]
): Promise<Map<string, SnapshotState>> {
	const result = new Map<string, SnapshotState>();
	if (waveIds.length === 0) return result;
	const rows = await db
		.selectFrom('survey_snapshots')
		.select(['wave_id', 'taken_on', 'response_count'])
		.where('wave_id', 'in', waveIds)
		.execute();
	for (const r of rows)
		result.set(r.wave_id, { takenOn: r.taken_on, responseCount: r.response_count });
	return result;
}

/**
 * Takes a snapshot of the wave: every response received so far is included from now on (call inside
 * a transaction, after checking the rule). Returns the new snapshot.
 */
export async function takeSnapshot(
	db: Db,
	waveId: string,
	takenOn: string
): Promise<SnapshotState> {
	const missing = await db
		.selectFrom('teacher_responses')
		.leftJoin(
			'survey_snapshot_responses',
			'survey_snapshot_responses.teacher_response_id',
			'teacher_responses.id'
		)
		.select('teacher_responses.id')
		.where('teacher_responses.wave_id', '=', waveId)
		.where('survey_snapshot_responses.teacher_response_id', 'is', null)
		.execute();
	if (missing.length > 0) {
		await db
			.insertInto('survey_snapshot_responses')
			.values(missing.map((r) => ({ teacher_response_id: r.id, wave_id: waveId })))
			.onConflict((oc) => oc.column('teacher_response_id').doNothing())
			.execute();
	}
	const included = await db
		.selectFrom('survey_snapshot_responses')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('wave_id', '=', waveId)
		.executeTakeFirstOrThrow();
	const state = { takenOn, responseCount: Number(included.n) };
	await db
		.insertInto('survey_snapshots')
		.values({ wave_id: waveId, taken_on: takenOn, response_count: state.responseCount })
		.onConflict((oc) =>
			oc.column('wave_id').doUpdateSet({ taken_on: takenOn, response_count: state.responseCount })
		)
		.execute();
	return state;
}

/**
 * The answers of every response in the snapshots of the given waves, grouped per wave (one Answers
 * per response). Responses received after the snapshot are not read at all.
 */
export async function listSnapshotAnswers(
	db: Db,
	waveIds: string[]
): Promise<Map<string, Answers[]>> {
	const result = new Map<string, Answers[]>(waveIds.map((id) => [id, []]));
	if (waveIds.length === 0) return result;
	const rows = await db
		.selectFrom('teacher_answers')
		.innerJoin(
			'survey_snapshot_responses',
			'survey_snapshot_responses.teacher_response_id',
			'teacher_answers.teacher_response_id'
		)
		.select([
			'survey_snapshot_responses.wave_id',
			'teacher_answers.teacher_response_id as response_id',
			'teacher_answers.question_key',
			'teacher_answers.value'
		])
		.where('survey_snapshot_responses.wave_id', 'in', waveIds)
		.orderBy('teacher_answers.teacher_response_id')
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
	const snapshots = await findSnapshots(db, waveIds);
	for (const [waveId, snapshot] of snapshots) {
		const list = result.get(waveId) ?? [];
		while (list.length < snapshot.responseCount) list.push({});
	}
	return result;
}
