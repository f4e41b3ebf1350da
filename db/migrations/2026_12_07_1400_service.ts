// Issue 13 (running it as a service): mail outbox, password reset tokens, TOTP second factor with
// recovery codes, throttles for reset and TOTP, session state and device. Frozen: never import app code.
import { Kysely, sql } from 'kysely';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	// 'complete' | 'totp' (password ok, second factor outstanding) | 'enrol' (must set up TOTP first).
	await db.schema
		.alterTable('sessions')
		.addColumn('mfa_state', 'text', (c) => c.notNull().defaultTo('complete'))
		.execute();
	await db.schema.alterTable('sessions').addColumn('user_agent', 'text').execute();

	await db.schema.alterTable('users').addColumn('totp_secret', 'blob').execute();
	await db.schema.alterTable('users').addColumn('totp_pending_secret', 'blob').execute();
	await db.schema.alterTable('users').addColumn('totp_enabled_at', 'text').execute();
	await db.schema.alterTable('users').addColumn('last_login_at', 'text').execute();

	await db.schema
		.createTable('recovery_codes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('code_hash', 'text', (c) => c.notNull()) // hex SHA-256 of the normalised code
		.addColumn('used_at', 'text')
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('recovery_codes_user')
		.on('recovery_codes')
		.column('user_id')
		.execute();

	await db.schema
		.createTable('password_resets')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique()) // hex SHA-256 of the token
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('expires_at', 'integer', (c) => c.notNull())
		.addColumn('used_at', 'integer')
		.modifyEnd(sql`strict`)
		.execute();

	// Separate from login_throttles (issue 10 reworks that one): "reset:<email>", "reset-client:<ip>",
	// "totp:<user id>".
	await db.schema
		.createTable('auth_throttles')
		.addColumn('key', 'text', (c) => c.primaryKey())
		.addColumn('failures', 'integer', (c) => c.notNull())
		.addColumn('window_started_at', 'integer', (c) => c.notNull())
		.addColumn('blocked_until', 'integer', (c) => c.notNull())
		.modifyEnd(sql`strict`)
		.execute();

	// Written in the same transaction as the change that causes the mail; delivered asynchronously.
	await db.schema
		.createTable('mail_outbox')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('text_body', 'text', (c) => c.notNull())
		.addColumn('html_body', 'text', (c) => c.notNull())
		.addColumn('created_at', 'integer', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull()) // pending | sent | failed
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('next_attempt_at', 'integer', (c) => c.notNull())
		.addColumn('sent_at', 'integer')
		.addColumn('last_error', 'text')
		.modifyEnd(sql`strict`)
		.execute();
	await db.schema
		.createIndex('mail_outbox_due')
		.on('mail_outbox')
		.columns(['status', 'next_attempt_at'])
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['mail_outbox', 'auth_throttles', 'password_resets', 'recovery_codes']) {
		await db.schema.dropTable(table).execute();
	}
	for (const column of ['totp_secret', 'totp_pending_secret', 'totp_enabled_at', 'last_login_at']) {
		await db.schema.alterTable('users').dropColumn(column).execute();
	}
	await db.schema.alterTable('sessions').dropColumn('mfa_state').execute();
	await db.schema.alterTable('sessions').dropColumn('user_agent').execute();
}
