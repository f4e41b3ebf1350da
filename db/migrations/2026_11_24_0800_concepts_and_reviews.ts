// The concept of a planning round (narrative text per chapter), its frozen versions and the review
// (decisions, comments per chapter) (issue 5). Frozen: never import app code here.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// One concept per round; created on the first edit or submission.
	await db.schema
		.createTable('concepts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) =>
			c.notNull().unique().references('planning_rounds.id').onDelete('cascade')
		)
		// entwurf | eingereicht | in_pruefung | aenderungen_erbeten | freigegeben
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('current_version_number', 'integer', (c) => c.notNull()) // 0: never submitted
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();

	// Narrative text per chapter; `version` for optimistic concurrency (+1 per save).
	await db.schema
		.createTable('concept_texts')
		.addColumn('concept_id', 'text', (c) =>
			c.notNull().references('concepts.id').onDelete('cascade')
		)
		.addColumn('chapter_key', 'text', (c) => c.notNull())
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('concept_texts_pk', ['concept_id', 'chapter_key'])
		.modifyEnd(sql`strict`)
		.execute();

	// A submitted version: the assembled model frozen as JSON. Immutable except the decision columns.
	await db.schema
		.createTable('concept_versions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('concept_id', 'text', (c) =>
			c.notNull().references('concepts.id').onDelete('cascade')
		)
		.addColumn('number', 'integer', (c) => c.notNull())
		.addColumn('model', 'text', (c) => c.notNull())
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('submitted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('submitted_at', 'text', (c) => c.notNull())
		.addColumn('decision', 'text') // null | aenderungen_erbeten | freigegeben
		.addColumn('decided_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('decided_at', 'text')
		.addColumn('decision_note', 'text')
		.addUniqueConstraint('concept_versions_number', ['concept_id', 'number'])
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('review_comments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('version_id', 'text', (c) =>
			c.notNull().references('concept_versions.id').onDelete('cascade')
		)
		.addColumn('chapter_key', 'text', (c) => c.notNull())
		.addColumn('parent_id', 'text', (c) => c.references('review_comments.id').onDelete('cascade'))
		.addColumn('author_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('body', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull()) // offen | erledigt
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('resolved_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('resolved_at', 'text')
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('review_comments_version')
		.on('review_comments')
		.columns(['version_id', 'chapter_key'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['review_comments', 'concept_versions', 'concept_texts', 'concepts']) {
		await db.schema.dropTable(table).execute();
	}
}
