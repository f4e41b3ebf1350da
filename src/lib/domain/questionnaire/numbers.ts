// German number input and output. Pure.

/**
 * Parse a number typed by a person, German first:
 * - "1.234,5" → 1234.5, "1234,5" → 1234.5, "1 234,5" → 1234.5, "1.234" → 1234 (thousands),
 * - "1234.5" → 1234.5, "0.5" → 0.5, "1,234.5" → 1234.5 (English, both separators present),
 * - "" / whitespace → null, anything else (e.g. "12a", "1.23.4") → NaN.
 * A leading "-" or "−" makes it negative; a trailing "€" or "%" is ignored.
 */
export function parseGermanNumber(input: string): number | null {
	let s = input.replace(/[\s\u00a0\u202f']/g, '').replace(/[€%]$/, '');
	if (s === '') return null;
	let sign = 1;
	if (s.startsWith('-') || s.startsWith('−')) {
		sign = -1;
		s = s.slice(1);
	} else if (s.startsWith('+')) {
		s = s.slice(1);
	}
	if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return Number.NaN;

	const lastDot = s.lastIndexOf('.');
	const lastComma = s.lastIndexOf(',');
	let intPart: string;
	let fracPart = '';
	let groupSep: string | null = null;

	if (lastDot >= 0 && lastComma >= 0) {
		const decimalSep = lastDot > lastComma ? '.' : ',';
		groupSep = decimalSep === '.' ? ',' : '.';
		const idx = s.lastIndexOf(decimalSep);
		intPart = s.slice(0, idx);
		fracPart = s.slice(idx + 1);
		if (fracPart.includes(groupSep)) return Number.NaN;
	} else if (lastComma >= 0) {
		// only commas: one comma = German decimal; several = English thousands ("1,234,567")
		const count = s.split(',').length - 1;
		if (count === 1) {
			[intPart, fracPart] = s.split(',');
		} else {
			intPart = s;
			groupSep = ',';
		}
	} else if (lastDot >= 0) {
		// only dots: several = German thousands; one dot followed by exactly 3 digits after a
		// non-zero integer part = German thousands ("1.234"); otherwise a decimal point ("1234.5")
		const parts = s.split('.');
		if (parts.length > 2 || (parts[1].length === 3 && /^[1-9]\d{0,2}$/.test(parts[0]))) {
			intPart = s;
			groupSep = '.';
		} else {
			[intPart, fracPart] = parts;
		}
	} else {
		intPart = s;
	}

	if (groupSep !== null && intPart.includes(groupSep)) {
		const groups = intPart.split(groupSep);
		if (!/^\d{1,3}$/.test(groups[0]) || groups.slice(1).some((g) => !/^\d{3}$/.test(g))) {
			return Number.NaN;
		}
		intPart = groups.join('');
	}
	if (!/^\d*$/.test(intPart) || !/^\d*$/.test(fracPart) || (intPart === '' && fracPart === '')) {
		return Number.NaN;
	}
	const value = Number(`${intPart || '0'}.${fracPart || '0'}`);
	return sign * value;
}

/**
 * Format for messages and display: German decimal comma; thousands grouped only from 10.000 on
 * (so years and small counts read "2026", "5000").
 */
export function formatNumber(value: number, maxFractionDigits = 2): string {
	return new Intl.NumberFormat('de-DE', {
		maximumFractionDigits: maxFractionDigits,
		useGrouping: Math.abs(value) >= 10000
	}).format(value);
}

/** Format for an input field: German decimal comma, never grouped ("1234,5"). */
export function formatNumberInput(value: number): string {
	return new Intl.NumberFormat('de-DE', { maximumFractionDigits: 10, useGrouping: false }).format(
		value
	);
}

/** Number of decimal places of a finite number as written (0.25 → 2). */
export function decimalPlaces(value: number): number {
	if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
	const text = value.toString();
	const exp = text.match(/e-(\d+)$/);
	if (exp) return Number(exp[1]) + (text.split('e')[0].split('.')[1]?.length ?? 0);
	return text.split('.')[1]?.length ?? 0;
}

/** Is `value` a multiple of `step` counted from `base` (tolerant of float noise)? */
export function isOnStep(value: number, step: number, base = 0): boolean {
	const q = (value - base) / step;
	return Math.abs(q - Math.round(q)) < 1e-9;
}
