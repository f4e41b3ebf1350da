// Runs `fn` in a transaction, or in the caller's transaction if `db` already is one. Kysely throws on a
// nested transaction(), and on SQLite awaiting the outer `db` inside would deadlock (one connection).
import type { Db } from './client';

export async function inTransaction<T>(db: Db, fn: (trx: Db) => Promise<T>): Promise<T> {
	if (db.isTransaction) return fn(db);
	return db.transaction().execute(fn);
}
