// Measures (Maßnahmenplanung) and the five-year cost plan (Kostenplanung) of a planning round (issue 5).
// Frozen: never import app code here.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// One row per decided proposal (accepted or rejected) or manually added measure.
	await db.schema
		.createTable('measures')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) =>
			c.notNull().references('planning_rounds.id').onDelete('cascade')
		)
		.addColumn('rule_key', 'text') // the proposing rule; null: added by hand
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		// infrastructure | devices | presentation | platforms | support | training | pedagogy | data_protection
		.addColumn('action_field', 'text', (c) => c.notNull())
		.addColumn('owner', 'text', (c) => c.notNull())
		.addColumn('priority', 'text', (c) => c.notNull()) // high | medium | low
		.addColumn('start_quarter', 'text') // 'YYYY-Qn'
		.addColumn('end_quarter', 'text')
		.addColumn('status', 'text', (c) => c.notNull()) // proposed | planned | in_progress | done | rejected
		.addColumn('rejection_reason', 'text')
		// the rule's reasons (one line per school), frozen when the proposal was decided
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull()) // optimistic locking: +1 per change
		// one decision per rule and round (NULLs, i.e. manual measures, never collide)
		.addUniqueConstraint('measures_round_rule', ['round_id', 'rule_key'])
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('measure_schools')
		.addColumn('measure_id', 'text', (c) =>
			c.notNull().references('measures.id').onDelete('cascade')
		)
		.addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addPrimaryKeyConstraint('measure_schools_pk', ['measure_id', 'school_id'])
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('measure_schools_school')
		.on('measure_schools')
		.column('school_id')
		.execute();

	await db.schema
		.createTable('cost_items')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('round_id', 'text', (c) =>
			c.notNull().references('planning_rounds.id').onDelete('cascade')
		)
		.addColumn('measure_id', 'text', (c) => c.references('measures.id').onDelete('set null'))
		.addColumn('school_id', 'text', (c) => c.references('organisations.id')) // null: all schools
		.addColumn('category', 'text', (c) => c.notNull())
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('quantity', 'real', (c) => c.notNull())
		.addColumn('unit_price_cents', 'integer', (c) => c.notNull()) // gross
		.addColumn('kind', 'text', (c) => c.notNull()) // investment | running
		.addColumn('useful_life_years', 'integer') // investments only
		.addColumn('first_year', 'integer', (c) => c.notNull())
		.addColumn('last_year', 'integer') // running costs: contract end; null = until the plan ends
		.addColumn('funding_source', 'text', (c) => c.notNull())
		.addColumn('funding_rate_percent', 'real', (c) => c.notNull())
		.addColumn('funded_until_year', 'integer')
		.addColumn('catalogue_item_id', 'text')
		.addColumn('source_note', 'text')
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema.createIndex('cost_items_round').on('cost_items').column('round_id').execute();
	await db.schema.createIndex('cost_items_measure').on('cost_items').column('measure_id').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['cost_items', 'measure_schools', 'measures']) {
		await db.schema.dropTable(table).execute();
	}
}
