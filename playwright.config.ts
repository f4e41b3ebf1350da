// Browser tests: Debian's chromium (Playwright cannot download browsers here) against the
// adapter-node build on a temporary, seeded database. Start them with `npm run test:e2e`
// (scripts/e2e.js builds, migrates, seeds, picks a free port and sets the variables read here).
import { defineConfig } from '@playwright/test';

export const CHROMIUM_PATH = '/usr/bin/chromium';

const port = process.env.E2E_PORT;
const databasePath = process.env.DATABASE_PATH;
if (!port || !databasePath) {
	throw new Error(
		'Die Browsertests starten Sie mit "npm run test:e2e" (setzt E2E_PORT und DATABASE_PATH).'
	);
}
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	fullyParallel: false,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Two cores shared with the server: one worker by default (E2E_WORKERS=2 to try more).
	workers: Number(process.env.E2E_WORKERS ?? 1),
	timeout: 30_000,
	expect: { timeout: 5_000 },
	reporter: process.env.CI ? [['list'], ['github']] : [['list']],
	use: {
		baseURL,
		locale: 'de-DE',
		timezoneId: 'Europe/Berlin',
		// axe-core is injected as a script; the app's strict CSP (nonces) would block it otherwise.
		bypassCSP: true,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: {
			executablePath: CHROMIUM_PATH,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-dev-shm-usage',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
	webServer: {
		command: 'node build',
		url: `${baseURL}/healthz`,
		reuseExistingServer: false,
		timeout: 30_000,
		stdout: 'ignore',
		stderr: 'pipe',
		env: {
			PORT: port,
			HOST: '127.0.0.1',
			ORIGIN: baseURL,
			DATABASE_PATH: databasePath,
			BODY_SIZE_LIMIT: '2M',
			// Mails over real SMTP to the capture server of scripts/e2e.js (service.spec.ts).
			SMTP_URL: process.env.E2E_SMTP_URL ?? '',
			MAIL_FROM: 'MEK-Assistent <mek@e2e.example>',
			// As behind a TLS-terminating proxy: HSTS only when this header says https (security.test.ts).
			PROTOCOL_HEADER: 'x-forwarded-proto',
			// Proves the legal texts come from the environment (public-pages.test.ts).
			ACCESSIBILITY_CONTACT_EMAIL: 'barrierefreiheit@e2e.example'
		}
	}
});
