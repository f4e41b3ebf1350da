// R2: an online backup taken while writes go on is complete and sound, and restoring it works.
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { openDatabase } from '../../src/lib/server/db/client';
import { migrateToLatest } from '../../db/migrator';
import { backupDatabase } from '../../db/backup';
import { appendAudit } from '../../src/lib/server/audit/repository';

describe('backup and restore drill', () => {
	it('backs up under concurrent writes, verifies the copy and restores it', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mek-backup-'));
		const livePath = join(dir, 'live.sqlite');
		const { db, sqlite } = openDatabase(livePath);
		await migrateToLatest(db);
		for (let i = 0; i < 200; i++) {
			await appendAudit(db, {
				actorId: null,
				action: 'test.write',
				entityType: 'test',
				entityId: String(i)
			});
		}
		// Keep writing while the backup runs.
		let writing = true;
		let written = 200;
		const writer = (async () => {
			while (writing) {
				await appendAudit(db, {
					actorId: null,
					action: 'test.write',
					entityType: 'test',
					entityId: String(written++)
				});
				await new Promise((r) => setImmediate(r));
			}
		})();
		const result = await backupDatabase(livePath, join(dir, 'backup.sqlite'));
		writing = false;
		await writer;

		expect(result.integrity).toBe('ok');
		expect(result.tables.audit_log).toBeGreaterThanOrEqual(200);
		expect(result.tables.audit_log).toBeLessThanOrEqual(written);
		expect(result.tables).toHaveProperty('kysely_migration');

		// Restore drill: the copy replaces a lost database file and opens with every row.
		await db.destroy();
		sqlite.close();
		const restoredPath = join(dir, 'restored.sqlite');
		copyFileSync(result.path, restoredPath);
		const restored = new SQLite(restoredPath);
		expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
		const n = (restored.prepare('select count(*) as n from audit_log').get() as { n: number }).n;
		expect(n).toBe(result.tables.audit_log);
		restored.close();
	});

	it('refuses to back up a database file that does not exist', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'mek-backup-'));
		await expect(
			backupDatabase(join(dir, 'fehlt.sqlite'), join(dir, 'b.sqlite'))
		).rejects.toThrow();
	});
});
