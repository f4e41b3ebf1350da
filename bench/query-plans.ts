// The query plans of the hot queries (P9): reads a QUERY_LOG file of the server (one JSON line per
// query), groups statements by shape, and explains the twelve with the largest total time.
import SQLite from 'better-sqlite3';
import { readFileSync } from 'node:fs';

interface LoggedQuery {
	sql: string;
	parameters: unknown[];
	durationMs: number;
}

export function queryPlans(databasePath: string, logPath: string): string {
	const lines = readFileSync(logPath, 'utf8').trim().split('\n');
	const bySql = new Map<
		string,
		{ total: number; count: number; max: number; sample: LoggedQuery }
	>();
	for (const line of lines) {
		const q = JSON.parse(line) as LoggedQuery;
		// one entry per statement shape: IN lists of any length count as the same query
		const shape = q.sql.replace(/\((\?, )+\?\)/g, '(?, …)');
		const entry = bySql.get(shape) ?? { total: 0, count: 0, max: 0, sample: q };
		entry.total += q.durationMs;
		entry.count++;
		if (q.durationMs >= entry.max) {
			entry.max = q.durationMs;
			entry.sample = q;
		}
		bySql.set(shape, entry);
	}
	const hot = [...bySql.entries()]
		.filter(([sql]) => /^select/i.test(sql))
		.sort((a, b) => b[1].total - a[1].total)
		.slice(0, 12);
	const db = new SQLite(databasePath, { readonly: true });
	const out: string[] = [];
	for (const [sql, e] of hot) {
		const plan = db
			.prepare(`explain query plan ${e.sample.sql}`)
			.all(
				...(e.sample.parameters as unknown[]).map((p) => (typeof p === 'boolean' ? Number(p) : p))
			) as {
			id: number;
			parent: number;
			detail: string;
		}[];
		const depth = new Map<number, number>();
		const planText = plan
			.map((row) => {
				const d = (depth.get(row.parent) ?? -1) + 1;
				depth.set(row.id, d);
				return `${'  '.repeat(d)}${row.detail}`;
			})
			.join('\n');
		out.push(
			`### ${e.count} Aufrufe, zusammen ${e.total.toFixed(0)} ms, höchstens ${e.max.toFixed(1)} ms\n\n` +
				'```sql\n' +
				sql +
				'\n```\n\n```\n' +
				planText +
				'\n```\n'
		);
	}
	db.close();
	return out.join('\n');
}
