// The W3C Nu HTML checker (vnu-jar from npm, run with Java) over many pages in ONE JVM start:
// the crawl collects the HTML the server sent for every page, then `expectValidHtml` checks them
// all and fails with one readable list (quality.md A1: 0 errors). Warnings are not counted.
import { expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));

export interface HtmlDocument {
	/** Where the HTML came from, e.g. "/start (admin)". */
	label: string;
	html: string;
}

export interface VnuError {
	label: string;
	line?: number;
	column?: number;
	message: string;
	extract?: string;
}

interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	lastLine?: number;
	firstColumn?: number;
	message: string;
	extract?: string;
}

function java(args: string[]): Promise<string> {
	return new Promise((resolve, reject) => {
		execFile(
			'java',
			['-Xss4m', '-jar', vnuJar, ...args],
			{ maxBuffer: 64 * 1024 * 1024 },
			(err, stdout, stderr) => {
				if (err) reject(new Error(`vnu.jar: ${err.message}\n${stderr}`));
				else resolve(stdout);
			}
		);
	});
}

/** Checks every document in one run of vnu.jar; returns the errors (not warnings) per document. */
export async function validateHtml(documents: HtmlDocument[]): Promise<VnuError[]> {
	if (documents.length === 0) return [];
	const dir = mkdtempSync(join(tmpdir(), 'mek-vnu-'));
	try {
		const byUrl = new Map<string, string>();
		const files = documents.map((doc, i) => {
			const file = join(dir, `seite-${i}.html`);
			writeFileSync(file, doc.html);
			byUrl.set(pathToFileURL(file).href, doc.label);
			return file;
		});
		const out = await java([
			'--errors-only',
			'--exit-zero-always',
			'--format',
			'json',
			'--stdout',
			...files
		]);
		const { messages } = JSON.parse(out) as { messages: VnuMessage[] };
		return messages
			.filter((m) => m.type === 'error' || m.type === 'non-document-error')
			.map((m) => ({
				label:
					(m.url && (byUrl.get(m.url) ?? byUrl.get(m.url.replace('file:/', 'file:///')))) ??
					m.url ??
					'?',
				line: m.lastLine,
				column: m.firstColumn,
				message: m.message,
				extract: m.extract
			}));
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** One block per page with its errors: line:column, message and the offending markup. */
export function formatVnuErrors(errors: VnuError[]): string {
	const byPage = new Map<string, VnuError[]>();
	for (const e of errors) byPage.set(e.label, [...(byPage.get(e.label) ?? []), e]);
	return [...byPage]
		.map(
			([label, list]) =>
				`${label}:\n` +
				list
					.map(
						(e) =>
							`  - ${e.line ?? '?'}:${e.column ?? '?'} ${e.message}` +
							(e.extract ? `\n      ${e.extract.replace(/\s+/g, ' ').trim().slice(0, 200)}` : '')
					)
					.join('\n')
		)
		.join('\n\n');
}

/** Fails listing every error of every document (0 errors is the bar). */
export async function expectValidHtml(documents: HtmlDocument[]): Promise<void> {
	const errors = await validateHtml(documents);
	expect(
		errors.length,
		`W3C Nu HTML Checker meldet ${errors.length} Fehler in ${documents.length} Seiten:\n\n${formatVnuErrors(errors)}\n`
	).toBe(0);
}

/**
 * Pages collected during a run for one batch check at the end. They are kept as files next to the
 * run's temporary database (scripts/e2e.js makes a fresh directory per run), so pages collected
 * before a failed test (Playwright then starts a new worker) are not lost.
 */
function collectDir(): string {
	const databasePath = process.env.DATABASE_PATH;
	if (!databasePath) throw new Error('DATABASE_PATH fehlt (Browsertests mit npm run test:e2e).');
	return join(dirname(databasePath), 'html-pages');
}

export function collectHtml(doc: HtmlDocument): void {
	const dir = collectDir();
	mkdirSync(dir, { recursive: true });
	const name = createHash('sha256').update(doc.label).digest('hex').slice(0, 16);
	writeFileSync(join(dir, `${name}.json`), JSON.stringify(doc));
}

export function collectedHtml(): HtmlDocument[] {
	const dir = collectDir();
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as HtmlDocument)
		.sort((a, b) => a.label.localeCompare(b.label));
}
