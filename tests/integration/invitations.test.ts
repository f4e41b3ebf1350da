// Invitations (quality.md S6): single use, expire after 7 days, stored hashed; who may invite whom where.
import { describe, expect, it } from 'vitest';
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import {
	acceptInvitation,
	createInvitation,
	getInvitationOverview,
	INVITATION_VALIDITY_MS,
	InvitationGoneError,
	previewInvitation,
	resendInvitation,
	revokeInvitation
} from '../../src/lib/server/invitations';
import { login } from '../../src/lib/server/auth/login';
import { loadAuthUser } from '../../src/lib/server/auth/user-repository';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	ValidationError
} from '../../src/lib/server/errors';
import type { Role } from '../../src/lib/domain/roles';
import type { AuthUser } from '../../src/lib/server/auth/user';
import { createTestDb } from '../helpers/test-db';
import { assignConsultant, createOrg, createUser, personWithRole } from '../helpers/factories';

const T0 = new Date('2026-11-24T08:00:00.000Z');
const PASSWORD = 'Elbsandstein im Herbstnebel';
const DAY = 24 * 60 * 60 * 1000;

async function world() {
	const db = await createTestDb();
	const kisa = await createOrg(db, { kind: 'kisa', name: 'KISA' });
	const opA = await createOrg(db, { name: 'Stadt A' });
	const schoolA = await createOrg(db, { kind: 'school', parentId: opA, name: 'Grundschule A' });
	const opB = await createOrg(db, { name: 'Landkreis B' });
	const schoolB = await createOrg(db, { kind: 'school', parentId: opB, name: 'Oberschule B' });
	const admin = await personWithRole(db, kisa, 'admin');
	const consultantBase = await personWithRole(db, kisa, 'consultant');
	await assignConsultant(db, consultantBase.id, opA);
	const consultant = (await loadAuthUser(db, consultantBase.id)) as AuthUser;
	const operatorA = await personWithRole(db, opA, 'operator');
	const leadA = await personWithRole(db, schoolA, 'school_lead');
	const itA = await personWithRole(db, opA, 'it_staff');
	return {
		db,
		orgs: { kisa, opA, schoolA, opB, schoolB },
		admin,
		consultant,
		operatorA,
		leadA,
		itA
	};
}

type World = Awaited<ReturnType<typeof world>>;

function invite(
	w: World,
	user: AuthUser,
	organisationId: string,
	role: Role,
	email = 'neu@schule.example',
	now = T0
) {
	return createInvitation(w.db, user, { organisationId, email, role }, now);
}

function accept(w: World, token: string, now = T0, name = 'Nora Neu') {
	return acceptInvitation(w.db, token, { name, password: PASSWORD, passwordRepeat: PASSWORD }, now);
}

