// The demo seed (db/seed.ts): the world the issue asks for, all or nothing, and the login table.
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../helpers/test-db';
import { demoPasswordHash } from '../helpers/factories';
import { SEED_STEPS, formatDemoLogins, hasUsers, seedDemo } from '../../db/seed';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../db/demo-data';
import { verifyPassword } from '../../src/lib/server/auth/password';

describe('seedDemo', () => {
	it('creates KISA, two Schulträger with 4 and 3 schools, and one account per demo login', async () => {
		const db = await createTestDb();
		expect(await hasUsers(db)).toBe(false);
		await seedDemo(db, { passwordHash: await demoPasswordHash() });
		const orgs = await db
			.selectFrom('organisations')
			.select(['kind', 'parent_id', 'school_type', 'postal_code'])
			.execute();
		expect(orgs.filter((o) => o.kind === 'kisa')).toHaveLength(1);
		const schools = orgs.filter((o) => o.kind === 'school');
		expect(schools).toHaveLength(7);
		expect(new Set(schools.map((s) => s.parent_id)).size).toBe(2);
		expect(schools.map((s) => s.school_type).sort()).toEqual([
			'BSZ',
			'FOES',
			'GS',
			'GY',
			'GY',
			'OS',
			'OS'
		]);
		expect(
			orgs.filter((o) => o.kind !== 'kisa').every((o) => /^0\d{4}$/.test(o.postal_code ?? ''))
		).toBe(true);
		const users = await db.selectFrom('users').select(['email', 'password_hash']).execute();
		expect(users.map((u) => u.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
		expect(await verifyPassword(users[0].password_hash, DEMO_PASSWORD)).toBe(true);
		const assignments = await db.selectFrom('consultant_assignments').selectAll().execute();
		expect(assignments).toHaveLength(2);
		expect(await hasUsers(db)).toBe(true);
	});

	it('rolls back everything when a later step fails', async () => {
		const db = await createTestDb();
		const failing = { name: 'kaputt', run: async () => Promise.reject(new Error('step failed')) };
		await expect(
			seedDemo(db, { passwordHash: 'x', steps: [...SEED_STEPS.slice(0, 1), failing] })
		).rejects.toThrow('step failed');
		expect(await db.selectFrom('organisations').select('id').execute()).toEqual([]);
	});

	it('prints every demo login with role and password', () => {
		const table = formatDemoLogins();
		for (const account of DEMO_ACCOUNTS) expect(table).toContain(account.email);
		expect(table).toContain('Rolle');
		expect(table).toContain('Passwort');
		expect(table).toContain(DEMO_PASSWORD);
		expect(table).toContain('Schulleitung');
	});
});
