// CLI: npm run migrate. Backs up an existing database before pending migrations run (R6),
// logs each result and exits 1 on error.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openDatabase } from '../src/lib/server/db/client';
import { migrateToLatest } from './migrator';
import { migrations } from './migrations/index';

const path = process.env.DATABASE_PATH || 'data/mek.sqlite';

export async function runMigrations(databasePath: string): Promise<void> {
	const existed = existsSync(databasePath);
	const { db, sqlite } = openDatabase(databasePath);
	try {
		const applied = existed
			? (sqlite
					.prepare(
						"select count(*) as n from sqlite_master where type='table' and name='kysely_migration'"
					)
					.get() as { n: number })
			: { n: 0 };
		const done =
			applied.n > 0
				? (sqlite.prepare('select name from kysely_migration').all() as { name: string }[]).map(
						(r) => r.name
					)
				: [];
		const pending = Object.keys(migrations).filter((name) => !done.includes(name));
		if (existed && done.length > 0 && pending.length > 0) {
			const backupDir = join(dirname(databasePath), 'backups');
			mkdirSync(backupDir, { recursive: true });
			const target = join(
				backupDir,
				`vor-migration-${new Date().toISOString().replace(/[:.]/g, '-')}.sqlite`
			);
			await sqlite.backup(target);
			console.log(`Sicherung vor der Migration: ${target}`);
		}
		const results = await migrateToLatest(db);
		for (const r of results) console.log(`Migration ${r.migrationName}: ${r.status}`);
		if (results.length === 0) console.log('Datenbank ist auf dem neuesten Stand.');
	} finally {
		await db.destroy();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	runMigrations(path).catch((err) => {
		console.error('Migration fehlgeschlagen:', err);
		process.exit(1);
	});
}
