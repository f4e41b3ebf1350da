// Issue 10, point 12: which headers every response gets, and when HSTS is added (HTTPS only).
import { describe, expect, it } from 'vitest';
import { isHttpsRequest, securityHeaders } from '../../src/lib/server/http/security-headers.js';

const req = (headers: Record<string, string> = {}, encrypted = false) => ({
	encrypted,
	header: (name: string) => headers[name]
});

describe('security headers', () => {
	it('always nosniff and Referrer-Policy; HSTS only for HTTPS', () => {
		expect(securityHeaders(false)).toMatchObject({
			'X-Content-Type-Options': 'nosniff',
			'Referrer-Policy': 'same-origin'
		});
		expect(securityHeaders(false)['Strict-Transport-Security']).toBeUndefined();
		expect(securityHeaders(true)['Strict-Transport-Security']).toMatch(/^max-age=31536000/);
	});

	it('HTTPS: a TLS socket, else the configured protocol header, else the ORIGIN scheme', () => {
		expect(isHttpsRequest(req({}, true), {})).toBe(true);
		const proxied = { PROTOCOL_HEADER: 'X-Forwarded-Proto', ORIGIN: 'https://mek.example' };
		expect(isHttpsRequest(req({ 'x-forwarded-proto': 'https' }), proxied)).toBe(true);
		expect(isHttpsRequest(req({ 'x-forwarded-proto': 'http' }), proxied)).toBe(false);
		expect(isHttpsRequest(req({ 'x-forwarded-proto': 'https, http' }), proxied)).toBe(true);
		// without a configured header, a client-sent X-Forwarded-Proto means nothing
		expect(isHttpsRequest(req({ 'x-forwarded-proto': 'https' }), {})).toBe(false);
		expect(isHttpsRequest(req(), { ORIGIN: 'https://mek.example' })).toBe(true);
		expect(isHttpsRequest(req(), { ORIGIN: 'http://127.0.0.1:3000' })).toBe(false);
	});
});
