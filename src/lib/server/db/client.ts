// Opens the SQLite database with the pragmas the reliability targets need (quality.md R1).
// No $env/$app imports: db/ scripts, tests and the benchmark use this file too.
import SQLite from 'better-sqlite3';
import {
	CompiledQuery,
	Kysely,
	SqliteDialect,
	SqliteDriver,
	type DatabaseConnection
} from 'kysely';
import type { SqliteDialectConfig } from 'kysely';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Database } from './schema';

export type Db = Kysely<Database>;

export interface DbHandle {
	db: Db;
	/** The raw connection, for backup() and pragmas only; all queries go through Kysely. */
	sqlite: SQLite.Database;
}

/**
 * Write transactions start with BEGIN IMMEDIATE: the write lock is taken (waiting up to busy_timeout)
 * before the first read. A deferred BEGIN reads a snapshot first and fails with SQLITE_BUSY_SNAPSHOT
 * when another process (backup, a script) committed in between; the busy handler cannot help then.
 */
class ImmediateSqliteDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw('begin immediate'));
	}
}

class ImmediateSqliteDialect extends SqliteDialect {
	readonly #config: SqliteDialectConfig;
	constructor(config: SqliteDialectConfig) {
		super(config);
		this.#config = config;
	}
	override createDriver(): SqliteDriver {
		return new ImmediateSqliteDriver(this.#config);
	}
}

export interface OpenOptions {
	/** Called after every query (diagnostics only: the benchmark collects the hot queries' plans). */
	onQuery?: (sql: string, parameters: readonly unknown[], durationMs: number) => void;
}

/** How many prepared statements each connection keeps (the app has a few hundred query shapes). */
const STATEMENT_CACHE_SIZE = 1000;

/**
 * better-sqlite3 with its prepared statements kept by SQL text: Kysely prepares every query anew,
 * which costs more than running a small indexed query. Safe because Kysely runs one query at a time
 * on the single connection (its mutex) and reads results with all()/run(), never by a live iterator.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDialectConfig['database'] {
	const statements = new Map<string, SQLite.Statement>();
	return {
		close: () => sqlite.close(),
		prepare: (sql: string) => {
			let statement = statements.get(sql);
			if (!statement) {
				if (statements.size >= STATEMENT_CACHE_SIZE) {
					const oldest = statements.keys().next().value;
					if (oldest !== undefined) statements.delete(oldest);
				}
				statement = sqlite.prepare(sql);
				statements.set(sql, statement);
			}
			return statement;
		}
	};
}

export function openDatabase(path: string, options: OpenOptions = {}): DbHandle {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	// FULL: an acknowledged write survives power loss (about 130 µs per commit).
	sqlite.pragma('synchronous = FULL');
	sqlite.pragma('foreign_keys = ON'); // SQLite defaults to OFF
	sqlite.pragma('busy_timeout = 5000');
	const onQuery = options.onQuery;
	const db = new Kysely<Database>({
		dialect: new ImmediateSqliteDialect({ database: withStatementCache(sqlite) }),
		...(onQuery
			? {
					log: (event) => {
						if (event.level === 'query')
							onQuery(event.query.sql, event.query.parameters, event.queryDurationMillis);
					}
				}
			: {})
	});
	return { db, sqlite };
}

export function createDb(path: string): Db {
	return openDatabase(path).db;
}
