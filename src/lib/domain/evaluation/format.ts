// German number formatting for evaluation figures (decimal comma, thin grouping). Pure.

const formatters = new Map<number, Intl.NumberFormat>();

/** 1234.5 → "1.234,5"; null → "–". */
export function formatNumber(value: number | null | undefined, decimals = 1): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	let f = formatters.get(decimals);
	if (!f) {
		f = new Intl.NumberFormat('de-DE', {
			minimumFractionDigits: 0,
			maximumFractionDigits: decimals
		});
		formatters.set(decimals, f);
	}
	return f.format(value);
}

export function roundTo(value: number, decimals: number): number {
	const p = 10 ** decimals;
	return Math.round(value * p) / p;
}

/** "4,5 Mbit/s" ("%" without a space is German typography too, but DIN 5008 wants the space). */
export function withUnit(value: number | null, unit: string, decimals = 1): string {
	const text = formatNumber(value, decimals);
	return value === null || !unit ? text : `${text} ${unit}`;
}
