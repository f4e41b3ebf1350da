// Answers as German text for the export: one case per question type, plus units.
import { describe, expect, it } from 'vitest';
import { answerUnit, formatAnswer, formatIsoDate } from '../../src/lib/domain/answer-format';
import type { Question } from '../../src/lib/domain/questionnaire/types';

const base = { label: 'Frage', requirement: 'optional' } as const;
const q = (extra: Record<string, unknown>) =>
	({ ...base, key: 'x.y', ...extra }) as unknown as Question;

describe('formatAnswer', () => {
	it('writes numbers with a decimal comma and no grouping, so German Excel reads them as numbers', () => {
		expect(formatAnswer(q({ type: 'decimal', unit: 'Mbit/s' }), 12345.5)).toBe('12345,5');
		expect(formatAnswer(q({ type: 'year' }), 2026)).toBe('2026');
		expect(formatAnswer(q({ type: 'currency' }), 310000)).toBe('310000');
	});

	it('uses labels for yes/no, options, "Sonstiges", Likert and DigCompEdu', () => {
		expect(formatAnswer(q({ type: 'boolean' }), true)).toBe('Ja');
		expect(formatAnswer(q({ type: 'boolean', falseLabel: 'Nicht vorhanden' }), false)).toBe(
			'Nicht vorhanden'
		);
		const options = [
			{ value: 'lernsax', label: 'LernSax' },
			{ value: 'moodle', label: 'Moodle' }
		];
		expect(formatAnswer(q({ type: 'single', options }), 'moodle')).toBe('Moodle');
		expect(
			formatAnswer(q({ type: 'multi', options, allowOther: true }), {
				selected: ['lernsax', 'sonstiges'],
				other: 'Schul.cloud'
			})
		).toBe('LernSax; Sonstiges: Schul.cloud');
		expect(formatAnswer(q({ type: 'likert' }), 4)).toBe('4 – trifft eher zu');
		expect(formatAnswer(q({ type: 'likert' }), 'keine_angabe')).toBe('keine Angabe');
		expect(formatAnswer(q({ type: 'digcompedu' }), 'B1')).toBe('B1 Insider/-in');
	});

	it('writes dates the German way and grids as "row / column: value" for filled cells only', () => {
		expect(formatAnswer(q({ type: 'date' }), '2027-07-01')).toBe('01.07.2027');
		expect(formatIsoDate('kein Datum')).toBe('kein Datum');
		const grid = q({
			type: 'grid',
			unit: 'Geräte',
			rows: [
				{ key: 'tablet', label: 'Tablets' },
				{ key: 'notebook', label: 'Notebooks' }
			],
			columns: [
				{ key: 'apple', label: 'Apple' },
				{ key: 'windows', label: 'Windows' }
			]
		});
		expect(
			formatAnswer(grid, { tablet: { apple: 240, windows: null }, notebook: { windows: 64 } })
		).toBe('Tablets / Apple: 240; Notebooks / Windows: 64');
		expect(answerUnit(grid)).toBe('Geräte');
	});

	it('leaves unanswered questions empty and names units', () => {
		expect(formatAnswer(q({ type: 'text' }), null)).toBe('');
		expect(formatAnswer(q({ type: 'integer', unit: 'Räume' }), undefined)).toBe('');
		expect(answerUnit(q({ type: 'currency' }))).toBe('€');
		expect(answerUnit(q({ type: 'percent' }))).toBe('%');
		expect(answerUnit(q({ type: 'integer', unit: 'Räume' }))).toBe('Räume');
		expect(answerUnit(q({ type: 'boolean' }))).toBe('');
	});
});
