// Authorization matrix of the service pages of issue 13. Columns, in order:
//   admin  consultantMs  consultantBk  operatorMs  itMs  leadMsGs
// - The outbox holds personal data and single-use links: admins only; everyone else gets 404.
// - Resetting someone's second factor: admins only (audited); everyone else gets 404.
// - Sessions: everyone sees and ends only their own (a foreign session id ends nothing).
import { describe, expect, it } from 'vitest';
import { invitationMail } from '../../src/lib/domain/mail';
import { endSession } from '../../src/lib/server/auth/account';
import { resetMfa } from '../../src/lib/server/auth/mfa';
import {
	createSession,
	listOwnSessions,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { queueMail } from '../../src/lib/server/mail';
import { getOutboxMail, listOutbox } from '../../src/lib/server/outbox-admin';
import type { Db } from '../../src/lib/server/db/client';
import { changeRole, listManagedUsers, setUserActive } from '../../src/lib/server/users';
import { NotFoundError, ValidationError } from '../../src/lib/server/errors';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { defineMatrix } from '../helpers/authorization-matrix';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld } from '../helpers/factories';

const ADMIN_ONLY = 'ok 404 404 404 404 404';
//                         admin cMs  cBk  opMs itMs leadMsGs
const ADMIN_AND_OWN_OPERATOR = 'ok 404 404 ok 404 404';

async function membershipOf(db: Db, user: AuthUser): Promise<string> {
	const row = await db
		.selectFrom('memberships')
		.select('id')
		.where('user_id', '=', user.id)
		.executeTakeFirstOrThrow();
	return row.id;
}

async function someMail(db: Db): Promise<string> {
	return queueMail(
		db,
		'someone@example.org',
		invitationMail({
			link: 'https://mek.example/einladung/x',
			roleLabel: 'Schulleitung',
			organisationName: 'Grundschule Am Lindenhof',
			invitedByName: 'Olaf Ordnungsamt',
			expiresAtText: '14. Dezember 2026'
		})
	);
}

defineMatrix('service pages (issue 13)', [
	{ action: 'listOutbox', run: (db, user) => listOutbox(db, user), expect: ADMIN_ONLY },
	{
		action: 'getOutboxMail',
		run: async (db, user) => getOutboxMail(db, user, await someMail(db)),
		expect: ADMIN_ONLY
	},
	{
		action: 'resetMfa(consultantMs)',
		writes: true,
		run: (db, user, _t, w) => resetMfa(db, user, w.users.consultantMs.id),
		expect: ADMIN_ONLY
	},
	{
		action: 'resetMfa(leadMsGs)',
		writes: true,
		run: (db, user, _t, w) => resetMfa(db, user, w.users.leadMsGs.id),
		expect: ADMIN_ONLY
	},
	{
		action: 'listManagedUsers',
		run: (db, user) => listManagedUsers(db, user),
		expect: ADMIN_AND_OWN_OPERATOR
	},
	{
		action: 'setUserActive(leadMsGs, false)',
		writes: true,
		run: (db, user, _t, w) => setUserActive(db, user, w.users.leadMsGs.id, false),
		expect: ADMIN_AND_OWN_OPERATOR
	},
	{
		action: 'setUserActive(leadBkOs, false)',
		writes: true,
		run: (db, user, _t, w) => setUserActive(db, user, w.users.leadBkOs.id, false),
		expect: ADMIN_ONLY
	},
	{
		action: 'setUserActive(consultantBk, false)',
		writes: true,
		run: (db, user, _t, w) => setUserActive(db, user, w.users.consultantBk.id, false),
		expect: ADMIN_ONLY
	},
	{
		action: 'changeRole(itMs → operator)',
		writes: true,
		run: async (db, user, _t, w) =>
			changeRole(db, user, w.users.itMs.id, await membershipOf(db, w.users.itMs), 'operator'),
		expect: ADMIN_AND_OWN_OPERATOR
	},
	{
		action: 'changeRole(consultantBk → admin)',
		writes: true,
		run: async (db, user, _t, w) =>
			changeRole(
				db,
				user,
				w.users.consultantBk.id,
				await membershipOf(db, w.users.consultantBk),
				'admin'
			),
		expect: ADMIN_ONLY
	}
]);

