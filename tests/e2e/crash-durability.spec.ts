// Issue 3 "Done when" 4 (quality.md R1): SIGKILL during a burst of autosaves loses no acknowledged
// answer, and the database passes PRAGMA integrity_check. Runs the built server on its own port and
// database, so it needs no browser. CRASH_ROUNDS sets the number of rounds (default 5).
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD } from '../../db/demo-data';
import {
	burst,
	killHard,
	login,
	pickLanes,
	prepareDatabase,
	startServer,
	syncLanes,
	verify
} from './helpers/crash';

const ROUNDS = Number(process.env.CRASH_ROUNDS ?? 5);

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', reject);
		probe.listen(0, '127.0.0.1', () => {
			const address = probe.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			probe.close(() => resolve(port));
		});
	});
}

function itResponse(databasePath: string): string {
	const db = new Database(databasePath, { readonly: true });
	try {
		const row = db
			.prepare(
				`select r.id from responses r join planning_rounds p on p.id = r.round_id
				 where r.organisation_id = ? and r.audience = 'it_staff' and p.status = 'bedarfserhebung'`
			)
			.get(DEMO_ORGS.msGs.id) as { id: string };
		return row.id;
	} finally {
		db.close();
	}
}

test('acknowledged autosaves survive SIGKILL of the server', async () => {
	test.setTimeout(40_000 + ROUNDS * 8_000);
	const dir = mkdtempSync(join(tmpdir(), 'mek-crash-'));
	try {
		const databasePath = prepareDatabase(dir);
		const lanes = pickLanes(databasePath, itResponse(databasePath), 16);
		expect(lanes.length).toBeGreaterThanOrEqual(8);
		const it = DEMO_ACCOUNTS.find((a) => a.key === 'itMs')!;
		let cookie: string | null = null;
		let total = 0;
		const port = await freePort();
		for (let round = 1; round <= ROUNDS; round++) {
			syncLanes(databasePath, lanes);
			const server = await startServer(databasePath, port);
			cookie ??= await login(server.base, it.email, DEMO_PASSWORD); // sessions live in the database
			// Kill at a random moment once the burst is under way (at least 10 acknowledged saves).
			let started: () => void = () => {};
			const underWay = new Promise<void>((resolve) => (started = resolve));
			const stop = Promise.race([underWay, new Promise((r) => setTimeout(r, 10_000))])
				.then(() => new Promise((r) => setTimeout(r, Math.floor(Math.random() * 400))))
				.then(() => killHard(server));
			const acknowledged = await burst(server.base, cookie, lanes, stop, (n) => {
				if (n >= 10) started();
			});
			await stop;
			expect(
				acknowledged,
				`Runde ${round}: zu wenige bestätigte Antworten vor dem Abbruch`
			).toBeGreaterThanOrEqual(10);
			total += acknowledged;
			const { integrity, problems } = verify(databasePath, lanes);
			expect(integrity, `Runde ${round}: integrity_check`).toBe('ok');
			expect(problems, `Runde ${round}: verlorene Antworten`).toEqual([]);
		}
		test.info().annotations.push({
			type: 'crash',
			description: `${ROUNDS} Runden, ${total} bestätigte Antworten, 0 verloren`
		});
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
