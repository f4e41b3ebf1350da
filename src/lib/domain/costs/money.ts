// Money as integer euro cents: every amount in the cost plan is a whole number of cents, so sums over
// years, schools, categories and funding sources add up exactly (no float drift). Pure.

/** A whole number of euro cents. */
export type Cents = number;

/**
 * Euro amount (e.g. 780.5) → cents, rounded half away from zero. toPrecision(15) first removes
 * binary noise (1.005 * 100 = 100.49999999999999 → 100.5 → 101).
 */
export function euros(amount: number): Cents {
	return roundCents(Number((amount * 100).toPrecision(15)));
}

/** Round a fractional cent value half away from zero (Math.round rounds -0.5 towards +∞). */
export function roundCents(value: number): Cents {
	const rounded = Math.sign(value) * Math.round(Math.abs(value));
	return rounded === 0 ? 0 : rounded; // no -0
}

/** quantity × unit price; the quantity may be fractional (0,5 VZÄ, 2,5 Tage). */
export function lineAmount(quantity: number, unitPrice: Cents): Cents {
	return roundCents(quantity * unitPrice);
}

/** The part of an amount paid at a rate in percent (0–100), rounded to cents. */
export function shareOf(amount: Cents, ratePercent: number): Cents {
	return roundCents((amount * ratePercent) / 100);
}

/**
 * Split an amount into `parts` whole-cent parts that add up exactly to the amount; the first
 * `amount mod parts` parts carry one cent more (used for depreciation: cost ÷ useful life).
 */
export function splitEvenly(amount: Cents, parts: number): Cents[] {
	if (!Number.isInteger(parts) || parts < 1)
		throw new RangeError('parts must be a positive integer');
	const base = Math.trunc(amount / parts);
	const remainder = amount - base * parts;
	const step = Math.sign(remainder);
	return Array.from({ length: parts }, (_, i) => base + (i < Math.abs(remainder) ? step : 0));
}

export function sumCents(values: readonly Cents[]): Cents {
	let total = 0;
	for (const v of values) total += v;
	return total;
}

const NBSP = '\u00a0';

function groupThousands(digits: string): string {
	return digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** 1234567 → "12.345,67 €" (German format, no-break space before the sign; no ICU dependence). */
export function formatEuro(amount: Cents, options: { cents?: boolean } = {}): string {
	const withCents = options.cents ?? true;
	const negative = amount < 0;
	const abs = Math.abs(amount);
	const whole = withCents ? Math.trunc(abs / 100) : Math.round(abs / 100);
	let text = groupThousands(String(whole));
	if (withCents) text += ',' + String(abs % 100).padStart(2, '0');
	return `${negative ? '−' : ''}${text}${NBSP}€`;
}

/** Whole euros, e.g. for tables with large totals: 1234567 → "12.346 €". */
export function formatEuroRounded(amount: Cents): string {
	return formatEuro(amount, { cents: false });
}
