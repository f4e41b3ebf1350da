// Form input of the account pages: bad input (empty, too long, wrong types) gets German messages per
// field; password rules (12 to 128 characters, common passwords refused); safe redirect targets.
import { describe, expect, it } from 'vitest';
import { changePasswordInput, fieldErrors, loginInput } from '../../src/lib/server/auth/input';
import { checkNewPassword } from '../../src/lib/server/auth/password';
import {
	COMMON_PASSWORD_COUNT,
	isCommonPassword
} from '../../src/lib/server/auth/common-passwords';
import {
	acceptInvitationInput,
	createInvitationInput
} from '../../src/lib/server/invitations/input';
import { safeRedirectTarget } from '../../src/lib/domain/account';

function errorsOf(
	schema: { safeParse: (v: unknown) => { success: boolean; error?: unknown } },
	value: unknown
) {
	const result = schema.safeParse(value);
	expect(result.success).toBe(false);
	return fieldErrors(result.error as never);
}

describe('password rules', () => {
	it('needs at least 12 and at most 128 characters, counted as characters', () => {
		expect(checkNewPassword('kurz')).toBe('Das Passwort muss mindestens 12 Zeichen lang sein.');
		expect(checkNewPassword('elf Zeichen')).toMatch(/mindestens 12/);
		expect(checkNewPassword('zwölf Zeiche')).toBeNull();
		expect(checkNewPassword('ä'.repeat(6) + 'Bergwiese')).toBeNull();
		expect(checkNewPassword('Wald und Wiese '.repeat(8) + '12345678')).toBeNull(); // 128
		expect(checkNewPassword('Wald und Wiese '.repeat(8) + '123456789')).toBe(
			'Das Passwort darf höchstens 128 Zeichen lang sein.'
		);
		// emoji are one character each, not two UTF-16 units
		expect(checkNewPassword('🌲🌳🌲🌳 im Erzgebirge')).toBeNull();
	});

	it('refuses common passwords in any letter case, and trivial repeats', () => {
		expect(COMMON_PASSWORD_COUNT).toBeGreaterThan(300);
		for (const p of [
			'Passwort1234',
			'123456789012',
			'QWERTZUIOP12',
			'iloveyou1234',
			'Sommer2026!!',
			'ichliebedich',
			'aaaaaaaaaaaa',
			'abcabcabcabc'
		]) {
			expect(isCommonPassword(p), p).toBe(true);
			expect(checkNewPassword(p), p).toMatch(/zu leicht zu erraten/);
		}
		expect(isCommonPassword('Kaffee am Elbufer trinken')).toBe(false);
	});
});

describe('login input', () => {
	it('accepts an e-mail address and a password, trimming only the e-mail', () => {
		expect(loginInput.parse({ email: ' admin@kisa.example ', password: ' geheim ' })).toEqual({
			email: 'admin@kisa.example',
			password: ' geheim '
		});
	});

	it('gives a German message per field for empty, missing, too long and wrongly typed input', () => {
		expect(errorsOf(loginInput, { email: '', password: '' })).toEqual({
			email: ['Bitte geben Sie Ihre E-Mail-Adresse ein.'],
			password: ['Bitte geben Sie Ihr Passwort ein.']
		});
		expect(errorsOf(loginInput, {})).toEqual({
			email: ['Bitte geben Sie Ihre E-Mail-Adresse ein.'],
			password: ['Bitte geben Sie Ihr Passwort ein.']
		});
		const file = new File(['x'], 'x.txt');
		expect(errorsOf(loginInput, { email: file, password: 42 })).toEqual({
			email: ['Bitte geben Sie Ihre E-Mail-Adresse ein.'],
			password: ['Bitte geben Sie Ihr Passwort ein.']
		});
		const long = errorsOf(loginInput, {
			email: `${'a'.repeat(250)}@x.de`,
			password: 'x'.repeat(600)
		});
		expect(long.email).toEqual(['Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein.']);
		expect(long.password).toEqual(['Das Passwort ist zu lang.']);
		expect(errorsOf(loginInput, { email: 'kein-at-zeichen', password: 'x' }).email?.[0]).toMatch(
			/gültige E-Mail-Adresse/
		);
	});
});

describe('change password input', () => {
	it('checks the new password rules and the repetition', () => {
		const errors = errorsOf(changePasswordInput, {
			currentPassword: '',
			newPassword: 'passwort1234',
			newPasswordRepeat: 'passwort1234'
		});
		expect(errors.currentPassword).toEqual(['Bitte geben Sie Ihr bisheriges Passwort ein.']);
		expect(errors.newPassword?.[0]).toMatch(/zu leicht zu erraten/);
		const mismatch = errorsOf(changePasswordInput, {
			currentPassword: 'alt alt alt alt',
			newPassword: 'Kaffee am Elbufer trinken',
			newPasswordRepeat: 'Kaffee am Elbufer trinke'
		});
		expect(mismatch).toEqual({
			newPasswordRepeat: ['Die beiden neuen Passwörter stimmen nicht überein.']
		});
	});
});

describe('invitation input', () => {
	it('requires an organisation id, a valid e-mail and a known role', () => {
		const errors = errorsOf(createInvitationInput, {
			organisationId: '1; drop table',
			email: 'x',
			role: 'king'
		});
		expect(errors.organisationId?.[0]).toMatch(/Organisation/);
		expect(errors.email?.[0]).toMatch(/gültige E-Mail-Adresse/);
		expect(errors.role).toEqual(['Bitte wählen Sie eine Rolle aus.']);
	});

	it('requires a name and a good password, repeated', () => {
		const errors = errorsOf(acceptInvitationInput, {
			name: '   ',
			password: 'kurz',
			passwordRepeat: 'kurz'
		});
		expect(errors.name).toEqual(['Bitte geben Sie Ihren Namen ein.']);
		expect(errors.password).toEqual(['Das Passwort muss mindestens 12 Zeichen lang sein.']);
		expect(
			errorsOf(acceptInvitationInput, {
				name: 'x'.repeat(201),
				password: 'Kaffee am Elbufer',
				passwordRepeat: 'Kaffee am Elbufer'
			}).name?.[0]
		).toMatch(/höchstens 200/);
	});
});

describe('safe redirect target after login', () => {
	it('keeps same-site relative paths', () => {
		expect(safeRedirectTarget('/konto')).toBe('/konto');
		expect(safeRedirectTarget('/schulen/abc?tab=1#x')).toBe('/schulen/abc?tab=1#x');
	});

	it('refuses absolute, protocol-relative and backslash URLs and other junk', () => {
		for (const bad of [
			'https://evil.example/',
			'//evil.example',
			'/\\evil.example',
			'\\\\evil',
			'konto',
			'',
			' /konto',
			'/kon\nto',
			'javascript:alert(1)',
			null,
			42,
			'/' + 'a'.repeat(3000)
		]) {
			expect(safeRedirectTarget(bad), String(bad)).toBeNull();
		}
	});
});