describe('invitation tokens', () => {
	it('stores only the SHA-256 of a 160-bit token, which appears nowhere in the database', async () => {
		const w = await world();
		const { token, invitation } = await invite(w, w.admin, w.orgs.schoolA, 'school_lead');
		expect(token).toMatch(/^[a-z2-7]{32}$/); // 32 × 5 = 160 bits
		const row = await w.db
			.selectFrom('invitations')
			.selectAll()
			.where('id', '=', invitation.id)
			.executeTakeFirstOrThrow();
		expect(row.token_hash).toBe(encodeHexLowerCase(sha256(new TextEncoder().encode(token))));
		expect(JSON.stringify(row)).not.toContain(token);
		const audit = await w.db.selectFrom('audit_log').select(['action', 'details']).execute();
		expect(audit.map((a) => a.action)).toEqual(['invitation.created']);
		expect(JSON.stringify(audit)).not.toContain(token);
	});

	it('expires after 7 days', async () => {
		const w = await world();
		const { token, invitation } = await invite(w, w.admin, w.orgs.schoolA, 'school_lead');
		expect(invitation.expiresAt.getTime() - T0.getTime()).toBe(7 * DAY);
		expect(INVITATION_VALIDITY_MS).toBe(7 * DAY);
		const late = new Date(T0.getTime() + 7 * DAY);
		await expect(previewInvitation(w.db, token, late)).rejects.toBeInstanceOf(InvitationGoneError);
		const err = await accept(w, token, late).catch((e) => e);
		expect(err).toBeInstanceOf(InvitationGoneError);
		expect(err.status).toBe(410);
		expect(err.message).toMatch(/neue Einladung/);
		expect(
			await w.db
				.selectFrom('users')
				.select('id')
				.where('email', '=', 'neu@schule.example')
				.execute()
		).toEqual([]);
		// one second earlier it still works
		expect(await accept(w, token, new Date(late.getTime() - 1000))).toBeTruthy();
	});

	it('can be used once: creates the account and membership, then is used up', async () => {
		const w = await world();
		const { token } = await invite(
			w,
			w.operatorA,
			w.orgs.schoolA,
			'school_lead',
			'Neu@Schule.example'
		);
		const preview = await previewInvitation(w.db, token, T0);
		expect(preview).toMatchObject({
			email: 'neu@schule.example',
			roleLabel: 'Schulleitung',
			organisationName: 'Grundschule A'
		});
		const userId = await accept(w, token, new Date(T0.getTime() + DAY));
		const user = await loadAuthUser(w.db, userId);
		expect(user).toMatchObject({ email: 'neu@schule.example', name: 'Nora Neu' });
		expect(user?.memberships).toEqual([
			expect.objectContaining({ organisationId: w.orgs.schoolA, role: 'school_lead' })
		]);
		expect(
			await login(w.db, {
				email: 'neu@schule.example',
				password: PASSWORD,
				clientAddress: '192.0.2.1'
			})
		).toBe(userId);

		const again = await accept(w, token, new Date(T0.getTime() + DAY), 'Zweiter Versuch').catch(
			(e) => e
		);
		expect(again).toBeInstanceOf(InvitationGoneError);
		expect(again.message).toMatch(/bereits verwendet/);
		await expect(previewInvitation(w.db, token, T0)).rejects.toBeInstanceOf(InvitationGoneError);
		const actions = (await w.db.selectFrom('audit_log').select('action').execute()).map(
			(a) => a.action
		);
		expect(actions).toEqual([
			'invitation.created',
			'invitation.accepted',
			'user.created',
			'auth.login'
		]);
	});

	it('answers 404 for an unknown token', async () => {
		const w = await world();
		const err = await previewInvitation(w.db, 'a'.repeat(32), T0).catch((e) => e);
		expect(err).toBeInstanceOf(NotFoundError);
		await expect(accept(w, 'b'.repeat(32))).rejects.toBeInstanceOf(NotFoundError);
	});

	it('refuses an e-mail address that already has an account, at creation and at acceptance', async () => {
		const w = await world();
		await createUser(w.db, { email: 'vorhanden@schule.example' });
		const err = await invite(w, w.admin, w.orgs.opA, 'operator', 'Vorhanden@schule.example').catch(
			(e) => e
		);
		expect(err).toBeInstanceOf(ValidationError);
		expect(err.field).toBe('email');
		const { token } = await invite(w, w.admin, w.orgs.opA, 'operator', 'spaeter@schule.example');
		await createUser(w.db, { email: 'spaeter@schule.example' });
		const late = await accept(w, token).catch((e) => e);
		expect(late).toBeInstanceOf(ConflictError);
		expect(late.message).toMatch(/bereits ein Konto.*melden Sie sich .* an/);
	});
});

