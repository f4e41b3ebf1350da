// npm start: build if the build is missing or older than the sources, migrate, seed the demo data
// on first start, then serve the adapter-node build on PORT (default 3000).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** @param {string} dir @returns {number} */
function newestMtime(dir) {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
	}
	return newest;
}

function buildIsStale() {
	if (!existsSync('build/index.js')) return true;
	const built = statSync('build/index.js').mtimeMs;
	return (
		['src', 'static'].some((d) => newestMtime(d) > built) ||
		['svelte.config.js', 'vite.config.ts', 'package.json'].some((f) => statSync(f).mtimeMs > built)
	);
}

/** @param {string} cmd @param {string[]} args */
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit', env: process.env });

if (buildIsStale()) {
	console.log('Baue die Anwendung …');
	run('npx', ['vite', 'build']);
}
run('npx', ['tsx', 'db/migrate.ts']);
run('npx', ['tsx', 'db/seed.ts', '--if-empty']);

const server = spawn(process.execPath, ['build/index.js'], {
	stdio: 'inherit',
	env: { PORT: '3000', BODY_SIZE_LIMIT: '2M', ...process.env }
});
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM']))
	process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
