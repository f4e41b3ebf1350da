// Issue 10 (5): results of the teacher survey come only from a snapshot, never from the live responses,
// so that two views or exports can never differ by one response (differencing). A snapshot is taken at
// most once a day and only when at least 5 responses arrived since the previous one (the rule is in
// src/lib/domain/survey/release.ts). Frozen: never import app code here.
//
// survey_snapshots: the latest snapshot of a wave (day and size). survey_snapshot_responses: which
// responses it includes (a response, once included, stays included). No time of day anywhere.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('survey_snapshots')
		.addColumn('wave_id', 'text', (c) =>
			c.primaryKey().references('survey_waves.id').onDelete('cascade')
		)
		.addColumn('taken_on', 'text', (c) => c.notNull()) // YYYY-MM-DD (Europe/Berlin)
		.addColumn('response_count', 'integer', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createTable('survey_snapshot_responses')
		.addColumn('teacher_response_id', 'text', (c) =>
			c.primaryKey().references('teacher_responses.id').onDelete('cascade')
		)
		.addColumn('wave_id', 'text', (c) =>
			c.notNull().references('survey_waves.id').onDelete('cascade')
		)
		.modifyEnd(sql`strict, without rowid`)
		.execute();
	await db.schema
		.createIndex('survey_snapshot_responses_wave')
		.on('survey_snapshot_responses')
		.column('wave_id')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('survey_snapshot_responses').execute();
	await db.schema.dropTable('survey_snapshots').execute();
}