describe('managing invitations', () => {
	it('lists open invitations only; a new invitation to the same person replaces the old one', async () => {
		const w = await world();
		const first = await invite(w, w.admin, w.orgs.opA, 'operator', 'a@x.example');
		await invite(
			w,
			w.admin,
			w.orgs.opA,
			'it_staff',
			'b@x.example',
			new Date(T0.getTime() - 8 * DAY)
		); // expired
		const used = await invite(w, w.admin, w.orgs.opA, 'it_staff', 'c@x.example');
		await accept(w, used.token);
		const replacement = await invite(w, w.admin, w.orgs.opA, 'it_staff', 'a@x.example');
		const overview = await getInvitationOverview(w.db, w.admin, w.orgs.opA, T0);
		expect(overview.invitations.map((i) => [i.email, i.role])).toEqual([
			['a@x.example', 'it_staff']
		]);
		expect(overview.roles).toEqual(['operator', 'it_staff']);
		await expect(previewInvitation(w.db, first.token, T0)).rejects.toBeInstanceOf(NotFoundError);
		expect((await previewInvitation(w.db, replacement.token, T0)).role).toBe('it_staff');
	});

	it('revoking makes the link unknown; foreign operators cannot revoke', async () => {
		const w = await world();
		const { token, invitation } = await invite(w, w.operatorA, w.orgs.schoolA, 'it_staff');
		const operatorB = await personWithRole(w.db, w.orgs.opB, 'operator');
		await expect(revokeInvitation(w.db, operatorB, invitation.id, T0)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(revokeInvitation(w.db, w.leadA, invitation.id, T0)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await revokeInvitation(w.db, w.consultant, invitation.id, T0);
		await expect(accept(w, token)).rejects.toBeInstanceOf(NotFoundError);
		const actions = (await w.db.selectFrom('audit_log').select('action').execute()).map(
			(a) => a.action
		);
		expect(actions).toEqual(['invitation.created', 'invitation.revoked']);
	});

	it('resending gives a new link and a new mail; the old link stops working; only managers may', async () => {
		const w = await world();
		const first = await invite(w, w.operatorA, w.orgs.schoolA, 'it_staff', 'neu@schule.example');
		const operatorB = await personWithRole(w.db, w.orgs.opB, 'operator');
		await expect(resendInvitation(w.db, operatorB, first.invitation.id, T0)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(resendInvitation(w.db, w.leadA, first.invitation.id, T0)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const later = new Date(T0.getTime() + 6 * DAY);
		const again = await resendInvitation(w.db, w.consultant, first.invitation.id, later);
		expect(again.token).not.toBe(first.token);
		expect(again.invitation.expiresAt.getTime()).toBe(later.getTime() + INVITATION_VALIDITY_MS);
		await expect(previewInvitation(w.db, first.token, later)).rejects.toBeInstanceOf(NotFoundError);
		expect((await previewInvitation(w.db, again.token, later)).role).toBe('it_staff');
		const mails = await w.db
			.selectFrom('mail_outbox')
			.select(['to_address', 'text_body'])
			.where('to_address', '=', 'neu@schule.example')
			.execute();
		expect(mails).toHaveLength(2);
		expect(mails.filter((m) => m.text_body.includes(again.token))).toHaveLength(1);
		await accept(w, again.token, later);
		await expect(
			resendInvitation(w.db, w.consultant, again.invitation.id, later)
		).rejects.toBeInstanceOf(ConflictError);
	});

	it('refuses invitations into a deactivated organisation', async () => {
		const w = await world();
		const closed = await createOrg(w.db, { kind: 'school', parentId: w.orgs.opA, isActive: false });
		await expect(invite(w, w.admin, closed, 'school_lead')).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('who may invite whom where', () => {
	const cases: [
		string,
		(w: World) => AuthUser,
		(w: World) => string,
		Role,
		'ok' | 'role' | 403 | 404
	][] = [
		['admin → KISA admin', (w) => w.admin, (w) => w.orgs.kisa, 'admin', 'ok'],
		['admin → KISA consultant', (w) => w.admin, (w) => w.orgs.kisa, 'consultant', 'ok'],
		['admin → foreign Schulträger', (w) => w.admin, (w) => w.orgs.opB, 'operator', 'ok'],
		['admin → school lead', (w) => w.admin, (w) => w.orgs.schoolB, 'school_lead', 'ok'],
		[
			'admin → role not held in that kind',
			(w) => w.admin,
			(w) => w.orgs.opA,
			'school_lead',
			'role'
		],
		['consultant → assigned Schulträger', (w) => w.consultant, (w) => w.orgs.opA, 'operator', 'ok'],
		[
			'consultant → school of assigned',
			(w) => w.consultant,
			(w) => w.orgs.schoolA,
			'school_lead',
			'ok'
		],
		[
			'consultant → not assigned Schulträger',
			(w) => w.consultant,
			(w) => w.orgs.opB,
			'operator',
			404
		],
		[
			'consultant → school of not assigned',
			(w) => w.consultant,
			(w) => w.orgs.schoolB,
			'school_lead',
			404
		],
		['consultant → KISA', (w) => w.consultant, (w) => w.orgs.kisa, 'consultant', 403],
		['operator → own Schulträger', (w) => w.operatorA, (w) => w.orgs.opA, 'operator', 'ok'],
		['operator → own IT staff', (w) => w.operatorA, (w) => w.orgs.opA, 'it_staff', 'ok'],
		['operator → own school lead', (w) => w.operatorA, (w) => w.orgs.schoolA, 'school_lead', 'ok'],
		['operator → admin role at own', (w) => w.operatorA, (w) => w.orgs.opA, 'admin', 'role'],
		['operator → other Schulträger', (w) => w.operatorA, (w) => w.orgs.opB, 'operator', 404],
		['operator → school of other', (w) => w.operatorA, (w) => w.orgs.schoolB, 'school_lead', 404],
		['operator → KISA', (w) => w.operatorA, (w) => w.orgs.kisa, 'admin', 404],
		['school lead → own school', (w) => w.leadA, (w) => w.orgs.schoolA, 'it_staff', 403],
		['school lead → own school lead', (w) => w.leadA, (w) => w.orgs.schoolA, 'school_lead', 403],
		['IT staff → own Schulträger', (w) => w.itA, (w) => w.orgs.opA, 'it_staff', 403],
		['IT staff → school', (w) => w.itA, (w) => w.orgs.schoolA, 'it_staff', 403]
	];

	it.each(cases)('%s', async (_name, who, where, role, expected) => {
		const w = await world();
		const result = await invite(w, who(w), where(w), role).catch((e) => e);
		if (expected === 'ok') expect(result.token).toMatch(/^[a-z2-7]{32}$/);
		else if (expected === 'role') expect(result).toMatchObject({ field: 'role', status: 400 });
		else if (expected === 403) expect(result).toBeInstanceOf(ForbiddenError);
		else expect(result).toBeInstanceOf(NotFoundError);
		const stored = await w.db.selectFrom('invitations').select('id').execute();
		expect(stored).toHaveLength(expected === 'ok' ? 1 : 0);
	});

	it('overview offers only the roles the user may give', async () => {
		const w = await world();
		expect((await getInvitationOverview(w.db, w.admin, w.orgs.kisa)).roles).toEqual([
			'admin',
			'consultant'
		]);
		expect((await getInvitationOverview(w.db, w.operatorA, w.orgs.schoolA)).roles).toEqual([
			'school_lead',
			'it_staff'
		]);
		await expect(getInvitationOverview(w.db, w.consultant, w.orgs.opB)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(getInvitationOverview(w.db, w.leadA, w.orgs.schoolA)).rejects.toBeInstanceOf(
			ForbiddenError
		);
	});
});
