// Session cookie flags (quality.md S2): HttpOnly, SameSite=Lax, Path=/, Secure except on plain-http
// localhost (so the demo and the browser tests work without TLS).
import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isSecureContextUrl(url: URL): boolean {
	return url.protocol === 'https:' || !LOCAL_HOSTS.has(url.hostname);
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string): void {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		path: '/',
		secure: isSecureContextUrl(url)
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL): void {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: isSecureContextUrl(url) });
}
