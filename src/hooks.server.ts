// Request pipeline: origin check for every state-changing request, session validation, login
// guard for the (app) group, security headers. Authorization itself lives in the services.
import {
	error,
	redirect,
	type Handle,
	type HandleServerError,
	type ServerInit
} from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { randomUUID } from 'node:crypto';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/session';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/auth/cookies';
import { mailConfigFrom, startMailDelivery } from '$lib/server/mail';
import { isHttpsRequest, securityHeaders } from '$lib/server/http/security-headers';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * SvelteKit checks Origin only for form content types; JSON endpoints (autosave) need the same
 * protection, so every non-GET request with a missing or foreign Origin is refused here (S3).
 */
const handleOrigin: Handle = async ({ event, resolve }) => {
	if (!SAFE_METHODS.has(event.request.method)) {
		const origin = event.request.headers.get('origin');
		if (origin !== event.url.origin) {
			error(403, 'Anfrage abgelehnt: Sie kam nicht von dieser Anwendung (Origin-Prüfung).');
		}
	}
	return resolve(event);
};

const handleSession: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	event.locals.pending = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const result = await validateSessionToken(db, token);
		if (result) {
			if (result.mfaState === 'complete') {
				event.locals.user = result.user;
				event.locals.session = result.session;
			} else {
				// Password given, second factor outstanding: not signed in for any (app) page.
				event.locals.pending = {
					session: result.session,
					userId: result.user.id,
					state: result.mfaState
				};
			}
			setSessionCookie(event.cookies, event.url, token);
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};

/** Layout loads do not run for actions and endpoints, so the login guard sits here (style.md). */
const handleGuard: Handle = async ({ event, resolve }) => {
	if (event.route.id?.startsWith('/(app)') && !event.locals.user) {
		const pending = event.locals.pending;
		if (pending && event.request.method === 'GET') {
			// Only the second step is open to a half-signed-in session (an admin or consultant without
			// a second factor must set it up before reaching anything else).
			const target = event.url.pathname + event.url.search;
			const step = pending.state === 'enrol' ? '/anmelden/einrichten' : '/anmelden/bestaetigen';
			redirect(303, `${step}?weiter=${encodeURIComponent(target)}`);
		}
		if (event.request.method === 'GET') {
			const target = event.url.pathname + event.url.search;
			redirect(303, `/anmelden?weiter=${encodeURIComponent(target)}`);
		}
		error(401, 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.');
	}
	return resolve(event);
};

const handleHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// `node build` sets these on every response already (scripts/adapter-with-headers.js); here for
	// `vite dev` and `vite preview`, which do not use that handler.
	const https = isHttpsRequest(
		{ encrypted: false, header: (name) => event.request.headers.get(name) ?? undefined },
		env
	);
	for (const [name, value] of Object.entries(securityHeaders(https)))
		response.headers.set(name, value);
	if (event.locals.user) response.headers.set('Cache-Control', 'private, no-store');
	return response;
};

/** Delivers the mail outbox in the background when SMTP is configured (README, "Konfiguration"). */
export const init: ServerInit = () => {
	startMailDelivery(db, mailConfigFrom(env));
};

export const handle = sequence(handleOrigin, handleSession, handleGuard, handleHeaders);

export const handleError: HandleServerError = ({ error: err, event, status }) => {
	const errorId = randomUUID();
	if (status >= 500) {
		console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}`, err);
	}
	return {
		message:
			status === 404
				? 'Die Seite wurde nicht gefunden.'
				: 'Ein unerwarteter Fehler ist aufgetreten. Bitte versuchen Sie es erneut.',
		errorId
	};
};
