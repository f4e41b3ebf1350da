// The list of migrations, in order. A static list (not a folder scan) so that tsx, Vitest and the
// benchmark load the same modules without file-system tricks. Add new files at the end.
import type { Migration } from 'kysely';
import * as foundation from './2026_11_24_0001_foundation';

export const migrations: Record<string, Migration> = {
	'2026_11_24_0001_foundation': foundation
};
