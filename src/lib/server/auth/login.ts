// Login: throttle check, password verification with even timing, audit entry. Returns the user id;
// the route then creates the session. Unknown, inactive and wrong-password accounts fail alike.
import { normaliseEmail } from '$lib/domain/account';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { TooManyRequestsError, ValidationError } from '../errors';
import { hashPassword, verifyPassword } from './password';
import { loginThrottleKeys, recordSuccessfulAttempt, reserveAttempt, sleep } from './throttle';
import { findCredentialsByEmail } from './user-repository';

export interface LoginCredentials {
	email: string;
	password: string;
	clientAddress: string;
}

export class InvalidCredentialsError extends ValidationError {
	constructor() {
		super(
			'Die E-Mail-Adresse oder das Passwort ist nicht korrekt. Bitte prüfen Sie Ihre Eingaben.'
		);
	}
}

let dummyHash: Promise<string> | undefined;

/** Verified against for unknown e-mail addresses so that they take as long as known ones. */
function getDummyHash(): Promise<string> {
	dummyHash ??= hashPassword('dummy password for constant timing, never matches anything');
	return dummyHash;
}

/**
 * Throws TooManyRequestsError while this account is blocked for this client (never because of
 * failures from other clients; those only slow the attempt down, see throttle.ts),
 * InvalidCredentialsError
 * when the e-mail/password pair does not belong to an active account.
 */
export async function login(
	db: Db,
	credentials: LoginCredentials,
	now = Date.now(),
	wait: (ms: number) => Promise<void> = sleep
): Promise<string> {
	const email = normaliseEmail(credentials.email);
	const keys = loginThrottleKeys(email, credentials.clientAddress);
	const context = { email, clientAddress: credentials.clientAddress };
	let delay: number;
	try {
		delay = await reserveAttempt(db, [keys.accountClient, keys.account, keys.client], now);
	} catch (err) {
		if (err instanceof TooManyRequestsError) {
			await audit(db, 'auth.login_throttled', null, { ...context }, now);
		}
		throw err;
	}
	// slowed down (many failures on the account or from the address), never refused: the wait comes
	// before the check, for the right password too, so its length tells nothing
	if (delay > 0) await wait(delay);
	const account = await findCredentialsByEmail(db, email);
	const matches = await verifyPassword(
		account?.passwordHash ?? (await getDummyHash()),
		credentials.password
	);
	if (!account || !account.isActive || !matches) {
		const reason = !account ? 'unknown_account' : !matches ? 'wrong_password' : 'inactive_account';
		await audit(db, 'auth.login_failed', account?.id ?? null, { ...context, reason }, now);
		throw new InvalidCredentialsError();
	}
	await recordSuccessfulAttempt(db, [keys.accountClient], [keys.account, keys.client], now);
	await audit(db, 'auth.login', account.id, context, now);
	return account.id;
}

async function audit(
	db: Db,
	action: string,
	userId: string | null,
	details: Record<string, string>,
	now: number
): Promise<void> {
	await appendAudit(
		db,
		{
			actorId: action === 'auth.login' ? userId : null,
			action,
			entityType: 'user',
			entityId: userId ?? 'unknown',
			details
		},
		new Date(now)
	);
}
