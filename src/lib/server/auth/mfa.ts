// Second factor (issue 13): TOTP after RFC 6238 (@oslojs/otp; 30 s, 6 digits, ±30 s grace), mandatory
// for admin and consultant accounts, optional for everyone else; ten single-use recovery codes stored
// as SHA-256. A login creates a session in state 'totp' or 'enrol' until the factor is given.
import { createTOTPKeyURI, verifyTOTPWithGracePeriod } from '@oslojs/otp';
import { sha256 } from '@oslojs/crypto/sha2';
import {
	encodeBase32LowerCaseNoPadding,
	encodeBase32UpperCaseNoPadding,
	encodeHexLowerCase
} from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';
import { qrMatrix, qrSvg } from '../pdf/qr';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import { chargeAuthAttempt, clearAuthThrottle, totpThrottleKey } from './auth-throttle';
import { isAdmin, isConsultant } from './authorize';
import {
	countUnusedRecoveryCodes,
	disableTotp,
	enableTotp,
	findTotp,
	replaceRecoveryCodes,
	savePendingSecret,
	setLastLogin,
	useRecoveryCode
} from './mfa-repository';
import {
	completeSession,
	createSession,
	invalidateAllSessions,
	type MfaState,
	type SessionWithToken
} from './session';
import type { AuthUser } from './user';
import { loadAuthUser } from './user-repository';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
const TOTP_GRACE_SECONDS = 30;
const RECOVERY_CODE_COUNT = 10;
const ISSUER = 'MEK-Assistent';

const WRONG_CODE =
	'Der Code ist nicht korrekt. Bitte geben Sie den aktuellen Code aus Ihrer App ein.';

/** Admin and consultant accounts (KISA staff) must use a second factor. */
export function mfaRequired(user: AuthUser): boolean {
	return isAdmin(user) || isConsultant(user);
}

/** After the password step of a login: a session that is full, or waits for the second factor. */
export async function startLoginSession(
	db: Db,
	userId: string,
	userAgent: string | null,
	now = Date.now()
): Promise<SessionWithToken> {
	const user = await loadAuthUser(db, userId);
	const totp = await findTotp(db, userId);
	if (!user || !totp) throw new NotFoundError('Das Konto wurde nicht gefunden.');
	const mfaState: MfaState = totp.secret ? 'totp' : mfaRequired(user) ? 'enrol' : 'complete';
	const session = await createSession(db, userId, now, { mfaState, userAgent });
	if (mfaState === 'complete') await setLastLogin(db, userId, new Date(now));
	return session;
}

export interface MfaStatus {
	enabled: boolean;
	required: boolean;
	recoveryCodesLeft: number;
}

export async function getMfaStatus(db: Db, user: AuthUser): Promise<MfaStatus> {
	const totp = await findTotp(db, user.id);
	return {
		enabled: !!totp?.secret,
		required: mfaRequired(user),
		recoveryCodesLeft: totp?.secret ? await countUnusedRecoveryCodes(db, user.id) : 0
	};
}

export interface Enrolment {
	/** The key for manual entry, upper-case base32 in groups of four. */
	manualKey: string;
	keyUri: string;
	/** QR code of keyUri as inline SVG. */
	qrSvg: string;
}

/**
 * The enrolment page: creates (once) the secret the app scans; nothing is active before confirmation.
 * Null when the second factor is already set up.
 */
export async function getEnrolment(db: Db, userId: string): Promise<Enrolment | null> {
	const totp = await findTotp(db, userId);
	if (!totp) throw new NotFoundError('Das Konto wurde nicht gefunden.');
	if (totp.secret) return null;
	let secret = totp.pendingSecret;
	if (!secret) {
		secret = new Uint8Array(20);
		getRandomValues(secret);
		await savePendingSecret(db, userId, secret);
	}
	const keyUri = createTOTPKeyURI(ISSUER, totp.email, secret, TOTP_PERIOD_SECONDS, TOTP_DIGITS);
	const svg = qrSvg(qrMatrix(keyUri), 'QR-Code zum Einrichten der Authenticator-App');
	const manualKey = encodeBase32UpperCaseNoPadding(secret).replace(/(.{4})(?=.)/g, '$1 ');
	return { manualKey, keyUri, qrSvg: svg };
}

function normaliseCode(code: string): string {
	return code.replace(/[\s-]/g, '').toLowerCase();
}

function hashRecoveryCode(code: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(normaliseCode(code))));
}

function newRecoveryCodes(): string[] {
	return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
		const bytes = new Uint8Array(7);
		getRandomValues(bytes);
		const text = encodeBase32LowerCaseNoPadding(bytes).slice(0, 10);
		return `${text.slice(0, 5)}-${text.slice(5)}`;
	});
}

