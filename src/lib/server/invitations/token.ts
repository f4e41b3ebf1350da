// Invitation tokens (quality.md S6): 160 random bits as 32 base32 characters, shown once in the
// link; only the SHA-256 (hex) is stored, so a database leak yields no usable link.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';

export const INVITATION_VALIDITY_MS = 7 * 24 * 60 * 60 * 1000;

export function generateInvitationToken(): string {
	const bytes = new Uint8Array(20);
	getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

export function hashInvitationToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Anything but 32 base32 characters is not worth a database lookup. */
export function isWellFormedInvitationToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}
