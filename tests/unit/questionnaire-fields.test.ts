// What the questionnaire inputs show (raw values from answers and from a post), the ids links
// target, the radio options per type, and the guide-value text next to a question.
import { describe, expect, it } from 'vitest';
import {
	anchorId,
	choiceOptions,
	questionKeyOf,
	rawFromAnswer,
	rawFromForm
} from '../../src/lib/components/questionnaire/field-values';
import { guideValueText } from '../../src/lib/domain/guide-value-text';
import { guideValue } from '../../src/lib/domain/guide-values';
import { parseFormValue } from '../../src/lib/domain/questionnaire/form';
import type {
	GridQuestion,
	MultiQuestion,
	Question
} from '../../src/lib/domain/questionnaire/types';

const grid: GridQuestion = {
	key: 'rooms.equipment',
	type: 'grid',
	label: 'Räume',
	requirement: 'optional',
	unit: 'Räume',
	rows: [
		{ key: 'klassenraum', label: 'Klassenraum' },
		{ key: 'fachraum', label: 'Fachraum' }
	],
	columns: [
		{ key: 'beamer', label: 'Beamer' },
		{ key: 'display', label: 'Display' }
	]
};
const multi: MultiQuestion = {
	key: 'platforms',
	type: 'multi',
	label: 'Plattformen',
	requirement: 'soft',
	allowOther: true,
	options: [
		{ value: 'lernsax', label: 'LernSax' },
		{ value: 'moodle', label: 'Moodle' }
	]
};
const decimal: Question = {
	key: 'wan.mbit',
	type: 'decimal',
	label: 'Bandbreite',
	unit: 'Mbit/s',
	requirement: 'required'
};

describe('raw values', () => {
	it('shows stored numbers with a decimal comma and grids cell by cell', () => {
		expect(rawFromAnswer(decimal, 1234.5)).toBe('1234,5');
		expect(rawFromAnswer(decimal, null)).toBe('');
		expect(rawFromAnswer(grid, { klassenraum: { beamer: 12, display: null } })).toEqual({
			klassenraum: { beamer: '12', display: '' },
			fachraum: { beamer: '', display: '' }
		});
		expect(
			rawFromAnswer(multi, { selected: ['moodle', 'sonstiges'], other: 'itslearning' })
		).toEqual({
			selected: ['moodle', 'sonstiges'],
			other: 'itslearning'
		});
	});

	it('gives back what was posted, so an invalid entry is shown unchanged', () => {
		const form = new URLSearchParams([
			['wan.mbit', '12a'],
			['rooms.equipment[klassenraum][beamer]', '-3'],
			['platforms', 'lernsax'],
			['platforms[other]', '']
		]);
		expect(rawFromForm(decimal, form)).toBe('12a');
		expect(rawFromForm(grid, form)).toEqual({
			klassenraum: { beamer: '-3', display: '' },
			fachraum: { beamer: '', display: '' }
		});
		expect(rawFromForm(multi, form)).toEqual({ selected: ['lernsax'], other: '' });
		expect(parseFormValue(decimal, form).ok).toBe(false);
	});
});

describe('ids and options', () => {
	it('links to the first control of a question', () => {
		expect(anchorId(decimal)).toBe('q-wan-mbit');
		expect(anchorId(grid)).toBe('q-rooms-equipment-klassenraum-beamer');
		expect(anchorId(multi)).toBe('q-platforms-lernsax');
		expect(anchorId({ key: 'x.ok', type: 'boolean', label: 'OK?', requirement: 'optional' })).toBe(
			'q-x-ok-ja'
		);
		expect(
			anchorId({ key: 'x.level', type: 'digcompedu', label: 'Stufe', requirement: 'optional' })
		).toBe('q-x-level-A1');
	});

	it('finds the question of a control name', () => {
		expect(questionKeyOf('rooms.equipment[klassenraum][beamer]')).toBe('rooms.equipment');
		expect(questionKeyOf('platforms[other]')).toBe('platforms');
		expect(questionKeyOf('wan.mbit')).toBe('wan.mbit');
	});

	it('offers Likert 1–5 with "keine Angabe" unless switched off', () => {
		const likert = choiceOptions({ key: 'l', type: 'likert', label: 'L', requirement: 'optional' });
		expect(likert.map((o) => o.value)).toEqual(['1', '2', '3', '4', '5', 'keine_angabe']);
		expect(likert[0].label).toBe('1 – trifft gar nicht zu');
		const strict = choiceOptions({
			key: 'l',
			type: 'likert',
			label: 'L',
			requirement: 'optional',
			allowNoAnswer: false
		});
		expect(strict).toHaveLength(5);
		expect(
			choiceOptions({ key: 'b', type: 'boolean', label: 'B', requirement: 'optional' })
		).toEqual([
			{ value: 'ja', label: 'Ja' },
			{ value: 'nein', label: 'Nein' }
		]);
	});
});

describe('guide value text', () => {
	it('names both levels when secondary schools have their own value', () => {
		const g = guideValue('devices.pupils_per_device');
		expect(g).toBeDefined();
		const text = guideValueText(g!);
		expect(text.value).toBe(
			'≤ 2 Schüler/Gerät (Grundschule), ≤ 1 Schüler/Gerät (weiterführende Schulen)'
		);
		// the source note names title, publisher, date and address
		expect(text.source).toMatch(/^Quelle: Gesamtkosten für Schul-IT.*ifib.*11\/2017.*https:\/\//);
	});

	it('writes a reference as a reference, not as a minimum', () => {
		expect(guideValueText(guideValue('costs.per_pupil_year')!).value).toBe(
			'Referenz 260 €/Schüler/Jahr (Grundschule), Referenz 400 €/Schüler/Jahr (weiterführende Schulen)'
		);
	});

	it('writes ranges and upper limits', () => {
		expect(guideValueText(guideValue('wlan.clients_per_ap')!).value).toBe('20–30 Clients/AP');
		expect(guideValueText(guideValue('support.devices_per_technician')!).value).toBe(
			'≤ 400 Geräte/VZÄ'
		);
	});
});