describe('user administration', () => {
	it('an operator lists only the people of the own Schulträger and its schools', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const emails = (await listManagedUsers(db, w.users.operatorMs)).map((u) => u.email);
		expect(emails).toContain('sl.grundschule@musterstadt.example');
		expect(emails).toContain('it@musterstadt.example');
		expect(emails).not.toContain('admin@kisa.example');
		expect(emails).not.toContain('traeger@beispielkreis.example');
		const all = await listManagedUsers(db, w.users.admin);
		const admin = all.find((u) => u.email === 'admin@kisa.example')!;
		expect(admin).toMatchObject({ isActive: true, mfaEnabled: true });
		expect(all.find((u) => u.email === 'sl.grundschule@musterstadt.example')?.mfaEnabled).toBe(
			false
		);
	});

	it('deactivation ends the sessions at once; reactivation lets the person in again; audited', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const session = await createSession(db, w.users.leadMsGs.id);
		await setUserActive(db, w.users.operatorMs, w.users.leadMsGs.id, false);
		expect(await validateSessionToken(db, session.token)).toBeNull();
		expect(
			(await listManagedUsers(db, w.users.operatorMs)).find((u) => u.id === w.users.leadMsGs.id)
				?.isActive
		).toBe(false);
		await setUserActive(db, w.users.operatorMs, w.users.leadMsGs.id, true);
		const later = await createSession(db, w.users.leadMsGs.id);
		expect(await validateSessionToken(db, later.token)).not.toBeNull();
		const actions = (
			await db
				.selectFrom('audit_log')
				.select(['action', 'details'])
				.where('entity_id', '=', w.users.leadMsGs.id)
				.where('action', 'like', 'user.%')
				.execute()
		).map((r) => r.action);
		expect(actions).toEqual(['user.deactivated', 'user.reactivated']);
		await expect(setUserActive(db, w.users.admin, w.users.admin.id, false)).rejects.toBeInstanceOf(
			ValidationError
		);
	});

	it('an operator grants only roles they may grant, and records old → new', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const membership = await membershipOf(db, w.users.leadMsGs);
		await expect(
			changeRole(db, w.users.operatorMs, w.users.leadMsGs.id, membership, 'admin')
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			changeRole(db, w.users.operatorMs, w.users.leadMsGs.id, membership, 'operator')
		).rejects.toBeInstanceOf(ValidationError);
		await changeRole(db, w.users.operatorMs, w.users.leadMsGs.id, membership, 'it_staff');
		const entry = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'user.role_changed')
			.executeTakeFirstOrThrow();
		expect(JSON.parse(entry.details)).toEqual({
			before: { role: 'school_lead' },
			after: { role: 'it_staff' }
		});
		await expect(
			changeRole(db, w.users.operatorBk, w.users.leadMsGs.id, membership, 'school_lead')
		).rejects.toBeInstanceOf(NotFoundError);
	});
});

describe('own sessions only', () => {
	it('lists only the own sessions and cannot end anyone else’s', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const mine = await createSession(db, w.users.leadMsGs.id, Date.now(), {
			userAgent: 'Mozilla/5.0 (Windows NT 10.0) Firefox/140.0'
		});
		const other = await createSession(db, w.users.leadMsGs.id);
		const foreign = await createSession(db, w.users.admin.id);
		const listed = await listOwnSessions(db, w.users.leadMsGs, mine);
		expect(listed.map((s) => s.id).sort()).toEqual([mine.id, other.id].sort());
		expect(listed.find((s) => s.current)?.id).toBe(mine.id);

		// Even an admin cannot end someone else's session through this function.
		expect(await endSession(db, w.users.admin, mine.id)).toBe(false);
		expect(await endSession(db, w.users.leadMsGs, foreign.id)).toBe(false);
		expect(await validateSessionToken(db, mine.token)).not.toBeNull();
		expect(await validateSessionToken(db, foreign.token)).not.toBeNull();

		expect(await endSession(db, w.users.leadMsGs, other.id)).toBe(true);
		expect(await validateSessionToken(db, other.token)).toBeNull();
		expect(await validateSessionToken(db, mine.token)).not.toBeNull();
	});
});
