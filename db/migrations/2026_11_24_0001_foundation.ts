// Foundation tables: organisations, users, memberships, assignments, sessions, invitations,
// login throttling and the audit log. Frozen: never import app code here.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('organisations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull()) // kisa | operator | school
		.addColumn('parent_id', 'text', (c) => c.references('organisations.id'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('operator_type', 'text') // gemeinde | landkreis | frei (operators only)
		.addColumn('municipality_key', 'text') // amtlicher Gemeindeschlüssel (operators only)
		.addColumn('school_number', 'text') // Schulnummer (schools only)
		.addColumn('school_type', 'text') // GS | OS | GY | FOES | BSZ (schools only)
		.addColumn('street', 'text')
		.addColumn('postal_code', 'text')
		.addColumn('city', 'text')
		.addColumn('pupils', 'integer')
		.addColumn('classes', 'integer')
		.addColumn('teachers', 'integer')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('organisations_parent')
		.on('organisations')
		.column('parent_id')
		.execute();

	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique()) // stored lower-case
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('password_hash', 'text', (c) => c.notNull())
		.addColumn('is_active', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();

	await db.schema
		.createTable('memberships')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('role', 'text', (c) => c.notNull()) // admin | consultant | operator | school_lead | it_staff
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('memberships_unique', ['user_id', 'organisation_id', 'role'])
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('memberships_org')
		.on('memberships')
		.column('organisation_id')
		.execute();

	await db.schema
		.createTable('consultant_assignments')
		.addColumn('consultant_id', 'text', (c) =>
			c.notNull().references('users.id').onDelete('cascade')
		)
		.addColumn('operator_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addPrimaryKeyConstraint('consultant_assignments_pk', ['consultant_id', 'operator_id'])
		.modifyEnd(sql`strict`)
		.execute();

	// Sessions follow the Lucia guide: id + SHA-256 of the secret. Times are unix milliseconds
	// (integers) because they are compared on every request.
	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('secret_hash', 'blob', (c) => c.notNull())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('last_active_at', 'integer', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('invitations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique()) // hex SHA-256 of the secret
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('invited_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.addColumn('used_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.modifyEnd(sql`strict`)
		.execute();

	// Login throttling lives in the database so several app instances share it (quality.md S1).
	await db.schema
		.createTable('login_throttles')
		.addColumn('key', 'text', (c) => c.primaryKey()) // "account:<email>" or "client:<address>"
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'integer', (c) => c.notNull())
		.addColumn('blocked_until', 'integer', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();

	// Append-only: the repository offers no update or delete.
	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
		.addColumn('at', 'text', (c) => c.notNull())
		.addColumn('actor_id', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('entity_type', 'text', (c) => c.notNull())
		.addColumn('entity_id', 'text', (c) => c.notNull())
		.addColumn('organisation_id', 'text')
		.addColumn('details', 'text', (c) => c.notNull()) // JSON: { before, after } or context
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('audit_log_entity')
		.on('audit_log')
		.columns(['entity_type', 'entity_id'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of [
		'audit_log',
		'login_throttles',
		'invitations',
		'sessions',
		'consultant_assignments',
		'memberships',
		'users',
		'organisations'
	]) {
		await db.schema.dropTable(table).execute();
	}
}
