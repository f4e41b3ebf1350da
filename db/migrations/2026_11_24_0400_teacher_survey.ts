// Anonymous teacher survey (issue 4): survey waves per school in a round, teacher responses and their
// answers, and the code-guessing throttle. Frozen: never import app code here.
//
// Anonymous by construction: teacher_responses hold no user, no IP address, no user agent and no
// time finer than the day. Both answer tables are WITHOUT ROWID, so rows are stored in the order of
// their random UUID keys and not in the order they were submitted.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('survey_waves')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) =>
			c.notNull().references('planning_rounds.id').onDelete('cascade')
		)
		.addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('version_id', 'text', (c) => c.notNull().references('questionnaire_versions.id'))
		// The participation code in clear: a shared access code for a whole staff room (printed on a
		// sheet that must be re-printable), not a credential of a person; see docs/decisions.md.
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('status', 'text', (c) => c.notNull()) // offen | geschlossen
		.addColumn('free_text_visible', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('opened_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
		.addColumn('closed_on', 'text') // YYYY-MM-DD
		.addUniqueConstraint('survey_waves_round_school', ['round_id', 'school_id'])
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('teacher_responses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('wave_id', 'text', (c) =>
			c.notNull().references('survey_waves.id').onDelete('cascade')
		)
		.addColumn('submitted_on', 'text', (c) => c.notNull()) // YYYY-MM-DD, never a time of day
		.modifyEnd(sql`strict, without rowid`)
		.execute();
	await db.schema
		.createIndex('teacher_responses_wave')
		.on('teacher_responses')
		.column('wave_id')
		.execute();

	await db.schema
		.createTable('teacher_answers')
		.addColumn('teacher_response_id', 'text', (c) =>
			c.notNull().references('teacher_responses.id').onDelete('cascade')
		)
		.addColumn('question_key', 'text', (c) => c.notNull())
		.addColumn('value', 'text', (c) => c.notNull()) // JSON AnswerValue
		.addPrimaryKeyConstraint('teacher_answers_pk', ['teacher_response_id', 'question_key'])
		.modifyEnd(sql`strict, without rowid`)
		.execute();

	// Failed code entries per client, keyed by a keyed hash of the client address with a salt that
	// rotates daily (survey_throttle_salts): nothing here says who guessed. Times: unix milliseconds.
	await db.schema
		.createTable('survey_code_throttles')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'integer', (c) => c.notNull())
		.addColumn('blocked_until', 'integer', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('survey_throttle_salts')
		.addColumn('day', 'text', (c) => c.primaryKey()) // YYYY-MM-DD (UTC)
		.addColumn('salt', 'text', (c) => c.notNull()) // hex, 32 random bytes
		.modifyEnd(sql`strict`)
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'survey_throttle_salts',
		'survey_code_throttles',
		'teacher_answers',
		'teacher_responses',
		'survey_waves'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
