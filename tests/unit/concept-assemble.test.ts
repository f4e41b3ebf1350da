// Concept assembly: the 14 chapters of domain.md §10 plus appendices, narrative first, generated
// figures traceable to the pure cost plan and indicators, hostile narrative kept as plain text.
import { describe, expect, it } from 'vitest';
import {
	APPENDIX_TITLES,
	CHAPTER_TITLES,
	assembleConcept,
	type Block,
	type Chapter,
	type TableBlock
} from '../../src/lib/domain/concept';
import { formatEuroRounded } from '../../src/lib/domain/costs';
import { sampleConceptInput } from '../helpers/concept-sample';

const input = sampleConceptInput();
const doc = assembleConcept(input);
const chapter = (key: string) =>
	[...doc.chapters, ...doc.appendices].find((c) => c.key === key) as Chapter;
const tables = (c: Chapter) => c.blocks.filter((b): b is TableBlock => b.type === 'table');
const cellText = (cell: TableBlock['rows'][number][number]) =>
	typeof cell === 'string' ? cell : cell.text;

describe('assembleConcept', () => {
	it('builds the 14 chapters in order and the six appendices', () => {
		expect(doc.chapters.map((c) => `${c.number} ${c.title}`)).toEqual(
			Object.values(CHAPTER_TITLES).map((t, i) => `${i + 1} ${t}`)
		);
		expect(doc.appendices.map((c) => `${c.number} ${c.title}`)).toEqual(
			Object.values(APPENDIX_TITLES).map((t, i) => `${'ABCDEFGH'[i]} ${t}`)
		);
		expect(doc.title).toBe('Medienentwicklungskonzept');
		expect(doc.subtitle).toBe('Stadt Musterstadt · 2026–2030');
		for (const c of doc.chapters) expect(c.blocks.length, c.key).toBeGreaterThan(0);
	});

	it('shows the cost totals of the pure cost plan', () => {
		const plan = input.costPlan;
		const summary = chapter('summary').blocks.find((b) => b.type === 'keyFigures');
		expect(
			summary?.type === 'keyFigures' &&
				summary.items.find((i) => i.label.startsWith('Gesamtkosten'))?.value
		).toBe(formatEuroRounded(plan.total.amount));
		const [byYear] = tables(chapter('costs'));
		expect(byYear.caption).toBe('Tabelle 12.1: Kosten je Kategorie und Planjahr');
		expect(byYear.totals[0].map(cellText)).toEqual([
			'Summe',
			...plan.years.map((y) => formatEuroRounded(plan.byYear.get(y)!.amount)),
			formatEuroRounded(plan.total.amount)
		]);
		expect(byYear.totals.find((r) => cellText(r[0]) === 'Eigenanteil')?.at(-1)).toBe(
			formatEuroRounded(plan.total.own)
		);
		expect(plan.total.amount).toBeGreaterThan(0);
	});

	it('takes indicator values and lights unchanged from the evaluation', () => {
		const school = input.schools[1];
		const table = tables(chapter('current_state')).find((t) =>
			t.caption.endsWith(`Ist-Stand ${school.facts.name}`)
		);
		expect(table?.rows.map((r) => [cellText(r[0]), cellText(r[1])])).toEqual(
			school.indicators.map((i) => [i.label, i.valueText])
		);
		expect(table?.rows.map((r) => (typeof r[3] === 'string' ? null : r[3].light))).toEqual(
			school.indicators.map((i) => i.light)
		);
		const findings = tables(chapter('target_state')).find((t) => t.id === 'tabelle-befunde');
		expect(findings?.rows.map((r) => cellText(r[2]))).toEqual(input.findings.map((f) => f.reason));
	});

	it('lists active measures in the action plan and rejected ones with their reason', () => {
		const [plan, rejected] = tables(chapter('action_plan'));
		const active = input.measures.filter((m) => m.status !== 'rejected');
		expect(plan.rows.map((r) => cellText(r[1]).split('\n')[0])).toEqual(active.map((m) => m.title));
		expect(rejected.rows[0].map(cellText)).toEqual([
			'Netzwerktechnik (Switches) erneuern',
			'Die Switches sind im Haushalt 2029 eingeplant; eine vorgezogene Erneuerung ist nicht nötig.'
		]);
	});

	it('shows survey results only for schools at or above the threshold', () => {
		const charts = chapter('current_state').blocks.filter((b) => b.type === 'chart');
		const names = charts.map((b) => (b.type === 'chart' ? b.chart.title : ''));
		expect(names.some((t) => t.startsWith('Goethe-Gymnasium Musterstadt:'))).toBe(true);
		expect(names.some((t) => t.startsWith('Grundschule Am Lindenhof:'))).toBe(false);
		const note = chapter('current_state').blocks.find(
			(b) => b.type === 'callout' && b.title === 'Datenschutz'
		);
		expect(note?.type === 'callout' && note.runs[0].text).toMatch(
			/Grundschule Am Lindenhof liegen weniger als 5 Antworten vor/
		);
	});

	it('numbers tables and figures per chapter', () => {
		const captions = chapter('costs').blocks.flatMap((b) =>
			b.type === 'table' || b.type === 'chart' ? [b.caption] : []
		);
		expect(captions[0]).toBe('Abbildung 12.1: Kosten je Planjahr');
		expect(captions.filter((c) => c.startsWith('Tabelle')).map((c) => c.split(':')[0])).toEqual([
			'Tabelle 12.1',
			'Tabelle 12.2',
			'Tabelle 12.3',
			'Tabelle 12.4',
			'Tabelle 12.5',
			'Tabelle 12.6',
			'Tabelle 12.7',
			'Tabelle 12.8',
			'Tabelle 12.9'
		]);
	});

	it('puts the narrative first and keeps hostile narrative as plain text runs', () => {
		const hostile = '<script>alert(1)</script>\n\n{"image":"file:///etc/passwd"}\n\n- <b>fett</b>';
		const d = assembleConcept(sampleConceptInput({ summary: hostile, costs: 'Eigener *Text*.' }));
		const [first, second, third] = d.chapters[0].blocks;
		expect(first).toEqual({ type: 'paragraph', runs: [{ text: '<script>alert(1)</script>' }] });
		expect(second).toEqual({
			type: 'paragraph',
			runs: [{ text: '{"image":"file:///etc/passwd"}' }]
		});
		expect(third).toEqual({ type: 'list', items: [[{ text: '<b>fett</b>' }]] });
		expect(d.chapters[11].blocks[0]).toEqual({
			type: 'paragraph',
			runs: [{ text: 'Eigener ' }, { text: 'Text', emphasis: true }, { text: '.' }]
		});
		const json = JSON.stringify(d);
		expect(json).not.toMatch(/"image"\s*:/);
	});

	it('is deterministic', () => {
		expect(JSON.stringify(assembleConcept(sampleConceptInput()))).toBe(JSON.stringify(doc));
		const blocks: Block[] = doc.chapters.flatMap((c) => c.blocks);
		expect(
			blocks
				.filter((b) => b.type === 'heading')
				.every((b) => b.type === 'heading' && /^\d+\.\d+$/.test(b.number))
		).toBe(true);
	});
});
