// Renders the sample concept (Musterstadt demo schools) to PDF in the worker pool and reads it back
// with poppler (pdftotext, pdfinfo): chapter titles, table of contents, cost totals equal to the pure
// computation, 20+ pages, metadata and language; hostile narrative appears as literal text; the
// cache serves an unchanged version; the pool survives a failing job.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APPENDIX_TITLES, CHAPTER_TITLES, assembleConcept } from '../../src/lib/domain/concept';
import { formatEuroRounded } from '../../src/lib/domain/costs';
import { PdfPool, conceptPdf, renderConceptPdf } from '../../src/lib/server/pdf';
import { sampleConceptInput } from '../helpers/concept-sample';
import { createTestDb } from '../helpers/test-db';

const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
if (!POPPLER && !process.env.CI) {
	console.warn(
		'pdf-concept.test.ts: poppler-utils (pdftotext, pdfinfo) not installed; PDF text checks skipped. apt-get install poppler-utils'
	);
}

const meta = { version: 2, date: '2026-11-24', status: 'In Prüfung', author: 'Stadt Musterstadt' };
const HOSTILE =
	'<script>alert("x")</script>\n\n{"image":"file:///etc/passwd"}\n\n- <img src=x onerror=alert(1)>';

function pdftotext(pdf: Uint8Array): string {
	return execFileSync('pdftotext', ['-layout', '-', '-'], {
		input: pdf,
		maxBuffer: 32 * 1024 * 1024
	}).toString('utf8');
}
/** pdftotext output with any whitespace (incl. no-break spaces) as single spaces. */
const flat = (s: string) => s.replace(/\s+/g, ' ');

describe.skipIf(!POPPLER && !process.env.CI)('concept PDF', () => {
	const input = sampleConceptInput({ summary: HOSTILE });
	const model = assembleConcept(input);
	const pool = new PdfPool({ size: 1, timeoutMs: 60_000 });
	let pdf: Uint8Array;
	let text: string;

	beforeAll(async () => {
		pdf = await pool.render(renderConceptPdf(model, meta));
		text = flat(pdftotext(pdf));
	}, 60_000);
	afterAll(() => pool.close());

	it('contains every chapter and appendix title and the table of contents', () => {
		expect(text).toContain('Inhalt');
		for (const [i, title] of Object.values(CHAPTER_TITLES).entries()) {
			// once in the table of contents, once as the chapter heading
			expect(text.split(`${i + 1} ${title}`).length - 1, title).toBeGreaterThanOrEqual(2);
		}
		for (const [i, title] of Object.values(APPENDIX_TITLES).entries()) {
			expect(text, title).toContain(`Anhang ${'ABCDEFGH'[i]} ${title}`);
		}
	});

	it('shows the cost totals of the pure computation', () => {
		const plan = input.costPlan;
		for (const amount of [
			plan.total.amount,
			plan.total.investment,
			plan.total.running,
			plan.total.own,
			plan.total.funded
		]) {
			expect(text).toContain(flat(formatEuroRounded(amount)));
		}
		for (const year of plan.years)
			expect(text).toContain(flat(formatEuroRounded(plan.byYear.get(year)!.amount)));
	});

	it('has 20 or more pages, "Seite x von y", title and language metadata', () => {
		const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
		const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
		expect(pages).toBeGreaterThanOrEqual(20);
		expect(info).toMatch(/Title:\s+Medienentwicklungskonzept Stadt Musterstadt 2026–2030/);
		expect(info).toMatch(/Author:\s+Stadt Musterstadt/);
		expect(text).toContain(`Seite 2 von ${pages}`);
		expect(text).toContain(`Seite ${pages} von ${pages}`);
		expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (de-DE)');
		expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/Outlines \d+ 0 R/);
	});

	it('prints umlauts, ß and € from the embedded font', () => {
		expect(text).toContain('Maßnahmenplan');
		expect(text).toContain('Förderschule Am Park');
		expect(text).toMatch(/\d €/);
		const fonts = execFileSync('pdffonts', ['-'], { input: pdf }).toString('utf8');
		expect(fonts).toMatch(/Roboto/);
		expect(fonts).not.toMatch(/ no {2,}no/); // every font embedded
	});

	it('renders hostile narrative as literal text', () => {
		expect(text).toContain('<script>alert("x")</script>');
		expect(text).toContain('{"image":"file:///etc/passwd"}');
		expect(text).toContain('<img src=x onerror=alert(1)>');
		expect(text).not.toContain('root:x:0:0');
	});
});

describe('PDF pool and cache', () => {
	it('rejects a job that tries to read a file, and keeps serving', async () => {
		const pool = new PdfPool({ size: 1 });
		try {
			const bad = {
				...renderConceptPdf(assembleConcept(sampleConceptInput()), meta),
				content: [{ image: '/etc/passwd' }]
			};
			await expect(pool.render(bad)).rejects.toThrow(/Access to local file denied/);
			const ok = await pool.render({ ...bad, content: ['Grüße – 12 €'] });
			expect(Buffer.from(ok.slice(0, 5)).toString()).toBe('%PDF-');
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('times out a job that takes too long, replaces the worker and serves the next job', async () => {
		const pool = new PdfPool({ size: 1, timeoutMs: 30 });
		try {
			const big = renderConceptPdf(assembleConcept(sampleConceptInput()), meta);
			await expect(pool.render(big)).rejects.toThrow(/zu lange gedauert/);
			const relaxed = new PdfPool({ size: 1, timeoutMs: 60_000 });
			try {
				const ok = await relaxed.render({ ...big, content: ['Seite'] });
				expect(Buffer.from(ok.slice(0, 5)).toString()).toBe('%PDF-');
			} finally {
				await relaxed.close();
			}
			expect(pool.pending).toBe(0);
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('refuses work beyond its queue with a 429', async () => {
		// three calls in one tick: no worker has started yet, so two wait and the third is refused
		const pool = new PdfPool({ size: 1, maxQueue: 2 });
		try {
			const doc = {
				...renderConceptPdf(assembleConcept(sampleConceptInput()), meta),
				content: ['x']
			};
			const jobs = [pool.render(doc), pool.render(doc)];
			await expect(pool.render(doc)).rejects.toMatchObject({ status: 429 });
			await Promise.all(jobs);
		} finally {
			await pool.close();
		}
	}, 60_000);

	it('serves an unchanged version from the cache and renders a changed one', async () => {
		const db = await createTestDb();
		const pool = new PdfPool({ size: 1 });
		try {
			const model = assembleConcept(sampleConceptInput());
			const first = await conceptPdf(db, model, meta, { pool });
			expect(first.fromCache).toBe(false);
			const started = performance.now();
			const second = await conceptPdf(db, model, meta, { pool });
			const cachedMs = performance.now() - started;
			expect(second.fromCache).toBe(true);
			expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
			expect(cachedMs).toBeLessThan(1000); // generous: the point is that nothing is rendered
			const changed = await conceptPdf(db, model, { ...meta, status: 'Freigegeben' }, { pool });
			expect(changed.fromCache).toBe(false);
			expect(changed.key).not.toBe(first.key);
		} finally {
			await pool.close();
			await db.destroy();
		}
	}, 90_000);
});
