// "Already sent in this browser": a cookie on the client only. The server stores nothing about it and
// cannot link it to a response; it only reads it to show a thank-you note instead of the form again.
import type { Cookies } from '@sveltejs/kit';
import { isSecureContextUrl } from '../auth/cookies';

const PREFIX = 'mek_umfrage_';
const ONE_YEAR = 365 * 24 * 60 * 60;

function name(waveId: string): string {
	return `${PREFIX}${waveId.replace(/[^0-9a-f-]/gi, '')}`;
}

export function markSent(cookies: Cookies, url: URL, waveId: string): void {
	cookies.set(name(waveId), '1', {
		path: '/umfrage',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContextUrl(url),
		maxAge: ONE_YEAR
	});
}

export function wasSent(cookies: Cookies, waveId: string): boolean {
	return cookies.get(name(waveId)) === '1';
}
