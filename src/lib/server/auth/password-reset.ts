// Password reset by e-mail (issue 13): a single-use token of 160 random bits, stored only as SHA-256,
// valid for 30 minutes. The request answers the same for known and unknown addresses and is throttled;
// a successful reset ends every session of the account.
import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';
import { normaliseEmail } from '$lib/domain/account';
import { passwordResetMail } from '$lib/domain/mail';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import { newId } from '../ids';
import { queueMail } from '../mail/outbox';
import { chargeAuthAttempt, resetThrottleKeys } from './auth-throttle';
import { hashPassword } from './password';
import {
	deleteOpenResets,
	findAccountByEmail,
	findResetByTokenHash,
	insertReset,
	markResetUsed
} from './reset-repository';
import { invalidateAllSessions } from './session';
import { updatePasswordHash } from './user-repository';

export const RESET_VALIDITY_MS = 30 * 60 * 1000;

/** The link is unknown, used or expired (410): the person should ask for a new one. */
export class ResetLinkGoneError extends DomainError {
	constructor() {
		super(
			'Dieser Link zum Zurücksetzen ist nicht mehr gültig. Er gilt 30 Minuten und nur einmal. Bitte fordern Sie einen neuen Link an.',
			410
		);
	}
}

export function isWellFormedResetToken(token: string): boolean {
	return /^[a-z2-7]{32}$/.test(token);
}

function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/**
 * Queues the reset mail when the address belongs to an active account; does nothing visible
 * otherwise. Throws TooManyRequestsError past the throttle (for every address alike).
 */
export async function requestPasswordReset(
	db: Db,
	input: { email: string; clientAddress: string; baseUrl: string },
	now = Date.now()
): Promise<void> {
	const email = normaliseEmail(input.email);
	await chargeAuthAttempt(db, resetThrottleKeys(email, input.clientAddress), now);
	const bytes = new Uint8Array(20);
	getRandomValues(bytes);
	const token = encodeBase32LowerCaseNoPadding(bytes);
	await db.transaction().execute(async (trx) => {
		const account = await findAccountByEmail(trx, email);
		if (!account || !account.isActive) {
			await appendAudit(
				trx,
				{
					actorId: null,
					action: 'auth.password_reset_requested_unknown',
					entityType: 'user',
					entityId: 'unknown',
					details: { clientAddress: input.clientAddress }
				},
				new Date(now)
			);
			return;
		}
		await deleteOpenResets(trx, account.id);
		await insertReset(trx, {
			id: newId(),
			userId: account.id,
			tokenHash: hashToken(token),
			createdAt: now,
			expiresAt: now + RESET_VALIDITY_MS
		});
		await queueMail(
			trx,
			account.email,
			passwordResetMail({
				name: account.name,
				link: `${input.baseUrl}/passwort-vergessen/${token}`
			}),
			now
		);
		await appendAudit(
			trx,
			{
				actorId: null,
				action: 'auth.password_reset_requested',
				entityType: 'user',
				entityId: account.id,
				details: { clientAddress: input.clientAddress }
			},
			new Date(now)
		);
	});
}

async function loadValidReset(db: Db, token: string, now: number) {
	if (!isWellFormedResetToken(token)) throw new ResetLinkGoneError();
	const reset = await findResetByTokenHash(db, hashToken(token));
	if (!reset || reset.usedAt !== null || reset.expiresAt <= now) throw new ResetLinkGoneError();
	return reset;
}

/** For the GET of the reset page: throws ResetLinkGoneError when the link cannot be used. */
export async function checkResetToken(db: Db, token: string, now = Date.now()): Promise<void> {
	await loadValidReset(db, token, now);
}

/** Sets the new password, uses the token up and ends every session of the account. */
export async function resetPassword(
	db: Db,
	token: string,
	newPassword: string,
	now = Date.now()
): Promise<void> {
	await loadValidReset(db, token, now); // fail fast before the costly hash
	const passwordHash = await hashPassword(newPassword);
	await db.transaction().execute(async (trx) => {
		const reset = await loadValidReset(trx, token, now);
		if (!(await markResetUsed(trx, reset.id, now))) throw new ResetLinkGoneError();
		await updatePasswordHash(trx, reset.userId, passwordHash, new Date(now));
		await deleteOpenResets(trx, reset.userId);
		await invalidateAllSessions(trx, reset.userId);
		await appendAudit(
			trx,
			{
				actorId: reset.userId,
				action: 'auth.password_reset',
				entityType: 'user',
				entityId: reset.userId
			},
			new Date(now)
		);
	});
}
