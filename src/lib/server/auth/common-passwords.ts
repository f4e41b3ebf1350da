// Passwords of 12+ characters that appear in public leak top lists; extended by the auth feature.
const COMMON = new Set<string>([
	'123456789012',
	'passwort1234',
	'password1234',
	'qwertzuiopü1',
	'qwertyuiop12',
	'111111111111',
	'000000000000',
	'hallo1234567',
	'sommer2026!!'
]);

export function isCommonPassword(password: string): boolean {
	return COMMON.has(password.toLowerCase());
}
