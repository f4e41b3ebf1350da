// Passwords (quality.md S1): argon2id m=19456 KiB, t=2, p=1; 12 to 128 characters, no composition
// rules, refused when on the list of common passwords.
import { hash, verify } from '@node-rs/argon2';
import { isCommonPassword } from './common-passwords';

const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export async function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/** Returns a German message for the form field, or null when the password is acceptable. */
export function checkNewPassword(password: string): string | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN_LENGTH) {
		return `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`;
	}
	if (length > PASSWORD_MAX_LENGTH) {
		return `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`;
	}
	if (isCommonPassword(password)) {
		return 'Dieses Passwort ist zu leicht zu erraten. Bitte wählen Sie ein anderes, z. B. einen Satz aus mehreren Wörtern.';
	}
	return null;
}
