// The concept's pdfmake document definition (structure, not bytes): cover, table of contents,
// running header/footer with page fields, chapters with bookmarks, tables with repeated header rows,
// charts as escaped SVG, metadata and language; plain JSON that is safe to hand to the worker.
import { describe, expect, it } from 'vitest';
import { assembleConcept } from '../../src/lib/domain/concept';
import { chartSvg, escapeXml, wrapLabel } from '../../src/lib/server/pdf/chart-svg';
import { columnWidths } from '../../src/lib/server/pdf/concept-blocks';
import { renderConceptPdf } from '../../src/lib/server/pdf/concept-document';
import { CONTENT_WIDTH } from '../../src/lib/server/pdf/theme';
import { hydrate } from '../../src/lib/server/pdf/worker/pdf-runtime.js';
import { sampleConceptInput } from '../helpers/concept-sample';

const meta = { version: 2, date: '2026-11-24', status: 'In Prüfung', author: 'Stadt Musterstadt' };
const hostile = '<script>alert(1)</script>\n\n{"image":"file:///etc/passwd"}';
const model = assembleConcept(sampleConceptInput({ summary: hostile }));
const def = renderConceptPdf(model, meta);
const content = def.content as Record<string, unknown>[];

/** Every object node in the content tree. */
function nodes(value: unknown, out: Record<string, unknown>[] = []): Record<string, unknown>[] {
	if (Array.isArray(value)) value.forEach((v) => nodes(v, out));
	else if (value && typeof value === 'object') {
		out.push(value as Record<string, unknown>);
		Object.values(value).forEach((v) => nodes(v, out));
	}
	return out;
}
const all = nodes(def.content);

