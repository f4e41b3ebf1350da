// German number and money formatting for pilot pages, the CSV and the PDF. Pure.

const numberFormats = new Map<number, Intl.NumberFormat>();

/** 1234.5 → "1.234,5" (at most `maxFractionDigits` decimals, no trailing zeros). */
export function formatNumber(value: number, maxFractionDigits = 2): string {
	let format = numberFormats.get(maxFractionDigits);
	if (!format) {
		format = new Intl.NumberFormat('de-DE', { maximumFractionDigits: maxFractionDigits });
		numberFormats.set(maxFractionDigits, format);
	}
	return format.format(value);
}

const euroFormat = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });

/** 1250050 cents → "12.500,50 €". */
export function formatEuroCents(cents: number | null | undefined): string {
	if (cents == null) return '';
	return euroFormat.format(cents / 100);
}

/** A value with its unit: "85 %", "3,5 Tage"; the unit "%" is written with a (narrow) space. */
export function formatWithUnit(value: number, unit: string): string {
	return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** Cents as a plain German amount for form fields: 1250050 → "12500,50". */
export function centsToInput(cents: number | null | undefined): string {
	if (cents == null) return '';
	const euros = Math.trunc(cents / 100);
	const rest = Math.abs(cents % 100);
	return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** A number for form fields: 12.5 → "12,5". */
export function numberToInput(value: number | null | undefined): string {
	if (value == null) return '';
	return String(value).replace('.', ',');
}

/** Form values of a pilot's master data, as the edit form shows them. */
export function pilotFormValues(p: {
	title: string;
	goal: string;
	hypothesis: string | null;
	description: string | null;
	startOn: string;
	endOn: string;
	owner: { userId: string | null; name: string } | null;
	budgetPlannedCents: number | null;
	budgetSpentCents: number | null;
	fundingSource: string | null;
	status: string;
}): Record<string, string> {
	return {
		title: p.title,
		goal: p.goal,
		hypothesis: p.hypothesis ?? '',
		description: p.description ?? '',
		startOn: p.startOn,
		endOn: p.endOn,
		ownerUserId: p.owner?.userId ?? '',
		ownerName: p.owner && !p.owner.userId ? p.owner.name : '',
		budgetPlannedCents: centsToInput(p.budgetPlannedCents),
		budgetSpentCents: centsToInput(p.budgetSpentCents),
		fundingSource: p.fundingSource ?? '',
		status: p.status
	};
}
