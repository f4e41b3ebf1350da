// Pilot projects (issue 6): pilots, their schools, milestones, KPIs with measurements, risks, lessons
// and the links to the concept measures they test. Frozen: never import app code here.
//
// pilot_measure_links.measure_id has NO foreign key: when this migration was written the measures
// table (issue 5) was being built in parallel, and this migration sorts before it. A later migration
// rebuilds pilot_measure_links with `references('measures.id').onDelete('cascade')` (SQLite cannot
// add a foreign key to an existing table); until then the service checks ids and deletes nothing.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('pilot_projects')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('goal', 'text', (c) => c.notNull())
		.addColumn('hypothesis', 'text')
		.addColumn('description', 'text')
		.addColumn('start_on', 'text', (c) => c.notNull()) // YYYY-MM-DD
		.addColumn('end_on', 'text', (c) => c.notNull())
		// owner: a KISA account or a name typed in (exactly one of the two is set)
		.addColumn('owner_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('owner_name', 'text')
		.addColumn('budget_planned_cents', 'integer')
		.addColumn('budget_spent_cents', 'integer')
		.addColumn('funding_source', 'text')
		.addColumn('status', 'text', (c) => c.notNull()) // geplant | laufend | abgeschlossen | abgebrochen
		.addColumn('light', 'text', (c) => c.notNull()) // im_plan | gefaehrdet | kritisch
		.addColumn('light_reason', 'text')
		.addColumn('light_assessed_on', 'text')
		.addColumn('decision', 'text') // ausrollen | anpassen | beenden | null
		.addColumn('decision_reasoning', 'text')
		.addColumn('decided_on', 'text')
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('pilot_schools')
		.addColumn('pilot_id', 'text', (c) =>
			c.notNull().references('pilot_projects.id').onDelete('cascade')
		)
		.addColumn('school_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('pilot_schools_pk', ['pilot_id', 'school_id'])
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('pilot_schools_school')
		.on('pilot_schools')
		.column('school_id')
		.execute();

	await db.schema
		.createTable('pilot_milestones')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('pilot_id', 'text', (c) =>
			c.notNull().references('pilot_projects.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('due_on', 'text', (c) => c.notNull())
		.addColumn('owner', 'text')
		.addColumn('done_on', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('pilot_milestones_pilot')
		.on('pilot_milestones')
		.column('pilot_id')
		.execute();

	await db.schema
		.createTable('pilot_kpis')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('pilot_id', 'text', (c) =>
			c.notNull().references('pilot_projects.id').onDelete('cascade')
		)
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('unit', 'text', (c) => c.notNull())
		.addColumn('baseline', 'real', (c) => c.notNull())
		.addColumn('target', 'real', (c) => c.notNull())
		.addColumn('direction', 'text', (c) => c.notNull()) // up | down
		.addColumn('created_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema.createIndex('pilot_kpis_pilot').on('pilot_kpis').column('pilot_id').execute();

	await db.schema
		.createTable('pilot_kpi_measurements')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kpi_id', 'text', (c) => c.notNull().references('pilot_kpis.id').onDelete('cascade'))
		.addColumn('measured_on', 'text', (c) => c.notNull())
		.addColumn('value', 'real', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('pilot_kpi_measurements_kpi')
		.on('pilot_kpi_measurements')
		.column('kpi_id')
		.execute();

	await db.schema
		.createTable('pilot_risks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('pilot_id', 'text', (c) =>
			c.notNull().references('pilot_projects.id').onDelete('cascade')
		)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('likelihood', 'integer', (c) => c.notNull()) // 1..3
		.addColumn('impact', 'integer', (c) => c.notNull()) // 1..3
		.addColumn('mitigation', 'text')
		.addColumn('status', 'text', (c) => c.notNull()) // offen | eingetreten | geschlossen
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema.createIndex('pilot_risks_pilot').on('pilot_risks').column('pilot_id').execute();

	await db.schema
		.createTable('pilot_lessons')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('pilot_id', 'text', (c) =>
			c.notNull().references('pilot_projects.id').onDelete('cascade')
		)
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('pilot_lessons_pilot')
		.on('pilot_lessons')
		.column('pilot_id')
		.execute();

	await db.schema
		.createTable('pilot_measure_links')
		.addColumn('pilot_id', 'text', (c) =>
			c.notNull().references('pilot_projects.id').onDelete('cascade')
		)
		.addColumn('measure_id', 'text', (c) => c.notNull()) // FK added later, see the header
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('pilot_measure_links_pk', ['pilot_id', 'measure_id'])
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('pilot_measure_links_measure')
		.on('pilot_measure_links')
		.column('measure_id')
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'pilot_measure_links',
		'pilot_lessons',
		'pilot_risks',
		'pilot_kpi_measurements',
		'pilot_kpis',
		'pilot_milestones',
		'pilot_schools',
		'pilot_projects'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
