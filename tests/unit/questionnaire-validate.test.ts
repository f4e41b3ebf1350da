import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/lib/domain/questionnaire/types';
import {
	REQUIRED_MESSAGE,
	SOFT_MESSAGE,
	checkRequirement,
	validateAnswer
} from '../../src/lib/domain/questionnaire/validate';

const base = { key: 'x.y', label: 'Frage', requirement: 'required' } as const;
const q = <T extends Omit<Question, 'key' | 'label' | 'requirement'>>(extra: T) =>
	({ ...base, ...extra }) as Question;

const good = (question: Question, raw: unknown) => {
	const r = validateAnswer(question, raw);
	if (!r.ok) throw new Error(`expected ok, got: ${r.message}`);
	return r.value;
};
const bad = (question: Question, raw: unknown) => {
	const r = validateAnswer(question, raw);
	if (r.ok) throw new Error(`expected failure, got ${JSON.stringify(r.value)}`);
	return r.message;
};

describe('number types', () => {
	const pupils = q({ type: 'integer', min: 0, max: 5000, unit: 'Schülerinnen und Schüler' });

	it('integer: accepts numbers and German strings, normalises empty to null', () => {
		expect(good(pupils, 212)).toBe(212);
		expect(good(pupils, '1.234')).toBe(1234);
		expect(good(pupils, '')).toBeNull();
		expect(good(pupils, null)).toBeNull();
	});

	it('integer: rejects fractions, out-of-range values and garbage with a precise message', () => {
		const msg = 'Bitte geben Sie eine ganze Zahl zwischen 0 und 5000 Schülerinnen und Schüler ein.';
		expect(bad(pupils, '12,5')).toBe(msg);
		expect(bad(pupils, 5001)).toBe(msg);
		expect(bad(pupils, -1)).toBe(msg);
		expect(bad(pupils, 'viele')).toBe(msg);
		expect(bad(pupils, Number.NaN)).toBe(msg);
		expect(bad(pupils, true)).toBe(msg);
		expect(good(pupils, 5000)).toBe(5000);
		expect(good(pupils, 0)).toBe(0);
	});

	it('integer without unit: the message from the brief', () => {
		expect(bad(q({ type: 'integer', min: 0, max: 5000 }), 6000)).toBe(
			'Bitte geben Sie eine ganze Zahl zwischen 0 und 5000 ein.'
		);
	});

	it('decimal: step and one-sided bounds with unit', () => {
		const hours = q({ type: 'decimal', min: 0, max: 20, step: 0.5, unit: 'Wochenstunden' });
		expect(good(hours, '1,5')).toBe(1.5);
		expect(bad(hours, '1,3')).toBe(
			'Bitte geben Sie eine Zahl zwischen 0 und 20 Wochenstunden in Schritten von 0,5 ein.'
		);
		const bw = q({ type: 'decimal', min: 0, unit: 'Mbit/s' });
		expect(good(bw, '1234.5')).toBe(1234.5);
		expect(bad(bw, '-1')).toBe('Bitte geben Sie eine Zahl von mindestens 0 Mbit/s ein.');
		expect(bad(q({ type: 'decimal', max: 10, unit: 'Tage' }), 11)).toBe(
			'Bitte geben Sie eine Zahl von höchstens 10 Tage ein.'
		);
	});

	it('currency: defaults to ≥ 0 €, at most two decimals, large bounds grouped', () => {
		const budget = q({ type: 'currency', unit: '€/Jahr', max: 1000000 });
		expect(good(budget, '12.500,50')).toBe(12500.5);
		expect(bad(budget, '12,345')).toMatch(/höchstens zwei Nachkommastellen/);
		expect(bad(budget, -5)).toBe(
			'Bitte geben Sie einen Betrag zwischen 0 und 1.000.000 €/Jahr ein.'
		);
		expect(bad(q({ type: 'currency' }), -1)).toBe(
			'Bitte geben Sie einen Betrag von mindestens 0 € ein.'
		);
	});

	it('percent: bounded 0–100 % by default', () => {
		const p = q({ type: 'percent' });
		expect(good(p, '87,5')).toBe(87.5);
		expect(good(p, '100 %')).toBe(100);
		expect(bad(p, 101)).toBe('Bitte geben Sie einen Prozentwert zwischen 0 und 100 % ein.');
	});

	it('year: whole number within bounds', () => {
		const y = q({ type: 'year', min: 2010, max: 2035 });
		expect(good(y, '2019')).toBe(2019);
		expect(bad(y, '2009')).toBe('Bitte geben Sie eine Jahreszahl zwischen 2010 und 2035 ein.');
		expect(bad(y, '2019,5')).toBe('Bitte geben Sie eine Jahreszahl zwischen 2010 und 2035 ein.');
		expect(bad(q({ type: 'year' }), 1850)).toMatch(/zwischen 1900 und 2100/);
	});
});

