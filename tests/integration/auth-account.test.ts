// Own account: password change (current password checked and throttled, other sessions ended).
import { describe, expect, it } from 'vitest';
import { changePassword } from '../../src/lib/server/auth/account';
import { login } from '../../src/lib/server/auth/login';
import { createSession, validateSessionToken } from '../../src/lib/server/auth/session';
import { TooManyRequestsError, ValidationError } from '../../src/lib/server/errors';
import { createTestDb } from '../helpers/test-db';
import { authUserOf, createUser } from '../helpers/factories';

const T0 = Date.UTC(2026, 10, 24, 8, 0, 0);
const NEW_PASSWORD = 'Elbsandstein im Herbstnebel';

async function setup() {
	const db = await createTestDb();
	const created = await createUser(db, { email: 'sl@schule.example' });
	const user = await authUserOf(db, created.id);
	const current = await createSession(db, user.id, T0);
	const other = await createSession(db, user.id, T0);
	return { db, user, password: created.password, current, other };
}

describe('change password', () => {
	it('stores the new password, keeps the current session and ends all others', async () => {
		const { db, user, password, current, other } = await setup();
		await changePassword(
			db,
			user,
			current.id,
			{ currentPassword: password, newPassword: NEW_PASSWORD, newPasswordRepeat: NEW_PASSWORD },
			T0 + 1000
		);
		expect(await validateSessionToken(db, current.token, T0 + 2000)).not.toBeNull();
		expect(await validateSessionToken(db, other.token, T0 + 2000)).toBeNull();
		const input = { email: user.email, password: NEW_PASSWORD, clientAddress: '192.0.2.1' };
		expect(await login(db, input, T0 + 3000)).toBe(user.id);
		await expect(login(db, { ...input, password }, T0 + 4000)).rejects.toThrow(/nicht korrekt/);
		const audit = await db.selectFrom('audit_log').select(['action', 'details']).execute();
		expect(audit.map((a) => a.action)).toContain('auth.password_changed');
		expect(JSON.stringify(audit)).not.toContain(NEW_PASSWORD);
	});

	it('refuses a wrong current password at its field and changes nothing', async () => {
		const { db, user, password, current, other } = await setup();
		const err = await changePassword(
			db,
			user,
			current.id,
			{
				currentPassword: 'falsch falsch falsch',
				newPassword: NEW_PASSWORD,
				newPasswordRepeat: NEW_PASSWORD
			},
			T0 + 1000
		).catch((e) => e);
		expect(err).toBeInstanceOf(ValidationError);
		expect(err.field).toBe('currentPassword');
		expect(err.message).toBe('Das bisherige Passwort ist nicht korrekt.');
		expect(await validateSessionToken(db, other.token, T0 + 2000)).not.toBeNull();
		expect(
			await login(db, { email: user.email, password, clientAddress: '192.0.2.1' }, T0 + 3000)
		).toBe(user.id);
	});

	it('throttles guessing the current password from a hijacked session', async () => {
		const { db, user, password, current } = await setup();
		const wrong = {
			currentPassword: 'falsch falsch falsch',
			newPassword: NEW_PASSWORD,
			newPasswordRepeat: NEW_PASSWORD
		};
		for (let i = 0; i < 5; i++) {
			await expect(changePassword(db, user, current.id, wrong, T0)).rejects.toBeInstanceOf(
				ValidationError
			);
		}
		await expect(
			changePassword(db, user, current.id, { ...wrong, currentPassword: password }, T0 + 1000)
		).rejects.toBeInstanceOf(TooManyRequestsError);
	});

	it('refuses a new password equal to the current one', async () => {
		const { db, user, password, current } = await setup();
		const err = await changePassword(
			db,
			user,
			current.id,
			{ currentPassword: password, newPassword: password, newPasswordRepeat: password },
			T0
		).catch((e) => e);
		expect(err).toBeInstanceOf(ValidationError);
		expect(err.field).toBe('newPassword');
	});
});
