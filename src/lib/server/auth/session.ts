// Sessions as in the current Lucia guide (lucia-auth.com): token "<id>.<secret>", each part 160 bits
// of CSPRNG output in base32 (quality.md S2 asks for at least 128); only SHA-256(secret) is stored and
// compared in constant time.
// Times come in as `now` so tests can move the clock.
import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { getRandomValues } from 'node:crypto';
import type { Db } from '../db/client';
import type { AuthUser } from './user';
import { loadAuthUser } from './user-repository';

/** Sliding inactivity timeout (quality.md S2: at most 8 h). */
export const INACTIVITY_TIMEOUT_MS = 8 * 60 * 60 * 1000;
/** Absolute lifetime, however active the session (at most 7 days). */
export const ABSOLUTE_TIMEOUT_MS = 7 * 24 * 60 * 60 * 1000;
/** Write last_active_at at most once a minute to keep reads cheap. */
const ACTIVITY_WRITE_INTERVAL_MS = 60 * 1000;

export const SESSION_COOKIE = 'mek_session';

/**
 * 'complete': fully signed in. 'totp': password verified, the TOTP code is outstanding. 'enrol':
 * password verified, but the account must set up its second factor first (admin, consultant).
 * Only 'complete' sessions reach the (app) pages (hooks.server.ts).
 */
export type MfaState = 'complete' | 'totp' | 'enrol';

export interface Session {
	id: string;
	userId: string;
	createdAt: number;
	lastActiveAt: number;
}

export interface SessionWithToken extends Session {
	token: string;
	mfaState: MfaState;
}

function randomPart(): string {
	// 20 bytes = 160 bits -> 32 base32 characters (the guide's 120 bits fall short of S2's 128).
	const bytes = new Uint8Array(20);
	getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

function hashSecret(secret: string): Uint8Array {
	return sha256(new TextEncoder().encode(secret));
}

export interface SessionOptions {
	mfaState?: MfaState;
	/** The browser's User-Agent, shortened; shown in the list of the user's sessions. */
	userAgent?: string | null;
}

export async function createSession(
	db: Db,
	userId: string,
	now = Date.now(),
	options: SessionOptions = {}
): Promise<SessionWithToken> {
	const id = randomPart();
	const secret = randomPart();
	const mfaState = options.mfaState ?? 'complete';
	await db
		.insertInto('sessions')
		.values({
			id,
			secret_hash: hashSecret(secret),
			user_id: userId,
			created_at: now,
			last_active_at: now,
			mfa_state: mfaState,
			user_agent: options.userAgent ? options.userAgent.slice(0, 300) : null
		})
		.execute();
	return { id, userId, createdAt: now, lastActiveAt: now, mfaState, token: `${id}.${secret}` };
}

/** After the second factor (or its enrolment): the session becomes a full one. */
export async function completeSession(db: Db, sessionId: string): Promise<void> {
	await db
		.updateTable('sessions')
		.set({ mfa_state: 'complete' })
		.where('id', '=', sessionId)
		.execute();
}

export function isSessionExpired(session: Session, now: number): boolean {
	return (
		now - session.lastActiveAt >= INACTIVITY_TIMEOUT_MS ||
		now - session.createdAt >= ABSOLUTE_TIMEOUT_MS
	);
}

export async function validateSessionToken(
	db: Db,
	token: string,
	now = Date.now()
): Promise<{ session: Session; user: AuthUser; mfaState: MfaState } | null> {
	const parts = token.split('.');
	if (parts.length !== 2 || parts[0].length > 64 || parts[1].length > 64) return null;
	const [id, secret] = parts;
	const row = await db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id',
			'sessions.secret_hash',
			'sessions.user_id',
			'sessions.created_at',
			'sessions.last_active_at',
			'sessions.mfa_state',
			'users.is_active'
		])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	if (!constantTimeEqual(hashSecret(secret), new Uint8Array(row.secret_hash))) return null;
	const session: Session = {
		id: row.id,
		userId: row.user_id,
		createdAt: row.created_at,
		lastActiveAt: row.last_active_at
	};
	if (isSessionExpired(session, now) || row.is_active !== 1) {
		await invalidateSession(db, id);
		return null;
	}
	if (now - session.lastActiveAt >= ACTIVITY_WRITE_INTERVAL_MS) {
		session.lastActiveAt = now;
		await db.updateTable('sessions').set({ last_active_at: now }).where('id', '=', id).execute();
	}
	const user = await loadAuthUser(db, session.userId);
	if (!user) return null;
	return { session, user, mfaState: row.mfa_state as MfaState };
}

export async function invalidateSession(db: Db, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** "Überall abmelden": ends every session of the user. */
export async function invalidateAllSessions(db: Db, userId: string): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** After a password change: ends every session of the user except the one in use. */
export async function invalidateOtherSessions(
	db: Db,
	userId: string,
	keepSessionId: string
): Promise<void> {
	await db
		.deleteFrom('sessions')
		.where('user_id', '=', userId)
		.where('id', '!=', keepSessionId)
		.execute();
}

/** Seconds until the session would time out from inactivity; the UI warns before it strikes. */
export function secondsUntilTimeout(session: Session, now = Date.now()): number {
	const inactivity = session.lastActiveAt + INACTIVITY_TIMEOUT_MS - now;
	const absolute = session.createdAt + ABSOLUTE_TIMEOUT_MS - now;
	return Math.max(0, Math.floor(Math.min(inactivity, absolute) / 1000));
}

export interface SessionSummary {
	id: string;
	createdAt: number;
	lastActiveAt: number;
	userAgent: string | null;
	/** The session of the request that asks. */
	current: boolean;
}

/** The user's own active sessions, most recently used first (issue 13, "Meine Anmeldungen"). */
export async function listOwnSessions(
	db: Db,
	user: AuthUser,
	current: Session,
	now = Date.now()
): Promise<SessionSummary[]> {
	const rows = await db
		.selectFrom('sessions')
		.select(['id', 'created_at', 'last_active_at', 'user_agent'])
		.where('user_id', '=', user.id)
		.where('mfa_state', '=', 'complete')
		.orderBy('last_active_at', 'desc')
		.execute();
	return rows
		.map((r) => ({
			id: r.id,
			createdAt: r.created_at,
			lastActiveAt: r.last_active_at,
			userAgent: r.user_agent,
			current: r.id === current.id
		}))
		.filter((s) => !isSessionExpired({ ...s, userId: user.id }, now));
}

/**
 * Ends one of the user's own sessions. The user id is part of the condition, so someone else's
 * session id ends nothing; returns false then (the page answers "not found").
 */
export async function endOwnSession(db: Db, user: AuthUser, sessionId: string): Promise<boolean> {
	const result = await db
		.deleteFrom('sessions')
		.where('id', '=', sessionId)
		.where('user_id', '=', user.id)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}
