// Planning rounds, frozen questionnaire versions, responses and answers (issue 3).
// Frozen: never import app code here.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// Immutable once written: the repository offers insert and read only.
	await db.schema
		.createTable('questionnaire_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('questionnaire_key', 'text', (c) => c.notNull()) // e.g. school-lead
		.addColumn('version', 'integer', (c) => c.notNull()) // 1, 2, … per key
		.addColumn('audience', 'text', (c) => c.notNull()) // school_lead | it_staff | operator | teacher
		.addColumn('definition', 'text', (c) => c.notNull()) // JSON QuestionnaireDefinition
		.addColumn('content_hash', 'text', (c) => c.notNull()) // hex SHA-256 of the canonical JSON
		.addColumn('published_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('questionnaire_versions_key_version', ['questionnaire_key', 'version'])
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('planning_rounds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('operator_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('period_start', 'integer', (c) => c.notNull()) // year
		.addColumn('period_end', 'integer', (c) => c.notNull()) // year
		// einrichtung | bedarfserhebung | auswertung | massnahmen | kosten | konzept | pruefung | abgeschlossen
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('planning_rounds_operator')
		.on('planning_rounds')
		.column('operator_id')
		.execute();

	await db.schema
		.createTable('round_schools')
		.addColumn('round_id', 'text', (c) =>
			c.notNull().references('planning_rounds.id').onDelete('cascade')
		)
		.addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addPrimaryKeyConstraint('round_schools_pk', ['round_id', 'school_id'])
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('round_questionnaires')
		.addColumn('round_id', 'text', (c) =>
			c.notNull().references('planning_rounds.id').onDelete('cascade')
		)
		.addColumn('audience', 'text', (c) => c.notNull())
		.addColumn('version_id', 'text', (c) => c.notNull().references('questionnaire_versions.id'))
		.addPrimaryKeyConstraint('round_questionnaires_pk', ['round_id', 'audience'])
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('responses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) =>
			c.notNull().references('planning_rounds.id').onDelete('cascade')
		)
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('audience', 'text', (c) => c.notNull()) // school_lead | it_staff | operator
		.addColumn('version_id', 'text', (c) => c.notNull().references('questionnaire_versions.id'))
		.addColumn('status', 'text', (c) => c.notNull()) // offen | abgeschlossen
		.addColumn('section_completion', 'text', (c) => c.notNull().defaultTo('[]')) // JSON string[]
		.addColumn('submitted_at', 'text')
		.addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addUniqueConstraint('responses_round_org_audience', [
			'round_id',
			'organisation_id',
			'audience'
		])
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('responses_organisation')
		.on('responses')
		.column('organisation_id')
		.execute();

	// One row per answer: autosave is a single upsert and conflicts are detected per answer (R3).
	await db.schema
		.createTable('answers')
		.addColumn('response_id', 'text', (c) =>
			c.notNull().references('responses.id').onDelete('cascade')
		)
		.addColumn('question_key', 'text', (c) => c.notNull())
		.addColumn('value', 'text', (c) => c.notNull()) // JSON AnswerValue or null
		.addColumn('version', 'integer', (c) => c.notNull()) // 1 on first save, +1 per change
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('answers_pk', ['response_id', 'question_key'])
		.modifyEnd(sql`strict`)
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'answers',
		'responses',
		'round_questionnaires',
		'round_schools',
		'planning_rounds',
		'questionnaire_versions'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
