// The application's single database instance (style.md: one module-level instance, never per request).
import { env } from '$env/dynamic/private';
import { appendFileSync } from 'node:fs';
import { openDatabase, type OpenOptions } from './client';

export const DEFAULT_DATABASE_PATH = 'data/mek.sqlite';

// QUERY_LOG=<file>: every query with its parameters and duration as a JSON line (benchmark
// diagnostics for the query plans in docs/query-plans.md; slows the server, never set in production).
const queryLog = env.QUERY_LOG;
const options: OpenOptions = queryLog
	? {
			onQuery: (sql, parameters, durationMs) =>
				appendFileSync(queryLog, JSON.stringify({ sql, parameters, durationMs }) + '\n')
		}
	: {};
const handle = openDatabase(env.DATABASE_PATH || DEFAULT_DATABASE_PATH, options);

export const db = handle.db;
export const sqlite = handle.sqlite;
export type { Db } from './client';
