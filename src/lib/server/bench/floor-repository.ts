// The benchmark floor (quality.md): the same answer upsert as autosave, with no session,
// authorization, validation or audit. Only reachable when BENCH_FLOOR=1 (see the route).
import type { Db } from '../db/client';

export async function upsertAnswerUnchecked(
	db: Db,
	responseId: string,
	questionKey: string,
	valueJson: string
): Promise<void> {
	const now = new Date().toISOString();
	await db
		.insertInto('answers')
		.values({
			response_id: responseId,
			question_key: questionKey,
			value: valueJson,
			version: 1,
			updated_by: null,
			updated_at: now
		})
		.onConflict((oc) =>
			oc.columns(['response_id', 'question_key']).doUpdateSet((eb) => ({
				value: valueJson,
				version: eb('answers.version', '+', 1),
				updated_at: now
			}))
		)
		.execute();
}
