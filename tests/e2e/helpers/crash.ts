// Crash durability harness (quality.md R1, issue 3 "Done when" 4): the built server (`node build`)
// on its own port and database takes a burst of autosaves over HTTP and is killed with SIGKILL in
// the middle; every answer that got a 2xx must be in the database afterwards, with its value.
// Used by tests/e2e/crash-durability.spec.ts (5 rounds) and usable by the benchmark (50 rounds).
import Database from 'better-sqlite3';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface Lane {
	responseId: string;
	questionKey: string;
	next: (seq: number) => unknown;
	/** last acknowledged state (2xx) and the value sent without an answer when the server died */
	acked: { value: unknown; version: number } | null;
	inFlight: { value: unknown } | null;
	seq: number;
}

export interface Server {
	process: ChildProcess;
	base: string;
}

/** A migrated database with the demo world (the same scripts the e2e runner uses). */
export function prepareDatabase(dir: string): string {
	const path = join(dir, 'crash.sqlite');
	const env = { ...process.env, DATABASE_PATH: path };
	execFileSync('npx', ['tsx', 'db/migrate.ts'], { env, stdio: 'ignore' });
	execFileSync('npx', ['tsx', 'db/seed.ts'], { env, stdio: 'ignore' });
	return path;
}

export async function startServer(databasePath: string, port: number): Promise<Server> {
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['build'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: base,
			DATABASE_PATH: databasePath
		},
		stdio: 'ignore'
	});
	const deadline = Date.now() + 15_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`Server beendet mit Code ${child.exitCode}`);
		const ok = await fetch(`${base}/healthz`).then(
			(r) => r.ok,
			() => false
		);
		if (ok) return { process: child, base };
		await new Promise((r) => setTimeout(r, 50));
	}
	child.kill('SIGKILL');
	throw new Error('Server startete nicht innerhalb von 15 s.');
}

export function killHard(server: Server): Promise<void> {
	return new Promise((resolve) => {
		if (server.process.exitCode !== null || server.process.signalCode !== null) return resolve();
		server.process.once('exit', () => resolve());
		server.process.kill('SIGKILL');
	});
}

/** Logs in through the real login form (POST /anmelden with an Origin header); returns the cookie. */
export async function login(base: string, email: string, password: string): Promise<string> {
	const res = await fetch(`${base}/anmelden`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: base,
			accept: 'text/html',
			'content-type': 'application/x-www-form-urlencoded'
		},
		body: new URLSearchParams({ email, password })
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('mek_session='));
	if (res.status !== 303 || !cookie)
		throw new Error(`Anmeldung fehlgeschlagen (HTTP ${res.status}).`);
	return cookie.split(';')[0];
}

interface QuestionDef {
	key: string;
	type: string;
	min?: number;
	max?: number;
}

/** Writable number and text questions of the open sections of a response, one lane each. */
export function pickLanes(databasePath: string, responseId: string, limit: number): Lane[] {
	const db = new Database(databasePath, { readonly: true });
	try {
		const row = db
			.prepare(
				`select v.definition, r.section_completion from responses r
				 join questionnaire_versions v on v.id = r.version_id where r.id = ?`
			)
			.get(responseId) as { definition: string; section_completion: string };
		const definition = JSON.parse(row.definition) as {
			sections: { key: string; questions: QuestionDef[] }[];
		};
		const done = new Set(JSON.parse(row.section_completion) as string[]);
		const lanes: Lane[] = [];
		for (const q of definition.sections
			.filter((s) => !done.has(s.key))
			.flatMap((s) => s.questions)) {
			const next = generator(q);
			if (next)
				lanes.push({ responseId, questionKey: q.key, next, acked: null, inFlight: null, seq: 0 });
		}
		return lanes.slice(0, limit);
	} finally {
		db.close();
	}
}

