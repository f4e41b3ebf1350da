// The printable survey sheet: its QR code encodes the survey link, and the PDF carries the code.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { surveyLink } from '../../src/lib/domain/survey/code';
import { darkRuns, qrCanvas, qrMatrix, qrSvg } from '../../src/lib/server/pdf/qr';
import { renderPdf } from '../../src/lib/server/pdf/render';
import { QR_WIDTH_PT, surveySheetDefinition } from '../../src/lib/server/pdf/survey-sheet';

const ORIGIN = 'https://mek.example.de';
const input = {
	schoolName: 'Förderschule Am Park',
	roundTitle: 'MEK 2026–2030',
	code: 'GYMNAS26',
	link: surveyLink(ORIGIN, 'GYMNAS26'),
	entryAddress: `${ORIGIN}/umfrage`
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function findCanvas(node: any): unknown[] | undefined {
	if (!node || typeof node !== 'object') return undefined;
	if (Array.isArray(node.canvas)) return node.canvas;
	for (const value of Object.values(node)) {
		const found = findCanvas(value);
		if (found) return found;
	}
	return undefined;
}

describe('survey sheet', () => {
	it('the QR code on the sheet encodes exactly the survey link with the code', () => {
		expect(input.link).toBe('https://mek.example.de/umfrage/GYMNAS26');
		const drawn = findCanvas(surveySheetDefinition(input).content);
		expect(drawn).toEqual(
			qrCanvas(qrMatrix('https://mek.example.de/umfrage/GYMNAS26'), QR_WIDTH_PT)
		);
		expect(drawn).not.toEqual(
			qrCanvas(qrMatrix('https://mek.example.de/umfrage/GYMNAS27'), QR_WIDTH_PT)
		);
	});

	it('the QR matrix has finder patterns and the web SVG draws the same modules', () => {
		const m = qrMatrix(input.link);
		expect(m.size).toBeGreaterThanOrEqual(21);
		// top-left finder pattern: a 7-module dark border row
		expect(m.dark.slice(0, 7)).toEqual([true, true, true, true, true, true, true]);
		const svg = qrSvg(m, 'QR-Code <Link>');
		expect(svg).toContain(`viewBox="0 0 ${m.size + 8} ${m.size + 8}"`);
		expect(svg).toContain('aria-label="QR-Code &#60;Link&#62;"');
		expect((svg.match(/M\d+ \d+h\d+/g) ?? []).length).toBe(darkRuns(m).length);
	});

	it('sets A4, German language and a title', () => {
		const def = surveySheetDefinition(input);
		expect(def).toMatchObject({ pageSize: 'A4', language: 'de-DE' });
		expect(def.info.title).toContain('Förderschule Am Park');
	});

	it('renders a PDF that contains the code, the link and German characters', async () => {
		const pdf = await renderPdf(surveySheetDefinition(input));
		expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
		expect(pdf.length).toBeGreaterThan(5000);
		if (!existsSync('/usr/bin/pdftotext')) return;
		const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
		try {
			const file = join(dir, 'sheet.pdf');
			writeFileSync(file, pdf);
			const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-']).toString();
			expect(text).toContain('GYMN-AS26');
			expect(text).toContain('https://mek.example.de/umfrage/GYMNAS26');
			expect(text).toContain('Förderschule Am Park');
			expect(text).toContain('Lehrkräfte');
			expect(text).toContain('„MEK 2026–2030“');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
