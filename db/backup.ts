// npm run backup: an online backup of the running database (SQLite backup API, safe under load),
// verified by integrity check and row counts (quality.md R2). Restore = stop the server, copy the
// backup file to DATABASE_PATH, start again (see README).
import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface BackupResult {
	path: string;
	integrity: string;
	tables: Record<string, number>;
}

function tableCounts(sqlite: SQLite.Database): Record<string, number> {
	const names = sqlite
		.prepare(
			"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name"
		)
		.all() as { name: string }[];
	const counts: Record<string, number> = {};
	for (const { name } of names) {
		counts[name] = (sqlite.prepare(`select count(*) as n from "${name}"`).get() as { n: number }).n;
	}
	return counts;
}

/** Copies the live database to `target` and verifies the copy. Throws when the copy is not sound. */
export async function backupDatabase(source: string, target: string): Promise<BackupResult> {
	mkdirSync(dirname(target), { recursive: true });
	const live = new SQLite(source, { fileMustExist: true });
	live.pragma('busy_timeout = 5000');
	try {
		// Copy everything remaining in one step: with small steps, writes from the server's own
		// connection would restart the backup again and again under load. In WAL mode the read
		// transaction of that step does not block writers.
		await live.backup(target, { progress: () => 1 << 30 });
	} finally {
		live.close();
	}
	const copy = new SQLite(target, { readonly: true });
	try {
		const integrity = copy.pragma('integrity_check', { simple: true }) as string;
		if (integrity !== 'ok') throw new Error(`Integritätsprüfung der Sicherung: ${integrity}`);
		return { path: target, integrity, tables: tableCounts(copy) };
	} finally {
		copy.close();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const source = process.env.DATABASE_PATH || 'data/mek.sqlite';
	const stamp = new Date().toISOString().replace(/[:.]/g, '-');
	const target = process.argv[2] || join(dirname(source), 'backups', `mek-${stamp}.sqlite`);
	backupDatabase(source, target)
		.then((result) => {
			console.log(`Sicherung geschrieben: ${result.path}`);
			console.log(`Integritätsprüfung: ${result.integrity}`);
			for (const [table, n] of Object.entries(result.tables))
				console.log(`  ${table}: ${n} Zeilen`);
		})
		.catch((err) => {
			console.error('Sicherung fehlgeschlagen:', err instanceof Error ? err.message : err);
			process.exit(1);
		});
}
