import { describe, expect, it } from 'vitest';
import {
	decimalPlaces,
	formatNumber,
	formatNumberInput,
	isOnStep,
	parseGermanNumber
} from '../../src/lib/domain/questionnaire/numbers';

describe('parseGermanNumber', () => {
	it.each([
		['1.234,5', 1234.5],
		['1234,5', 1234.5],
		['1234.5', 1234.5],
		['1.234', 1234],
		['1.234.567', 1234567],
		['1.234.567,89', 1234567.89],
		['1,234.5', 1234.5],
		['0.5', 0.5],
		['0,25', 0.25],
		['1.2345', 1.2345],
		['12', 12],
		['  42  ', 42],
		['1 234,5', 1234.5],
		['1\u00a0234', 1234],
		['-3,5', -3.5],
		['−7', -7],
		['+8', 8],
		['250 €', 250],
		['80%', 80]
	])('parses %j as %d', (input, expected) => {
		expect(parseGermanNumber(input)).toBe(expected);
	});

	it.each(['', '   ', '\t'])('treats %j as empty (null)', (input) => {
		expect(parseGermanNumber(input)).toBeNull();
	});

	it.each(['12a', 'abc', '1.23.4', '1,2,3.4', '1.234,5.6', '--3', '.', ',', '1e5', '12,34,56'])(
		'rejects %j as NaN',
		(input) => {
			expect(parseGermanNumber(input)).toBeNaN();
		}
	);
});

describe('number formatting', () => {
	it('groups thousands only from 10.000 on and uses a decimal comma', () => {
		expect(formatNumber(5000)).toBe('5000');
		expect(formatNumber(2026)).toBe('2026');
		expect(formatNumber(100000)).toBe('100.000');
		expect(formatNumber(0.5)).toBe('0,5');
		expect(formatNumber(1234.567)).toBe('1234,57');
	});

	it('formats input values without grouping so they parse back', () => {
		for (const n of [0, 1234.5, 1000000, 0.125, -3]) {
			expect(parseGermanNumber(formatNumberInput(n))).toBe(n);
		}
		expect(formatNumberInput(1234567.5)).toBe('1234567,5');
	});

	it('counts decimals and checks steps tolerant of float noise', () => {
		expect(decimalPlaces(0.25)).toBe(2);
		expect(decimalPlaces(3)).toBe(0);
		expect(isOnStep(1.5, 0.5)).toBe(true);
		expect(isOnStep(0.3, 0.1)).toBe(true);
		expect(isOnStep(1.3, 0.5)).toBe(false);
	});
});
