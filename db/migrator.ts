// Runs the migrations to the latest version. Used by db/migrate.ts, the start script and the tests.
import { Migrator, type Kysely, type MigrationResult } from 'kysely';
import { migrations } from './migrations/index';

export async function migrateToLatest(
	// eslint-disable-next-line @typescript-eslint/no-explicit-any
	db: Kysely<any>
): Promise<MigrationResult[]> {
	const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
	const { error, results } = await migrator.migrateToLatest();
	if (error) throw error instanceof Error ? error : new Error(String(error));
	return results ?? [];
}
