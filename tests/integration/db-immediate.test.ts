// Issue 14.7: a second process holding a write transaction makes our writes wait instead of failing
// with SQLITE_BUSY_SNAPSHOT (write transactions start with BEGIN IMMEDIATE).
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { openDatabase } from '../../src/lib/server/db/client';
import { migrateToLatest } from '../../db/migrator';
import { appendAudit } from '../../src/lib/server/audit/repository';

/** Starts a process that takes the write lock, writes one row, holds the lock for `holdMs`, commits. */
function holdWriteLock(path: string, holdMs: number) {
	const script = `
		const SQLite = require('better-sqlite3');
		const db = new SQLite(process.argv[1]);
		db.pragma('busy_timeout = 5000');
		db.exec('begin immediate');
		db.prepare("insert into audit_log (at, actor_id, action, entity_type, entity_id, details) values ('2026-12-07T00:00:00.000Z', null, 'script.write', 'test', 'x', '{}')").run();
		process.stdout.write('locked\\n');
		setTimeout(() => { db.exec('commit'); db.close(); process.stdout.write('committed\\n'); }, Number(process.argv[2]));
	`;
	const child = spawn(process.execPath, ['-e', script, path, String(holdMs)], {
		stdio: ['ignore', 'pipe', 'inherit']
	});
	let out = '';
	const locked = new Promise<void>((resolve, reject) => {
		child.stdout.on('data', (chunk) => {
			out += String(chunk);
			if (out.includes('locked')) resolve();
		});
		child.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`exit ${code}`))));
	});
	const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
	return { locked, done };
}

describe('write transactions and a second writer process', () => {
	it('a read-then-write transaction waits for the other writer and then succeeds', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mek-immediate-'));
		const path = join(dir, 'db.sqlite');
		const { db, sqlite } = openDatabase(path);
		await migrateToLatest(db);
		// Make sure the table has a row so the read below takes a snapshot of real data.
		await appendAudit(db, {
			actorId: null,
			action: 'test.write',
			entityType: 'test',
			entityId: '0'
		});

		const other = holdWriteLock(path, 400);
		await other.locked;
		// The shape of every service: read inside the transaction, then write.
		await db.transaction().execute(async (trx) => {
			await sql`select count(*) as n from audit_log`.execute(trx);
			await appendAudit(trx, {
				actorId: null,
				action: 'test.write',
				entityType: 'test',
				entityId: '1'
			});
		});
		expect(await other.done).toBe(0);
		const rows = sqlite.prepare('select entity_id from audit_log order by id').all();
		// Both writes are stored, the other process's first (ours waited for its lock).
		expect(rows).toEqual([{ entity_id: '0' }, { entity_id: 'x' }, { entity_id: '1' }]);
		await db.destroy();
		sqlite.close();
	});
});
