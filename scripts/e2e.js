// npm run test:e2e: browser tests with Debian's chromium against `node build` on a temporary,
// migrated and seeded database and a free port (5200-5999, never 3000/4173).
// Without /usr/bin/chromium: skipped locally (exit 0), a failure on CI (CI=true).
// E2E_SKIP_BUILD=1 reuses an existing build; E2E_KEEP=1 keeps the temporary database.
// Extra arguments go to Playwright: npm run test:e2e -- tests/e2e/legal.test.ts
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSmtpCapture } from './smtp-capture.js';

const CHROMIUM = '/usr/bin/chromium';

if (!existsSync(CHROMIUM)) {
	if (process.env.CI === 'true' || process.env.CI === '1') {
		console.error(
			`FEHLER: ${CHROMIUM} fehlt. Die Browsertests brauchen Debians chromium (apt-get install -y chromium); .ci/run installiert es.`
		);
		process.exit(1);
	}
	console.log(
		`Browsertests übersprungen: ${CHROMIUM} ist nicht installiert (sudo apt-get install -y chromium). Auf CI (CI=true) schlägt dieser Schritt fehl.`
	);
	process.exit(0);
}

/** @param {number} port @returns {Promise<boolean>} */
function isFree(port) {
	return new Promise((resolve) => {
		const server = createServer();
		server.once('error', () => resolve(false));
		server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
	});
}

async function freePort() {
	for (let attempt = 0; attempt < 50; attempt++) {
		const port = 5200 + Math.floor(Math.random() * 800);
		if (await isFree(port)) return port;
	}
	throw new Error('Kein freier Port zwischen 5200 und 5999 gefunden.');
}

/** @param {string} cmd @param {string[]} args @param {NodeJS.ProcessEnv} env */
const run = (cmd, args, env) => execFileSync(cmd, args, { stdio: 'inherit', env });

const dir = mkdtempSync(join(tmpdir(), 'mek-e2e-'));
const port = await freePort();
// Mails go over real SMTP to a capture server; tests read them from E2E_MAIL_FILE (service.spec.ts).
const mailFile = join(dir, 'mails.jsonl');
const smtp = await startSmtpCapture(mailFile);
const env = {
	...process.env,
	DATABASE_PATH: join(dir, 'mek.sqlite'),
	E2E_PORT: String(port),
	E2E_SMTP_URL: smtp.url,
	E2E_MAIL_FILE: mailFile
};
let status = 1;
try {
	if (process.env.E2E_SKIP_BUILD !== '1' || !existsSync('build/index.js')) {
		console.log('Baue die Anwendung für die Browsertests …');
		run('npx', ['vite', 'build', '--logLevel', 'warn'], env);
	}
	run('npx', ['tsx', 'db/migrate.ts'], env);
	run('npx', ['tsx', 'db/seed.ts'], env);
	console.log(`Browsertests gegen http://127.0.0.1:${port} (Datenbank ${env.DATABASE_PATH})`);
	// Asynchronous, so the SMTP capture server in this process keeps answering meanwhile.
	status = await new Promise((resolve) => {
		const child = spawn('npx', ['playwright', 'test', ...process.argv.slice(2)], {
			stdio: 'inherit',
			env
		});
		child.on('exit', (code) => resolve(code ?? 1));
		child.on('error', () => resolve(1));
	});
} catch (err) {
	console.error(
		'Vorbereitung der Browsertests fehlgeschlagen:',
		err instanceof Error ? err.message : err
	);
} finally {
	await smtp.close();
	if (process.env.E2E_KEEP === '1') console.log(`Temporäre Daten behalten: ${dir}`);
	else rmSync(dir, { recursive: true, force: true });
}
process.exit(status);
