// Narrative markup: blank line = paragraph, "- " = list item, *emphasis*; everything else, including
// HTML, script and pdfmake-like JSON, stays literal plain text in the runs.
import { describe, expect, it } from 'vitest';
import {
	normaliseNarrative,
	parseInline,
	parseNarrative,
	runsText
} from '../../src/lib/domain/concept';

describe('narrative markup', () => {
	it('splits paragraphs at blank lines and joins wrapped lines', () => {
		expect(parseNarrative('Erste Zeile\nweiter.\n\nZweiter Absatz.')).toEqual([
			{ type: 'paragraph', runs: [{ text: 'Erste Zeile weiter.' }] },
			{ type: 'paragraph', runs: [{ text: 'Zweiter Absatz.' }] }
		]);
	});

	it('reads lists, also directly after a paragraph line, with indented continuation', () => {
		const blocks = parseNarrative(
			'Ziele:\n- WLAN überall\n- Geräte 1:1\n  ab Klasse 8\nDanach Text.'
		);
		expect(blocks).toEqual([
			{ type: 'paragraph', runs: [{ text: 'Ziele:' }] },
			{
				type: 'list',
				items: [[{ text: 'WLAN überall' }], [{ text: 'Geräte 1:1' }, { text: ' ab Klasse 8' }]]
			},
			{ type: 'paragraph', runs: [{ text: 'Danach Text.' }] }
		]);
	});

	it('marks *emphasis* and leaves unmatched stars literal', () => {
		expect(parseInline('Das ist *wichtig* und 5 * 3 = 15')).toEqual([
			{ text: 'Das ist ' },
			{ text: 'wichtig', emphasis: true },
			{ text: ' und 5 * 3 = 15' }
		]);
		expect(parseInline('** nichts *')).toEqual([{ text: '** nichts *' }]);
	});

	it('normalises line endings and strips control characters, keeps umlauts and €', () => {
		expect(normaliseNarrative('a\r\nb\u0000c\u0007\td')).toBe('a\nbc d');
		expect(runsText(parseInline('Größe ÄÖÜ äöü ß – 12 €'))).toBe('Größe ÄÖÜ äöü ß – 12 €');
		expect(normaliseNarrative('x'.repeat(30000))).toHaveLength(20000);
	});

	it('keeps HTML, script and pdfmake-like payloads as literal text', () => {
		const payloads = [
			'<script>alert(1)</script>',
			'<img src=x onerror=alert(1)>',
			'{"image":"file:///etc/passwd"}',
			'{"text":"x","link":"javascript:alert(1)"}',
			"{ image: '/etc/passwd', width: 100 }",
			'[{"qr":"http://evil.example"}]',
			'&lt;b&gt;entity&lt;/b&gt;',
			'javascript:alert(document.cookie)'
		];
		for (const payload of payloads) {
			const blocks = parseNarrative(`Vorher\n\n${payload}\n\n- ${payload}`);
			expect(blocks).toHaveLength(3);
			const [, para, listBlock] = blocks;
			expect(para).toEqual({ type: 'paragraph', runs: [{ text: payload }] });
			expect(listBlock).toEqual({ type: 'list', items: [[{ text: payload }]] });
			for (const b of blocks) {
				const runs = b.type === 'paragraph' ? b.runs : b.items.flat();
				for (const r of runs)
					expect(Object.keys(r).every((k) => k === 'text' || k === 'emphasis')).toBe(true);
			}
		}
	});

	it('returns nothing for empty text', () => {
		expect(parseNarrative('')).toEqual([]);
		expect(parseNarrative(null)).toEqual([]);
		expect(parseNarrative('\n\n  \n')).toEqual([]);
	});
});
