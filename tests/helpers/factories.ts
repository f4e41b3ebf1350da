// Test data builders shared by the integration tests. Append new builders; keep existing signatures.
import type { Db } from '../../src/lib/server/db/client';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { loadAuthUser } from '../../src/lib/server/auth/user-repository';
import { hashPassword } from '../../src/lib/server/auth/password';
import { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD, type DemoOrgKey } from '../../db/demo-data';
import { seedDemo } from '../../db/seed';

/** Demo account keys from db/demo-data.ts, e.g. 'admin', 'consultantMs', 'leadMsGs'. */
export type DemoUserKey = (typeof DEMO_ACCOUNTS)[number]['key'];

export interface DemoWorld {
	/** Demo organisation key → id (fixed ids from db/demo-data.ts). */
	orgs: Record<DemoOrgKey, string>;
	/** Demo account key → the user as services see it (memberships and assignments loaded). */
	users: Record<DemoUserKey, AuthUser>;
	/** Reloads a user after memberships or assignments changed. */
	reload: (key: DemoUserKey) => Promise<AuthUser>;
}

let demoHash: Promise<string> | undefined;

/** The argon2 hash of DEMO_PASSWORD, computed once per test file. */
export function demoPasswordHash(): Promise<string> {
	demoHash ??= hashPassword(DEMO_PASSWORD);
	return demoHash;
}

/** Seeds the whole demo world (db/seed.ts) into a fresh test DB and loads every demo user. */
export async function seedDemoWorld(db: Db): Promise<DemoWorld> {
	const { userIds } = await seedDemo(db, { passwordHash: await demoPasswordHash() });
	const reload = async (key: DemoUserKey) => {
		const user = await loadAuthUser(db, userIds[key]);
		if (!user) throw new Error(`Demo user ${key} is not active`);
		return user;
	};
	const users = {} as Record<DemoUserKey, AuthUser>;
	for (const account of DEMO_ACCOUNTS) users[account.key] = await reload(account.key);
	const orgs = Object.fromEntries(Object.entries(DEMO_ORGS).map(([k, o]) => [k, o.id]));
	return { orgs: orgs as Record<DemoOrgKey, string>, users, reload };
}
