// Small pure rules for accounts: e-mail normalisation and safe redirect targets after login.

/** E-mail addresses are stored and compared trimmed and in lower case. */
export function normaliseEmail(email: string): string {
	return email.trim().toLowerCase();
}

/**
 * The `weiter` parameter of the login page: only a same-site relative path ("/konto?x=1").
 * Refuses absolute URLs, protocol-relative "//host" and "/\host" (browsers read it as "//host"),
 * and control characters. Returns null when the value is unsafe.
 */
export function safeRedirectTarget(value: unknown): string | null {
	if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
	if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f\s]/.test(value)) return null;
	const base = 'http://same-site.invalid';
	let url: URL;
	try {
		url = new URL(value, base);
	} catch {
		return null;
	}
	if (url.origin !== base) return null;
	return url.pathname + url.search + url.hash;
}