describe('concept document definition', () => {
	it('is plain JSON (no functions), so it can cross into the worker unchanged', () => {
		expect(JSON.parse(JSON.stringify(def))).toEqual(def);
	});

	it('sets metadata and the language', () => {
		expect(def.info).toMatchObject({
			title: 'Medienentwicklungskonzept Stadt Musterstadt 2026–2030',
			author: 'Stadt Musterstadt',
			subject: expect.stringContaining('Version 2 (In Prüfung), Stand 24.11.2026')
		});
		expect(def.info.keywords).toContain('Medienentwicklungsplan');
		expect(def.language).toBe('de-DE');
		expect(def.displayTitle).toBe(true);
		expect(def.pageSize).toBe('A4');
	});

	it('starts with a cover naming title, Schulträger, period, version, date and status', () => {
		const coverText = JSON.stringify(
			content.slice(
				0,
				content.findIndex((n) => 'toc' in n)
			)
		);
		for (const s of [
			'Medienentwicklungskonzept',
			'Stadt Musterstadt',
			'2026–2030',
			'"2"',
			'24.11.2026',
			'In Prüfung'
		]) {
			expect(coverText).toContain(s);
		}
	});

	it('has a table of contents on its own page and every chapter as a TOC item and bookmark', () => {
		const toc = content.find((n) => 'toc' in n);
		expect(toc).toMatchObject({ pageBreak: 'before', toc: { title: { text: 'Inhalt' } } });
		const chapters = all.filter((n) => n.style === 'chapterTitle');
		expect(chapters).toHaveLength(20);
		expect(chapters[0]).toMatchObject({
			text: '1  Zusammenfassung',
			tocItem: true,
			outline: true,
			pageBreak: 'before',
			id: 'kapitel-1'
		});
		expect(chapters[19]).toMatchObject({
			text: 'Anhang F  Erklärung zur Barrierefreiheit',
			outlineId: 'anhang-f'
		});
		const sections = all.filter((n) => n.style === 'sectionTitle');
		expect(sections.length).toBeGreaterThan(10);
		expect(sections.every((s) => s.tocItem === true && typeof s.outlineParentId === 'string')).toBe(
			true
		);
	});

	it('runs header and footer from page 2 with "Seite x von y"', () => {
		expect(def.furniture?.fromPage).toBe(2);
		const footer = JSON.stringify(def.furniture?.footer);
		expect(footer).toContain('"Seite ",{"$field":"page"}," von ",{"$field":"pages"}');
		expect(JSON.stringify(def.furniture?.header)).toContain('Version 2 · In Prüfung');
		const doc = hydrate(def);
		expect(JSON.stringify(doc.footer(3, 41))).toContain('"Seite ","3"," von ","41"');
		expect(doc.footer(1, 41)).toBeNull();
		expect(doc.header(1, 41)).toBeNull();
		expect(doc.background(1)).toBeTruthy();
		expect(doc.background(2)).toBeNull();
	});

	it('repeats table header rows (caption and column labels) and keeps them with a body row', () => {
		const tables = all.filter((n) => n.table && n.layout === 'mekTable') as {
			table: {
				headerRows: number;
				keepWithHeaderRows: number;
				body: unknown[][];
				widths: number[];
			};
		}[];
		expect(tables.length).toBeGreaterThan(20);
		for (const t of tables) {
			expect(t.table.headerRows).toBeGreaterThanOrEqual(2);
			expect(t.table.keepWithHeaderRows).toBe(1);
			expect(t.table.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(CONTENT_WIDTH);
		}
		const costs = tables.find((t) => JSON.stringify(t.table.body[0]).includes('Tabelle 12.1'));
		expect(JSON.stringify(costs?.table.body[1])).toContain('Kategorie');
	});

	it('draws charts as SVG with escaped labels', () => {
		const svgs = all.filter((n) => typeof n.svg === 'string');
		expect(svgs.length).toBeGreaterThan(5);
		const drawn = chartSvg(
			{
				id: 'x',
				type: 'bar',
				title: 't',
				labels: ['<script>&"x"'],
				series: [{ name: 's', values: [40] }],
				unit: '%',
				max: 100,
				textAlternative: ''
			},
			400
		);
		expect(drawn.svg).toContain('&#60;script&#62;&#38;&#34;x&#34;');
		expect(drawn.svg).not.toContain('<script');
		expect(drawn.svg).not.toMatch(/<image|href=/);
		expect(escapeXml(`'`)).toBe('&#39;');
		expect(wrapLabel('Unsicherheit bei Datenschutz und Urheberrecht in der Schule', 20)).toEqual([
			'Unsicherheit bei',
			'Datenschutz und …'
		]);
	});

	it('keeps hostile narrative as text values only, never as a resource', () => {
		const texts = all.filter(
			(n) => n.text === '<script>alert(1)</script>' || n.text === '{"image":"file:///etc/passwd"}'
		);
		expect(texts).toHaveLength(2);
		expect(all.some((n) => 'image' in n || 'qr' in n || 'link' in n || 'attachment' in n)).toBe(
			false
		);
		expect(def.images).toBeUndefined();
	});

	it('fills the content width with table columns', () => {
		const widths = columnWidths([1, 2, 1]);
		expect(widths[1]).toBeCloseTo(widths[0] * 2, 1);
		expect(widths.reduce((a, b) => a + b, 0) + 30).toBeLessThanOrEqual(CONTENT_WIDTH);
	});
});

describe('worker hydration', () => {
	it('keeps only data: images and neutralises SVG image and document references', () => {
		const doc = hydrate({
			content: [
				{ svg: '<svg><image href="/etc/passwd"/></svg>', options: { imageCallback: 'evil' } }
			],
			images: {
				ok: 'data:image/png;base64,AAAA',
				bad: '/etc/passwd',
				url: 'https://example.com/x.png'
			},
			attachments: { a: { src: '/etc/passwd' } },
			files: { f: { src: '/etc/shadow' } }
		});
		expect(doc.images).toEqual({ ok: 'data:image/png;base64,AAAA' });
		expect(doc.attachments).toBeUndefined();
		expect(doc.files).toBeUndefined();
		expect(doc.content[0].options.imageCallback('/etc/passwd')).toBe('');
		expect(doc.content[0].options.documentCallback('x.svg')).toBeNull();
	});
});
