// Rendered PDFs by the SHA-256 of (concept model JSON + rendering options): an unchanged version is
// served from here instead of being rendered again. In the database, not in process memory, so
// several app instances share it (design.md). Frozen: never import app code here.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('pdf_cache')
		.addColumn('key', 'text', (c) => c.primaryKey()) // hex SHA-256
		.addColumn('bytes', 'blob', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema.createIndex('pdf_cache_created').on('pdf_cache').column('created_at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('pdf_cache').execute();
}
