// Test data builders shared by the integration tests. Append new builders; keep existing signatures.
import { randomUUID } from 'node:crypto';
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

// ── Small builders (accounts): one organisation, user or membership at a time ───────────────────

let sequence = 0;
const nextNumber = () => ++sequence;

export interface OrgOptions {
	kind?: 'kisa' | 'operator' | 'school';
	parentId?: string | null;
	name?: string;
	isActive?: boolean;
}

/** Inserts an organisation (an operator unless `kind` says otherwise) and returns its id. */
export async function createOrg(db: Db, options: OrgOptions = {}): Promise<string> {
	const id = randomUUID();
	const kind = options.kind ?? 'operator';
	const at = new Date().toISOString();
	await db
		.insertInto('organisations')
		.values({
			id,
			kind,
			parent_id: options.parentId ?? null,
			name: options.name ?? `Organisation ${nextNumber()}`,
			is_active: options.isActive === false ? 0 : 1,
			operator_type: kind === 'operator' ? 'gemeinde' : null,
			municipality_key: null,
			school_number: null,
			school_type: kind === 'school' ? 'GS' : null,
			street: null,
			postal_code: null,
			city: null,
			pupils: null,
			classes: null,
			teachers: null,
			created_at: at,
			updated_at: at
		})
		.execute();
	return id;
}

export interface UserOptions {
	email?: string;
	name?: string;
	/** Defaults to DEMO_PASSWORD (its hash is computed once per file). */
	password?: string;
	isActive?: boolean;
}

/** Inserts a user with an argon2id password hash and returns its id and e-mail. */
export async function createUser(
	db: Db,
	options: UserOptions = {}
): Promise<{ id: string; email: string; password: string }> {
	const id = randomUUID();
	const email = options.email ?? `person${nextNumber()}@example.org`;
	const password = options.password ?? DEMO_PASSWORD;
	const passwordHash = options.password ? await hashPassword(password) : await demoPasswordHash();
	const at = new Date().toISOString();
	await db
		.insertInto('users')
		.values({
			id,
			email,
			name: options.name ?? `Person ${email}`,
			password_hash: passwordHash,
			is_active: options.isActive === false ? 0 : 1,
			created_at: at,
			updated_at: at
		})
		.execute();
	return { id, email, password };
}

export async function addMembership(
	db: Db,
	userId: string,
	organisationId: string,
	role: 'admin' | 'consultant' | 'operator' | 'school_lead' | 'it_staff'
): Promise<void> {
	await db
		.insertInto('memberships')
		.values({
			id: randomUUID(),
			user_id: userId,
			organisation_id: organisationId,
			role,
			created_at: new Date().toISOString()
		})
		.execute();
}

export async function assignConsultant(db: Db, consultantId: string, operatorId: string) {
	await db
		.insertInto('consultant_assignments')
		.values({
			consultant_id: consultantId,
			operator_id: operatorId,
			created_at: new Date().toISOString()
		})
		.execute();
}

/** The AuthUser of a user id (throws when inactive), after memberships were added. */
export async function authUserOf(db: Db, userId: string): Promise<AuthUser> {
	const user = await loadAuthUser(db, userId);
	if (!user) throw new Error(`User ${userId} is not active`);
	return user;
}

/**
 * A user with one membership, loaded as AuthUser: `personWithRole(db, orgId, 'operator')`.
 * For consultants pass the KISA org and use `assignConsultant` for their Schulträger.
 */
export async function personWithRole(
	db: Db,
	organisationId: string,
	role: 'admin' | 'consultant' | 'operator' | 'school_lead' | 'it_staff',
	options: UserOptions = {}
): Promise<AuthUser> {
	const { id } = await createUser(db, options);
	await addMembership(db, id, organisationId, role);
	return authUserOf(db, id);
}