describe('boolean, likert, digcompedu', () => {
	it('boolean accepts true/false and form values ja/nein', () => {
		const b = q({ type: 'boolean' });
		expect(good(b, true)).toBe(true);
		expect(good(b, 'ja')).toBe(true);
		expect(good(b, 'nein')).toBe(false);
		expect(good(b, 'false')).toBe(false);
		expect(good(b, '')).toBeNull();
		expect(bad(b, 'vielleicht')).toBe('Bitte wählen Sie „Ja“ oder „Nein“.');
	});

	it('likert accepts 1–5 and "keine Angabe" unless switched off', () => {
		const l = q({ type: 'likert' });
		expect(good(l, 4)).toBe(4);
		expect(good(l, '2')).toBe(2);
		expect(good(l, 'keine_angabe')).toBe('keine_angabe');
		expect(bad(l, 6)).toBe('Bitte wählen Sie einen Wert von 1 bis 5 oder „keine Angabe“.');
		expect(bad(l, 2.5)).toMatch(/1 bis 5/);
		const strict = q({ type: 'likert', allowNoAnswer: false });
		expect(bad(strict, 'keine_angabe')).toBe('Bitte wählen Sie einen Wert von 1 bis 5.');
	});

	it('digcompedu accepts A1–C2 (case-insensitive) and optional "keine Angabe"', () => {
		const d = q({ type: 'digcompedu' });
		expect(good(d, 'b2')).toBe('B2');
		expect(good(d, 'keine_angabe')).toBe('keine_angabe');
		expect(bad(d, 'D1')).toMatch(/A1 bis C2/);
		expect(bad(q({ type: 'digcompedu', allowNoAnswer: false }), 'keine_angabe')).toBe(
			'Bitte wählen Sie eine Stufe von A1 bis C2.'
		);
	});
});

describe('choice types', () => {
	const options = [
		{ value: 'lernsax', label: 'LernSax' },
		{ value: 'opal', label: 'OPAL Schule' },
		{ value: 'moodle', label: 'Moodle' }
	];

	it('single accepts only offered options', () => {
		const s = q({ type: 'single', options });
		expect(good(s, 'opal')).toBe('opal');
		expect(good(s, '')).toBeNull();
		expect(bad(s, 'itslearning')).toBe('Bitte wählen Sie eine der angebotenen Antworten.');
	});

	it('multi normalises order and duplicates, enforces max selections', () => {
		const m = q({ type: 'multi', options, maxSelections: 2 });
		expect(good(m, ['moodle', 'lernsax', 'moodle'])).toEqual({ selected: ['lernsax', 'moodle'] });
		expect(good(m, 'opal')).toEqual({ selected: ['opal'] });
		expect(good(m, [])).toBeNull();
		expect(good(m, { selected: [] })).toBeNull();
		expect(bad(m, ['lernsax', 'opal', 'moodle'])).toBe(
			'Bitte wählen Sie höchstens 2 Antworten aus (derzeit 3).'
		);
		expect(bad(m, ['teams'])).toBe('Bitte wählen Sie nur angebotene Antworten aus.');
		expect(bad(m, ['sonstiges'])).toBe('Bitte wählen Sie nur angebotene Antworten aus.');
	});

	it('multi with "Sonstiges" needs a text and selects it when only the text is given', () => {
		const m = q({ type: 'multi', options, allowOther: true });
		expect(good(m, { selected: ['lernsax', 'sonstiges'], other: '  Schulmanager  ' })).toEqual({
			selected: ['lernsax', 'sonstiges'],
			other: 'Schulmanager'
		});
		expect(bad(m, { selected: ['sonstiges'], other: ' ' })).toBe(
			'Bitte beschreiben Sie „Sonstiges“ in wenigen Worten.'
		);
		expect(good(m, { selected: [], other: 'IServ' })).toEqual({
			selected: ['sonstiges'],
			other: 'IServ'
		});
		expect(bad(m, { selected: ['sonstiges'], other: 'x'.repeat(201) })).toMatch(/200 Zeichen/);
	});
});

