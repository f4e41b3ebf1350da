// Security headers for EVERY response: pages, endpoints, errors raised in hooks (e.g. the 403 of the
// Origin check) and static files, which adapter-node serves with sirv before SvelteKit's hooks run.
// Plain JavaScript without imports: hooks.server.ts uses it, and the adapter wrapper
// (scripts/adapter-with-headers.js) copies it next to the built handler, which sets these headers
// on the Node response before anything else answers.

/** @type {Readonly<Record<string, string>>} */
export const SECURITY_HEADERS = Object.freeze({
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=()'
});

/** One year, as recommended; only sent on HTTPS responses (browsers ignore it over HTTP anyway). */
export const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * Whether a request reached the app over HTTPS: a TLS socket; behind a proxy the protocol header
 * named by PROTOCOL_HEADER (e.g. x-forwarded-proto, as adapter-node reads it) when configured,
 * else the configured ORIGIN's scheme.
 * @param {{ encrypted: boolean, header: (name: string) => string | undefined }} request
 * @param {Record<string, string | undefined>} env PROTOCOL_HEADER and ORIGIN are read
 * @returns {boolean}
 */
export function isHttpsRequest(request, env) {
	if (request.encrypted) return true;
	const protocolHeader = env.PROTOCOL_HEADER?.trim().toLowerCase();
	if (protocolHeader) {
		const value = request.header(protocolHeader)?.split(',')[0]?.trim().toLowerCase();
		return value === 'https';
	}
	return (env.ORIGIN ?? '').toLowerCase().startsWith('https://');
}

/**
 * @param {boolean} https
 * @returns {Record<string, string>}
 */
export function securityHeaders(https) {
	return https
		? { ...SECURITY_HEADERS, 'Strict-Transport-Security': HSTS }
		: { ...SECURITY_HEADERS };
}