function isTotpCode(code: string): boolean {
	return /^\d{6}$/.test(code.replace(/\s/g, ''));
}

/**
 * Confirms the enrolment with a code from the app: the secret becomes active, ten recovery codes are
 * created (returned once, stored hashed) and the session becomes a full one.
 */
export async function confirmEnrolment(
	db: Db,
	userId: string,
	sessionId: string,
	code: string,
	now = Date.now()
): Promise<string[]> {
	const key = totpThrottleKey(userId);
	await chargeAuthAttempt(db, [key], now);
	const totp = await findTotp(db, userId);
	if (!totp) throw new NotFoundError('Das Konto wurde nicht gefunden.');
	if (totp.secret)
		throw new ConflictError('Der zweite Faktor ist für dieses Konto bereits eingerichtet.');
	if (
		!totp.pendingSecret ||
		!isTotpCode(code) ||
		!verifyTOTPWithGracePeriod(
			totp.pendingSecret,
			TOTP_PERIOD_SECONDS,
			TOTP_DIGITS,
			code.replace(/\s/g, ''),
			TOTP_GRACE_SECONDS
		)
	) {
		throw new ValidationError(WRONG_CODE, 'code');
	}
	const codes = newRecoveryCodes();
	await db.transaction().execute(async (trx) => {
		await enableTotp(trx, userId, totp.pendingSecret as Uint8Array, new Date(now));
		await replaceRecoveryCodes(
			trx,
			userId,
			codes.map((c) => ({ id: newId(), hash: hashRecoveryCode(c) }))
		);
		await completeSession(trx, sessionId);
		await setLastLogin(trx, userId, new Date(now));
		await clearAuthThrottle(trx, key);
		await appendAudit(
			trx,
			{ actorId: userId, action: 'auth.mfa_enrolled', entityType: 'user', entityId: userId },
			new Date(now)
		);
	});
	return codes;
}

/** The second login step: a TOTP code or an unused recovery code (then used up). Throttled. */
export async function verifySecondFactor(
	db: Db,
	userId: string,
	sessionId: string,
	code: string,
	now = Date.now()
): Promise<{ method: 'totp' | 'recovery_code' }> {
	const key = totpThrottleKey(userId);
	await chargeAuthAttempt(db, [key], now);
	const totp = await findTotp(db, userId);
	if (!totp?.secret)
		throw new NotFoundError('Für dieses Konto ist kein zweiter Faktor eingerichtet.');
	const secret = totp.secret;
	return db
		.transaction()
		.execute(async (trx) => {
			let method: 'totp' | 'recovery_code' | null = null;
			if (isTotpCode(code)) {
				const ok = verifyTOTPWithGracePeriod(
					secret,
					TOTP_PERIOD_SECONDS,
					TOTP_DIGITS,
					code.replace(/\s/g, ''),
					TOTP_GRACE_SECONDS
				);
				if (ok) method = 'totp';
			} else if (normaliseCode(code).length === 10) {
				if (await useRecoveryCode(trx, userId, hashRecoveryCode(code), new Date(now))) {
					method = 'recovery_code';
				}
			}
			if (!method) {
				await appendAudit(
					trx,
					{ actorId: null, action: 'auth.mfa_failed', entityType: 'user', entityId: userId },
					new Date(now)
				);
				return null;
			}
			await completeSession(trx, sessionId);
			await setLastLogin(trx, userId, new Date(now));
			await clearAuthThrottle(trx, key);
			await appendAudit(
				trx,
				{
					actorId: userId,
					action: 'auth.mfa_verified',
					entityType: 'user',
					entityId: userId,
					details: { method }
				},
				new Date(now)
			);
			return { method };
		})
		.then((result) => {
			if (!result) throw new ValidationError(WRONG_CODE, 'code');
			return result;
		});
}

/**
 * An admin resets someone's second factor (lost phone): secret and recovery codes are removed, the
 * person's sessions end, and an admin/consultant must enrol again at the next login.
 */
export async function resetMfa(
	db: Db,
	actor: AuthUser,
	targetUserId: string,
	now = Date.now()
): Promise<void> {
	if (!isAdmin(actor)) throw new NotFoundError('Das Konto wurde nicht gefunden.');
	await db.transaction().execute(async (trx) => {
		const totp = await findTotp(trx, targetUserId);
		if (!totp) throw new NotFoundError('Das Konto wurde nicht gefunden.');
		await disableTotp(trx, targetUserId);
		await invalidateAllSessions(trx, targetUserId);
		await appendAudit(
			trx,
			{
				actorId: actor.id,
				action: 'auth.mfa_reset',
				entityType: 'user',
				entityId: targetUserId,
				details: { before: { enabled: !!totp.secret }, after: { enabled: false } }
			},
			new Date(now)
		);
	});
}