describe('text, date, grid', () => {
	it('text trims, collapses whitespace and enforces the length', () => {
		const t = q({ type: 'text', maxLength: 12 });
		expect(good(t, '  Jamf\n School ')).toBe('Jamf School');
		expect(good(t, '   ')).toBeNull();
		expect(bad(t, 'x'.repeat(13))).toBe(
			'Bitte kürzen Sie Ihre Eingabe auf höchstens 12 Zeichen (derzeit 13).'
		);
		expect(good(q({ type: 'longtext' }), 'Zeile 1\r\nZeile 2')).toBe('Zeile 1\nZeile 2');
		expect(bad(q({ type: 'text' }), 42)).toBe('Bitte geben Sie einen Text ein.');
	});

	it('date accepts ISO and TT.MM.JJJJ, rejects impossible dates and out-of-range', () => {
		const d = q({ type: 'date', minDate: '2024-01-01', maxDate: '2040-12-31' });
		expect(good(d, '1.7.2027')).toBe('2027-07-01');
		expect(good(d, '2027-07-01')).toBe('2027-07-01');
		const msg =
			'Bitte geben Sie ein gültiges Datum zwischen dem 01.01.2024 und dem 31.12.2040 ein (TT.MM.JJJJ).';
		expect(bad(d, '31.02.2027')).toBe(msg);
		expect(bad(d, '2023-12-31')).toBe(msg);
		expect(bad(d, 'nächstes Jahr')).toBe(msg);
	});

	it('grid validates every cell with unit and names the cell; normalises the shape', () => {
		const g = q({
			type: 'grid',
			unit: 'Geräte',
			max: 100,
			rows: [
				{ key: 'tablet', label: 'Tablets' },
				{ key: 'notebook', label: 'Notebooks' }
			],
			columns: [
				{ key: 'apple', label: 'iPadOS' },
				{ key: 'windows', label: 'Windows' }
			]
		});
		expect(good(g, { tablet: { apple: '30' } })).toEqual({
			tablet: { apple: 30, windows: null },
			notebook: { apple: null, windows: null }
		});
		expect(good(g, { tablet: { apple: '' } })).toBeNull();
		expect(bad(g, { notebook: { windows: '2,5' } })).toBe(
			'Notebooks – Windows: Bitte geben Sie eine ganze Zahl zwischen 0 und 100 Geräte ein.'
		);
		expect(bad(g, { laptop: { apple: 1 } })).toBe('Unbekannte Zeile „laptop“ in der Tabelle.');
		expect(bad(g, { tablet: { linux: 1 } })).toBe('Unbekannte Spalte „linux“ in der Tabelle.');
		expect(bad(g, [1, 2])).toMatch(/Tabelle/);
	});
});

describe('checkRequirement', () => {
	it('required → error, soft → warning, optional → nothing; answered → nothing', () => {
		expect(checkRequirement({ requirement: 'required' }, null)).toEqual({
			level: 'error',
			message: REQUIRED_MESSAGE
		});
		expect(checkRequirement({ requirement: 'soft' }, undefined)).toEqual({
			level: 'warning',
			message: SOFT_MESSAGE
		});
		expect(checkRequirement({ requirement: 'optional' }, null)).toBeNull();
		expect(checkRequirement({ requirement: 'required' }, 0)).toBeNull();
		expect(checkRequirement({ requirement: 'required' }, false)).toBeNull();
		expect(checkRequirement({ requirement: 'required' }, 'keine_angabe')).toBeNull();
		expect(checkRequirement({ requirement: 'required' }, { selected: [] })?.level).toBe('error');
		expect(checkRequirement({ requirement: 'soft' }, { a: { b: null } })?.level).toBe('warning');
	});
});
