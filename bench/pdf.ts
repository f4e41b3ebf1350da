// P4 (concept PDF cold, warm, cached) and P5 (autosave latency while two exports render).
import SQLite from 'better-sqlite3';
import { load, type RunFigures } from './harness';
import type { AutosaveTarget } from './targets';

export interface PdfFigures {
	coldMs: number;
	warmMs: number[];
	cachedMs: number[];
	pages: number;
	bytes: number;
}

function conceptRoundId(databasePath: string): { roundId: string; versions: number[] } {
	const sqlite = new SQLite(databasePath, { readonly: true });
	try {
		const rows = sqlite
			.prepare(
				`select c.round_id as roundId, v.number as number from concept_versions v
				 join concepts c on c.id = v.concept_id order by v.number`
			)
			.all() as { roundId: string; number: number }[];
		if (rows.length === 0) throw new Error('Kein Konzept in der Demo-Datenbank');
		return { roundId: rows[0].roundId, versions: rows.map((r) => r.number) };
	} finally {
		sqlite.close();
	}
}

async function timedGet(url: string, cookie: string): Promise<{ ms: number; bytes: Buffer }> {
	const started = performance.now();
	const res = await fetch(url, { headers: { cookie } });
	const bytes = Buffer.from(await res.arrayBuffer());
	if (res.status !== 200) throw new Error(`PDF ${url}: ${res.status}`);
	return { ms: performance.now() - started, bytes };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Cold and cached on the normal server (`cachedUrl`); warm on a second server started with
 * PDF_CACHE=off (`uncachedUrl`), after one discarded render. Nothing outside the server writes to
 * the database: a second writer would only measure SQLite's lock handling.
 */
export async function measurePdf(
	cachedBaseUrl: string,
	uncachedBaseUrl: string,
	cookies: { cached: string; uncached: string },
	databasePath: string
): Promise<PdfFigures & { median: { warm: number; cached: number } }> {
	const { roundId, versions } = conceptRoundId(databasePath);
	const latest = versions[versions.length - 1];
	const path = `/runden/${roundId}/konzept/${latest}/konzept.pdf`;
	const url = `${cachedBaseUrl}${path}`;
	const cookie = cookies.cached;
	const cold = await timedGet(url, cookie);
	await timedGet(`${uncachedBaseUrl}${path}`, cookies.uncached);
	const warmMs: number[] = [];
	for (let i = 0; i < 5; i++) {
		warmMs.push((await timedGet(`${uncachedBaseUrl}${path}`, cookies.uncached)).ms);
	}
	const cachedMs: number[] = [];
	for (let i = 0; i < 20; i++) cachedMs.push((await timedGet(url, cookie)).ms);
	const pages = (cold.bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	const result = { coldMs: cold.ms, warmMs, cachedMs, pages, bytes: cold.bytes.length };
	console.log(
		`P4 Konzept-PDF (${pages} Seiten): kalt ${Math.round(cold.ms)} ms, warm ${Math.round(median(warmMs))} ms, Cache ${median(cachedMs).toFixed(1)} ms`
	);
	return { ...result, median: { warm: median(warmMs), cached: median(cachedMs) } };
}

/** Autosave at 10 connections while two concept exports render the whole time (PDF_CACHE=off). */
export async function measureAutosaveDuringExports(
	baseUrl: string,
	cookie: string,
	databasePath: string,
	targets: AutosaveTarget[],
	setupClient: (targets: AutosaveTarget[]) => (client: import('autocannon').Client) => void
): Promise<RunFigures & { exports: number }> {
	const { roundId, versions } = conceptRoundId(databasePath);
	let running = true;
	let exports = 0;
	const exporter = async (version: number) => {
		while (running) {
			await timedGet(`${baseUrl}/runden/${roundId}/konzept/${version}/konzept.pdf`, cookie);
			exports++;
		}
	};
	const loops = [exporter(versions[0]), exporter(versions[versions.length - 1])];
	await new Promise((r) => setTimeout(r, 300));
	const run = await load({
		url: `${baseUrl}/api/antworten`,
		method: 'POST',
		connections: 10,
		duration: 10,
		headers: { cookie, origin: baseUrl, 'content-type': 'application/json' },
		setupClient: setupClient(targets)
	});
	running = false;
	await Promise.all(loops);
	console.log(
		`P5 Autosave während 2 PDF-Exporten: p99 ${run.p99} ms, max ${run.max} ms, ${exports} Exporte, Fehler ${run.errors + run.non2xx}`
	);
	return { ...run, exports };
}
