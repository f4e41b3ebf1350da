// npm run bench:large: P9 on Saxony-size data. Builds, generates the data set (bench/seed-large.ts)
// into a temporary database, starts the server (pinned to core 0) and times the pages of P9 from here:
// the Schulträger's dashboard of a 100-school Schulträger, the KISA-wide overview, the evaluation of
// that Schulträger and its concept PDF (warm, cache off). A second server run with QUERY_LOG collects
// the queries of those pages; the slowest are explained (EXPLAIN QUERY PLAN) into docs/query-plans.md.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { DEMO_PASSWORD } from '../db/demo-data';
import { ensureBuild, login, startServer } from './harness';
import { queryPlans } from './query-plans';
import { seedLarge } from './seed-large';

const PORT = 5393;

interface Timing {
	name: string;
	target: number;
	median: number;
	max: number;
	status: number;
	bytes: number;
}

async function time(
	url: string,
	cookie: string,
	runs: number
): Promise<{ ms: number[]; status: number; bytes: number }> {
	const ms: number[] = [];
	let status = 0;
	let bytes = 0;
	for (let i = 0; i < runs; i++) {
		const started = performance.now();
		const res = await fetch(url, { headers: { cookie } });
		const body = await res.arrayBuffer();
		ms.push(performance.now() - started);
		status = res.status;
		bytes = body.byteLength;
	}
	return { ms, status, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measurePages(
	url: string,
	pages: { name: string; path: string; cookie: string; target: number; runs?: number }[]
): Promise<Timing[]> {
	const out: Timing[] = [];
	for (const page of pages) {
		await time(`${url}${page.path}`, page.cookie, 1); // warm-up (first request of its kind)
		const r = await time(`${url}${page.path}`, page.cookie, page.runs ?? 7);
		out.push({
			name: page.name,
			target: page.target,
			median: median(r.ms),
			max: Math.max(...r.ms),
			status: r.status,
			bytes: r.bytes
		});
		const t = out.at(-1)!;
		console.log(
			`  ${t.name}: Median ${t.median.toFixed(0)} ms, max ${t.max.toFixed(0)} ms (Ziel ≤ ${t.target} ms, HTTP ${t.status}) ${t.median <= t.target ? 'erfüllt' : 'NICHT erfüllt'}`
		);
	}
	return out;
}

async function main() {
	const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD']).toString().trim();
	console.log('Baue die Anwendung …');
	ensureBuild();
	const dir = mkdtempSync(join(tmpdir(), 'mek-large-'));
	const databasePath = join(dir, 'large.sqlite');
	console.log('Erzeuge den Sachsen-Datensatz …');
	const data = seedLarge(databasePath);
	console.log(
		`  ${data.operators} Schulträger, ${data.schools} Schulen, ${data.teacherResponses} Lehrkräfte-Antworten, ` +
			`${data.answers + data.teacherAnswers} Einzelantworten in ${data.seconds.toFixed(1)} s (Ziel ≤ 120 s)`
	);

	const round = `/runden/${data.bigRoundId}`;
	const run = async (extraEnv: Record<string, string>) => {
		const server = await startServer(databasePath, PORT, { PDF_CACHE: 'off', ...extraEnv });
		try {
			const operator = await login(server.url, data.bigOperatorEmail, DEMO_PASSWORD);
			const admin = await login(server.url, 'admin@kisa.example', DEMO_PASSWORD);
			return await measurePages(server.url, [
				{
					name: 'Schulträger: Planungsrunde (100 Schulen)',
					path: round,
					cookie: operator,
					target: 100
				},
				{ name: 'Schulträger: Startseite', path: '/start', cookie: operator, target: 100 },
				{
					name: 'KISA-weite Übersicht (Auswertung)',
					path: '/auswertung',
					cookie: admin,
					target: 300
				},
				{
					name: 'Auswertung des Schulträgers (100 Schulen)',
					path: `${round}/auswertung`,
					cookie: admin,
					target: 300
				},
				{
					name: 'Konzept-PDF des Schulträgers, warm',
					path: `${round}/konzept/entwurf.pdf`,
					cookie: operator,
					target: 3000,
					runs: 3
				}
			]);
		} finally {
			await server.stop();
		}
	};
	console.log('P9 Serverzeiten (Median von 7 Abrufen nach einem Aufwärmabruf; PDF: 3):');
	const timings = await run({});
	const logPath = join(dir, 'queries.jsonl');
	console.log('Zweiter Lauf mit Abfrageprotokoll für die Abfragepläne …');
	await run({ QUERY_LOG: logPath });
	const plans = queryPlans(databasePath, logPath);

	const date = new Date().toISOString().slice(0, 10);
	writeFileSync(
		'docs/query-plans.md',
		`# Abfragepläne der heißen Abfragen (P9)\n\nErzeugt von \`npm run bench:large\` am ${date} (Commit ${commit}) auf dem ` +
			`Sachsen-Datensatz (${data.operators} Schulträger, ${data.schools} Schulen, ${data.rounds} Planungsrunden, ` +
			`${data.teacherResponses} Lehrkräfte-Antworten, ${data.answers + data.teacherAnswers} Einzelantworten). ` +
			`Die zwölf SELECT-Abfragen mit der größten Gesamtzeit über die Seiten von P9, je mit dem Plan für ` +
			`die Parameter ihres langsamsten Aufrufs. Ein „SCAN“ über eine große Tabelle ist ein Befund.\n\n${plans}`
	);
	const lines = timings.map(
		(t) =>
			`| ${t.name} | ${t.median.toFixed(0)} ms | ${t.max.toFixed(0)} ms | ≤ ${t.target} ms | ${t.median <= t.target ? 'erfüllt' : '**nicht erfüllt**'} |`
	);
	writeFileSync(
		join(dir, 'p9.md'),
		[
			`P9 (${date}, ${commit}): Datensatz in ${data.seconds.toFixed(1)} s (Ziel ≤ 120 s).`,
			'',
			'| Seite | Median | max | Ziel | Urteil |',
			'| --- | --- | --- | --- | --- |',
			...lines
		].join('\n')
	);
	console.log(`Abfragepläne: docs/query-plans.md; Tabelle: ${join(dir, 'p9.md')}`);
	console.log(readFileSync(join(dir, 'p9.md'), 'utf8'));
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
