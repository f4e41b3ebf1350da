// All SQL of answers. One row per (response, question key) with a JSON value and a version:
// autosave is one conditional write, conflicts are detected per answer (quality.md R3).
import type { AnswerValue } from '$lib/domain/questionnaire/types';
import type { Db } from '../db/client';

export interface StoredAnswer {
	questionKey: string;
	value: AnswerValue | null;
	version: number;
	updatedAt: Date;
	updatedById: string | null;
	/** Display name of the last writer; null if the account was deleted */
	updatedByName: string | null;
}

function answerQuery(db: Db) {
	return db
		.selectFrom('answers')
		.leftJoin('users', 'users.id', 'answers.updated_by')
		.select([
			'answers.response_id',
			'answers.question_key',
			'answers.value',
			'answers.version',
			'answers.updated_at',
			'answers.updated_by',
			'users.name as updated_by_name'
		]);
}

type AnswerRow = Awaited<ReturnType<ReturnType<typeof answerQuery>['executeTakeFirstOrThrow']>>;

function toAnswer(r: AnswerRow): StoredAnswer {
	return {
		questionKey: r.question_key,
		value: JSON.parse(r.value) as AnswerValue | null,
		version: r.version,
		updatedAt: new Date(r.updated_at),
		updatedById: r.updated_by,
		updatedByName: r.updated_by_name
	};
}

export async function findAnswer(db: Db, responseId: string, questionKey: string) {
	const row = await answerQuery(db)
		.where('answers.response_id', '=', responseId)
		.where('answers.question_key', '=', questionKey)
		.executeTakeFirst();
	return row ? toAnswer(row) : undefined;
}

export async function listAnswers(db: Db, responseId: string): Promise<StoredAnswer[]> {
	const rows = await answerQuery(db).where('answers.response_id', '=', responseId).execute();
	return rows.map(toAnswer);
}

/** Answers of many responses (progress overview, export), grouped by response id. */
export async function listAnswersOfResponses(db: Db, responseIds: string[]) {
	const map = new Map<string, StoredAnswer[]>(responseIds.map((id) => [id, []]));
	if (responseIds.length === 0) return map;
	const rows = await answerQuery(db).where('answers.response_id', 'in', responseIds).execute();
	for (const r of rows) map.get(r.response_id)?.push(toAnswer(r));
	return map;
}

export async function insertAnswer(
	db: Db,
	a: { responseId: string; questionKey: string; valueJson: string; userId: string; now: Date }
) {
	await db
		.insertInto('answers')
		.values({
			response_id: a.responseId,
			question_key: a.questionKey,
			value: a.valueJson,
			version: 1,
			updated_by: a.userId,
			updated_at: a.now.toISOString()
		})
		.execute();
}

/** Writes only if the stored version is still `expectedVersion`; returns whether it did. */
export async function updateAnswerIfVersion(
	db: Db,
	a: {
		responseId: string;
		questionKey: string;
		valueJson: string;
		userId: string;
		now: Date;
		expectedVersion: number;
	}
): Promise<boolean> {
	const result = await db
		.updateTable('answers')
		.set({
			value: a.valueJson,
			version: a.expectedVersion + 1,
			updated_by: a.userId,
			updated_at: a.now.toISOString()
		})
		.where('response_id', '=', a.responseId)
		.where('question_key', '=', a.questionKey)
		.where('version', '=', a.expectedVersion)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
