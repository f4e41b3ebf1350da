// A fresh, fully migrated in-memory database per call: every test is isolated.
import { openDatabase, type DbHandle } from '../../src/lib/server/db/client';
import { migrateToLatest } from '../../db/migrator';

export async function createTestDb(): Promise<DbHandle['db']> {
	return (await createTestDbHandle()).db;
}

export async function createTestDbHandle(): Promise<DbHandle> {
	const handle = openDatabase(':memory:');
	await migrateToLatest(handle.db);
	return handle;
}
