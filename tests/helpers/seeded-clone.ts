// The demo world seeded ONCE per test file and then cloned per test (better-sqlite3 serialize →
// new in-memory database): every test is still isolated, but an authorization matrix of ~100 cells
// does not seed 100 times. `upTo` seeds only the steps before the named one (e.g. a world whose
// rule proposals are still open).
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { DEMO_ACCOUNTS, DEMO_ORGS, type DemoOrgKey } from '../../db/demo-data';
import { SEED_STEPS, seedDemo, type SeedStep } from '../../db/seed';
import { loadAuthUser } from '../../src/lib/server/auth/user-repository';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import type { Database } from '../../src/lib/server/db/schema';
import type { DemoUserKey, DemoWorld } from './factories';
import { demoPasswordHash } from './factories';
import { createTestDbHandle } from './test-db';

interface Template {
	buffer: Buffer;
	userIds: Record<string, string>;
}

const templates = new Map<string, Promise<Template>>();

async function build(steps: SeedStep[]): Promise<Template> {
	const { db, sqlite } = await createTestDbHandle();
	const { userIds } = await seedDemo(db, { passwordHash: await demoPasswordHash(), steps });
	const buffer = sqlite.serialize();
	await db.destroy();
	return { buffer, userIds };
}

/** A fresh copy of the seeded demo world (all steps, or those before the step named `upTo`). */
export async function cloneDemoWorld(upTo?: string): Promise<{ db: Db; w: DemoWorld }> {
	const key = upTo ?? '*';
	let template = templates.get(key);
	if (!template) {
		const end = upTo ? SEED_STEPS.findIndex((s) => s.name === upTo) : SEED_STEPS.length;
		if (end < 0) throw new Error(`unknown seed step ${upTo}`);
		template = build(SEED_STEPS.slice(0, end));
		templates.set(key, template);
	}
	const { buffer, userIds } = await template;
	const sqlite = new SQLite(buffer);
	sqlite.pragma('foreign_keys = ON');
	const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
	const reload = async (k: DemoUserKey): Promise<AuthUser> => {
		const user = await loadAuthUser(db, userIds[k]);
		if (!user) throw new Error(`Demo user ${k} is not active`);
		return user;
	};
	const users = {} as Record<DemoUserKey, AuthUser>;
	for (const account of DEMO_ACCOUNTS) users[account.key] = await reload(account.key);
	const orgs = Object.fromEntries(Object.entries(DEMO_ORGS).map(([k, o]) => [k, o.id]));
	return { db, w: { orgs: orgs as Record<DemoOrgKey, string>, users, reload } };
}
