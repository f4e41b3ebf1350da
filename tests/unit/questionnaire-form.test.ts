import { describe, expect, it } from 'vitest';
import {
	fieldId,
	fieldName,
	otherFieldName,
	otherText,
	parseFormValue,
	toFormValue
} from '../../src/lib/domain/questionnaire/form';
import type { Question } from '../../src/lib/domain/questionnaire/types';

const multi: Question = {
	key: 'platforms.used',
	type: 'multi',
	label: 'Plattformen',
	requirement: 'required',
	allowOther: true,
	options: [
		{ value: 'lernsax', label: 'LernSax' },
		{ value: 'opal', label: 'OPAL Schule' }
	]
};
const grid: Question = {
	key: 'devices.student_devices',
	type: 'grid',
	label: 'Geräte',
	requirement: 'required',
	unit: 'Geräte',
	rows: [
		{ key: 'tablet', label: 'Tablets' },
		{ key: 'notebook', label: 'Notebooks' }
	],
	columns: [
		{ key: 'apple', label: 'iPadOS/macOS' },
		{ key: 'windows', label: 'Windows' }
	]
};
const bandwidth: Question = {
	key: 'connectivity.down_mbit',
	type: 'decimal',
	label: 'Download',
	unit: 'Mbit/s',
	min: 0,
	requirement: 'required'
};

describe('field naming', () => {
	it('uses the key, bracketed grid cells and a bracketed "other" field', () => {
		expect(fieldName(bandwidth)).toBe('connectivity.down_mbit');
		expect(fieldName(grid, 'tablet', 'apple')).toBe('devices.student_devices[tablet][apple]');
		expect(otherFieldName(multi)).toBe('platforms.used[other]');
	});

	it('builds safe, distinct HTML ids', () => {
		expect(fieldId(bandwidth)).toBe('q-connectivity-down_mbit');
		expect(fieldId(grid, 'tablet', 'apple')).toBe('q-devices-student_devices-tablet-apple');
		expect(fieldId(multi, 'opal')).not.toBe(fieldId(multi, 'lernsax'));
		expect(fieldId(multi, 'x y"<')).toMatch(/^[A-Za-z0-9_-]+$/);
	});
});

describe('parseFormValue (no-JS form post)', () => {
	it('parses a German decimal', () => {
		const form = new URLSearchParams({ 'connectivity.down_mbit': '1.000,5' });
		expect(parseFormValue(bandwidth, form)).toEqual({ ok: true, value: 1000.5 });
	});

	it('reports a precise error for an invalid number and treats a missing field as empty', () => {
		const form = new URLSearchParams({ 'connectivity.down_mbit': '-3' });
		expect(parseFormValue(bandwidth, form)).toEqual({
			ok: false,
			message: 'Bitte geben Sie eine Zahl von mindestens 0 Mbit/s ein.'
		});
		expect(parseFormValue(bandwidth, new URLSearchParams())).toEqual({ ok: true, value: null });
	});

	it('reads repeated checkbox values and the "Sonstiges" text of a multi question', () => {
		const form = new FormData();
		form.append('platforms.used', 'opal');
		form.append('platforms.used', 'lernsax');
		form.append('platforms.used', 'sonstiges');
		form.append('platforms.used[other]', 'IServ');
		expect(parseFormValue(multi, form)).toEqual({
			ok: true,
			value: { selected: ['lernsax', 'opal', 'sonstiges'], other: 'IServ' }
		});
		expect(parseFormValue(multi, new FormData())).toEqual({ ok: true, value: null });
	});

	it('reads grid cells by their names', () => {
		const form = new URLSearchParams();
		form.set(fieldName(grid, 'tablet', 'apple'), '32');
		form.set(fieldName(grid, 'notebook', 'windows'), '');
		expect(parseFormValue(grid, form)).toEqual({
			ok: true,
			value: { tablet: { apple: 32, windows: null }, notebook: { apple: null, windows: null } }
		});
		form.set(fieldName(grid, 'notebook', 'windows'), 'zwölf');
		const r = parseFormValue(grid, form);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.message).toMatch(/^Notebooks – Windows: /);
	});

	it('reads radios of booleans and likert scales', () => {
		const bool: Question = { key: 'wlan.survey', type: 'boolean', label: 'x', requirement: 'soft' };
		const lik: Question = { key: 'wlan.ok', type: 'likert', label: 'x', requirement: 'soft' };
		expect(parseFormValue(bool, new URLSearchParams({ 'wlan.survey': 'nein' }))).toEqual({
			ok: true,
			value: false
		});
		expect(parseFormValue(lik, new URLSearchParams({ 'wlan.ok': '5' }))).toEqual({
			ok: true,
			value: 5
		});
		expect(parseFormValue(lik, new URLSearchParams({ 'wlan.ok': 'keine_angabe' }))).toEqual({
			ok: true,
			value: 'keine_angabe'
		});
	});
});

describe('toFormValue (prefilling inputs)', () => {
	it('round-trips stored values through the form', () => {
		expect(toFormValue(bandwidth, 1234.5)).toBe('1234,5');
		expect(
			parseFormValue(bandwidth, new URLSearchParams({ [fieldName(bandwidth)]: '1234,5' }))
		).toEqual({
			ok: true,
			value: 1234.5
		});
		expect(toFormValue(grid, { tablet: { apple: 3, windows: null } }, 'tablet', 'apple')).toBe('3');
		expect(toFormValue(grid, { tablet: { apple: 3, windows: null } }, 'tablet', 'windows')).toBe(
			''
		);
		expect(toFormValue(multi, { selected: ['opal'], other: undefined })).toEqual(['opal']);
		expect(toFormValue(multi, null)).toEqual([]);
		expect(otherText({ selected: ['sonstiges'], other: 'IServ' })).toBe('IServ');
		expect(toFormValue({ key: 'b', type: 'boolean', label: 'b', requirement: 'soft' }, true)).toBe(
			'ja'
		);
		expect(toFormValue(bandwidth, undefined)).toBe('');
	});
});
