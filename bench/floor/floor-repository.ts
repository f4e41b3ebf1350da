// The benchmark floor (quality.md): the same answer upsert as autosave, with no session,
// authorization, validation or audit. Only in the benchmark's build (see hooks.server.ts here).
import type { Db } from '../../src/lib/server/db/client';

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
