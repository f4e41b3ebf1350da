// Benchmark plumbing: a built server on a seeded temporary database, pinned to core 0, with the
// load generator (this process) on core 1 where taskset exists (quality.md "How to measure").
import autocannon from 'autocannon';
import { decodeBase32 } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import { DEMO_TOTP_SECRET } from '../db/demo-data';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ServerHandle {
	url: string;
	databasePath: string;
	process: ChildProcess;
	rssSamples: number[];
	stop(): Promise<void>;
	/** VmHWM (peak resident set) of the server process in MB. */
	peakRssMb(): number;
}

const hasTaskset = (() => {
	try {
		execFileSync('taskset', ['-c', '0', 'true']);
		return true;
	} catch {
		return false;
	}
})();

export function pinnedCommand(core: number, cmd: string, args: string[]): [string, string[]] {
	return hasTaskset ? ['taskset', ['-c', String(core), cmd, ...args]] : [cmd, args];
}

export function prepareDatabase(): string {
	const dir = mkdtempSync(join(tmpdir(), 'mek-bench-'));
	const databasePath = join(dir, 'bench.sqlite');
	const env = { ...process.env, DATABASE_PATH: databasePath };
	execFileSync('npx', ['tsx', 'db/migrate.ts'], { env, stdio: 'ignore' });
	execFileSync('npx', ['tsx', 'db/seed.ts'], { env, stdio: 'ignore' });
	return databasePath;
}

/** The benchmark's own build (build-bench/): the product plus the floor endpoint, see svelte.config.js. */
export const BENCH_BUILD = 'build-bench';

export function ensureBuild(): void {
	if (!existsSync(`${BENCH_BUILD}/index.js`) || process.env.BENCH_REBUILD !== '0') {
		execFileSync('npx', ['vite', 'build'], {
			stdio: 'ignore',
			env: { ...process.env, MEK_BENCH_BUILD: '1' }
		});
	}
}

export async function startServer(
	databasePath: string,
	port: number,
	extraEnv: Record<string, string> = {}
): Promise<ServerHandle & { startupMs: number }> {
	const [cmd, args] = pinnedCommand(0, process.execPath, [`${BENCH_BUILD}/index.js`]);
	const started = performance.now();
	const child = spawn(cmd, args, {
		env: {
			...process.env,
			DATABASE_PATH: databasePath,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: `http://127.0.0.1:${port}`,
			...extraEnv
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const url = `http://127.0.0.1:${port}`;
	while (true) {
		try {
			const res = await fetch(`${url}/healthz`);
			if (res.ok) break;
		} catch {
			/* not up yet */
		}
		if (performance.now() - started > 15000) throw new Error('Server did not start');
		await new Promise((r) => setTimeout(r, 10));
	}
	const startupMs = performance.now() - started;
	const rssSamples: number[] = [];
	const pid = child.pid!;
	const serverPid = () => {
		// With taskset the child execs node, so the pid is the server's.
		return pid;
	};
	const timer = setInterval(() => {
		try {
			const status = readFileSync(`/proc/${serverPid()}/status`, 'utf8');
			const rss = /VmRSS:\s+(\d+)/.exec(status);
			if (rss) rssSamples.push(Number(rss[1]) / 1024);
		} catch {
			/* process gone */
		}
	}, 1000);
	return {
		url,
		databasePath,
		process: child,
		rssSamples,
		startupMs,
		peakRssMb() {
			try {
				const status = readFileSync(`/proc/${serverPid()}/status`, 'utf8');
				const hwm = /VmHWM:\s+(\d+)/.exec(status);
				return hwm ? Number(hwm[1]) / 1024 : NaN;
			} catch {
				return NaN;
			}
		},
		async stop() {
			clearInterval(timer);
			child.kill('SIGTERM');
			await new Promise((r) => child.once('exit', r));
		}
	};
}

/**
 * Logs in through the real form actions and returns the session cookie. The demo KISA accounts have
 * a second factor: the code from the demo-only TOTP key goes to the second step.
 */
export async function login(url: string, email: string, password: string): Promise<string> {
	const body = new URLSearchParams({ email, password });
	const res = await fetch(`${url}/anmelden`, {
		method: 'POST',
		body,
		redirect: 'manual',
		headers: {
			origin: url,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		}
	});
	const cookie = res.headers
		.getSetCookie()
		.find((c) => c.startsWith('mek_session='))
		?.split(';')[0];
	if (!cookie) throw new Error(`Login failed for ${email}: ${res.status}`);
	if (!(res.headers.get('location') ?? '').startsWith('/anmelden/bestaetigen')) return cookie;
	const code = generateTOTP(decodeBase32(DEMO_TOTP_SECRET), 30, 6);
	const second = await fetch(`${url}/anmelden/bestaetigen`, {
		method: 'POST',
		body: new URLSearchParams({ code }),
		redirect: 'manual',
		headers: {
			origin: url,
			cookie,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		}
	});
	if (second.status !== 303 || (second.headers.get('location') ?? '').startsWith('/anmelden'))
		throw new Error(`Second factor failed for ${email}: ${second.status}`);
	return cookie;
}

export interface RunFigures {
	requestsPerSecond: number;
	p50: number;
	p99: number;
	max: number;
	errors: number;
	non2xx: number;
	total: number;
	/** Responses per HTTP status, to tell conflicts (409) from failures. */
	statuses?: Record<string, number>;
}

export async function load(
	opts: autocannon.Options & { setupClient?: (client: autocannon.Client) => void }
): Promise<RunFigures> {
	const result = await autocannon({ ...opts });
	return {
		requestsPerSecond: result.requests.average,
		p50: result.latency.p50,
		p99: result.latency.p99,
		max: result.latency.max,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx,
		total: result.requests.total,
		statuses: Object.fromEntries(
			Object.entries(
				(result as unknown as { statusCodeStats: Record<string, { count: number }> })
					.statusCodeStats ?? {}
			).map(([code, v]) => [code, v.count])
		)
	};
}

/** Warm up, then three runs; returns the median run by throughput (quality.md). */
export async function measure(
	name: string,
	make: (duration: number) => Promise<RunFigures>,
	{ warmup = 5, duration = 10 } = {}
): Promise<RunFigures & { runs: RunFigures[] }> {
	process.stdout.write(`${name}: Aufwärmen ${warmup} s … `);
	await make(warmup);
	const runs: RunFigures[] = [];
	for (let i = 0; i < 3; i++) {
		// Let requests cut off at the end of the previous run finish before the next reads versions.
		await new Promise((r) => setTimeout(r, 500));
		process.stdout.write(`Lauf ${i + 1} … `);
		runs.push(await make(duration));
	}
	const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
	const median = sorted[1];
	console.log(
		`${Math.round(median.requestsPerSecond)} req/s, p99 ${median.p99} ms, Fehler ${median.errors + median.non2xx} ${JSON.stringify(median.statuses ?? {})}`
	);
	return { ...median, runs };
}