function generator(q: QuestionDef): ((seq: number) => unknown) | null {
	if (q.type === 'text' || q.type === 'longtext') return (seq) => `Absturztest ${q.key} Nr. ${seq}`;
	if (q.type === 'integer' || q.type === 'decimal' || q.type === 'currency') {
		const min = q.min ?? 0;
		const span = (q.max ?? min + 10_000) - min;
		return span >= 2 ? (seq) => min + (seq % span) : null;
	}
	return null;
}

/** Reads the stored state of every lane (start of a round: the client continues from the database). */
export function syncLanes(databasePath: string, lanes: Lane[]): void {
	const db = new Database(databasePath, { readonly: true });
	try {
		const stmt = db.prepare(
			'select value, version from answers where response_id = ? and question_key = ?'
		);
		for (const lane of lanes) {
			const row = stmt.get(lane.responseId, lane.questionKey) as
				{ value: string; version: number } | undefined;
			lane.acked = row ? { value: JSON.parse(row.value), version: row.version } : null;
			lane.inFlight = null;
		}
	} finally {
		db.close();
	}
}

/**
 * Each lane saves new values one after another until `stop` resolves (the server is killed);
 * `onAck` is called after every acknowledged save.
 */
export async function burst(
	base: string,
	cookie: string,
	lanes: Lane[],
	stop: Promise<void>,
	onAck: (acknowledged: number) => void = () => {}
): Promise<number> {
	let stopped = false;
	void stop.then(() => (stopped = true));
	let acknowledged = 0;
	await Promise.all(
		lanes.map(async (lane) => {
			while (!stopped) {
				lane.seq += 1;
				const value = lane.next(lane.seq);
				lane.inFlight = { value };
				const body = {
					responseId: lane.responseId,
					questionKey: lane.questionKey,
					value,
					expectedVersion: lane.acked?.version ?? 0
				};
				let res: Response | null = null;
				while (!res) {
					try {
						res = await fetch(`${base}/api/antworten`, {
							method: 'POST',
							headers: { origin: base, cookie, 'content-type': 'application/json' },
							body: JSON.stringify(body)
						});
					} catch {
						// the server is gone (this value may or may not be stored), or a kept-alive
						// connection to the previous server broke: then the same request is repeated
						if (stopped) return;
					}
				}
				const data = (await res.json().catch(() => null)) as {
					value: unknown;
					version: number;
				} | null;
				if (res.ok && !data) return; // the connection broke while the body was read: not acknowledged
				if (!res.ok || !data) throw new Error(`Autosave ${lane.questionKey}: HTTP ${res.status}`);
				lane.acked = { value: data.value, version: data.version };
				lane.inFlight = null;
				acknowledged += 1;
				onAck(acknowledged);
			}
		})
	);
	return acknowledged;
}

/** After the crash: integrity check and every acknowledged answer (or the one sent after it). */
export function verify(
	databasePath: string,
	lanes: Lane[]
): { integrity: string; problems: string[] } {
	const db = new Database(databasePath);
	try {
		const integrity = String(db.pragma('integrity_check', { simple: true }));
		const stmt = db.prepare(
			'select value, version from answers where response_id = ? and question_key = ?'
		);
		const problems: string[] = [];
		const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
		for (const lane of lanes) {
			const row = stmt.get(lane.responseId, lane.questionKey) as
				{ value: string; version: number } | undefined;
			const stored = row ? { value: JSON.parse(row.value) as unknown, version: row.version } : null;
			const ackedVersion = lane.acked?.version ?? 0;
			const keptAck = lane.acked
				? stored?.version === ackedVersion && same(stored.value, lane.acked.value)
				: stored === null;
			const tookInFlight =
				!!lane.inFlight &&
				stored?.version === ackedVersion + 1 &&
				same(stored.value, lane.inFlight.value);
			if (!keptAck && !tookInFlight) {
				problems.push(
					`${lane.questionKey}: bestätigt ${JSON.stringify(lane.acked)}, gespeichert ${JSON.stringify(stored)}`
				);
			}
		}
		return { integrity, problems };
	} finally {
		db.close();
	}
}
