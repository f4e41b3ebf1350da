// Form input for cost items: zod schemas with German messages. Numbers are typed the German way
// ("1.234,50"); a chosen catalogue entry fills what was left empty (price, useful life, category,
// kind, label), so the form also works without JavaScript.
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { euros } from '$lib/domain/costs/money';
import { catalogueItem } from '$lib/domain/costs/price-catalogue';
import {
	COST_CATEGORIES,
	COST_KINDS,
	DEFAULT_FUNDING_RATES,
	FUNDING_SOURCES,
	type FundingSource
} from '$lib/domain/costs/types';
import { formatNumberInput, parseGermanNumber } from '$lib/domain/questionnaire/numbers';
import { ID_PATTERN } from '../ids';

export const LABEL_MAX = 200;
export const NOTE_MAX = 1000;

/** German number text → number; '' → undefined (so defaults and "required" apply). */
function numberSchema(label: string, min: number, max: number, integer: boolean) {
	const wrong = integer
		? `Bitte geben Sie ${label} als ganze Zahl ein.`
		: `Bitte geben Sie ${label} als Zahl ein, z. B. 1.234,50.`;
	// labels are accusative ("den Einzelpreis"); the range messages need the nominative
	const subject = capital(label.replace(/^den /, 'der '));
	return z
		.number({ error: (i) => (i.input === undefined ? `Bitte geben Sie ${label} an.` : wrong) })
		.refine((n) => Number.isFinite(n), { error: wrong })
		.refine((n) => !integer || Number.isInteger(n), { error: wrong })
		.refine((n) => n >= min, { error: `${subject} darf nicht kleiner als ${min} sein.` })
		.refine((n) => n <= max, {
			error: `${subject} darf nicht größer als ${formatNumberInput(max)} sein.`
		});
}

function toNumber(v: unknown): unknown {
	if (typeof v !== 'string') return v;
	const n = parseGermanNumber(v);
	return n === null ? undefined : n;
}

function germanNumber(label: string, min: number, max: number, integer = false) {
	return z.preprocess(toNumber, numberSchema(label, min, max, integer));
}

/** Like germanNumber, but empty is allowed (undefined). */
function optionalNumber(label: string, min: number, max: number, integer = false) {
	return z.preprocess(toNumber, numberSchema(label, min, max, integer).optional());
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

const optionalId = (message: string) =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || ID_PATTERN.test(v), { error: message })
		.transform((v) => (v === '' ? null : v))
		.prefault('');

const year = (label: string) => germanNumber(label, 2000, 2100, true);
const optionalYear = (label: string) => optionalNumber(label, 2000, 2100, true);

export const CostItemInput = z
	.object({
		catalogueItemId: z
			.string()
			.trim()
			.refine((v) => v === '' || catalogueItem(v) !== undefined, {
				error: 'Bitte wählen Sie einen Eintrag aus dem Preiskatalog.'
			})
			.transform((v) => (v === '' ? null : v))
			.prefault(''),
		label: z
			.string({ error: 'Bitte geben Sie eine Bezeichnung ein.' })
			.trim()
			.refine(isCleanText, CONTROL_CHARACTERS)
			.min(1, { error: 'Bitte geben Sie eine Bezeichnung ein.' })
			.max(LABEL_MAX, { error: `Die Bezeichnung darf höchstens ${LABEL_MAX} Zeichen lang sein.` }),
		category: z.enum(COST_CATEGORIES, { error: 'Bitte wählen Sie eine Kategorie aus der Liste.' }),
		kind: z.enum(COST_KINDS, { error: 'Bitte wählen Sie die Kostenart aus der Liste.' }),
		quantity: germanNumber('die Menge', 0, 1_000_000),
		unitPrice: germanNumber('den Einzelpreis', 0, 100_000_000).transform(euros),
		usefulLifeYears: optionalNumber('die Nutzungsdauer', 1, 50, true),
		firstYear: year('das erste Jahr'),
		lastYear: optionalYear('das letzte Jahr'),
		fundingSource: z.enum(FUNDING_SOURCES, {
			error: 'Bitte wählen Sie eine Finanzierungsquelle aus der Liste.'
		}),
		fundingRatePercent: optionalNumber('die Förderquote', 0, 100),
		fundedUntilYear: optionalYear('das Förderende'),
		schoolId: optionalId('Bitte wählen Sie eine Schule aus der Liste.'),
		measureId: optionalId('Bitte wählen Sie eine Maßnahme aus der Liste.'),
		note: z
			.string()
			.trim()
			.refine(isCleanText, CONTROL_CHARACTERS)
			.max(NOTE_MAX, { error: `Die Anmerkung darf höchstens ${NOTE_MAX} Zeichen lang sein.` })
			.transform((v) => (v === '' ? null : v))
			.prefault('')
	})
	.superRefine((v, ctx) => {
		if (v.kind === 'investment' && v.usefulLifeYears === undefined)
			ctx.addIssue({
				code: 'custom',
				path: ['usefulLifeYears'],
				message: 'Bitte geben Sie für eine Investition die Nutzungsdauer in Jahren an.'
			});
		if (v.kind === 'running' && v.lastYear !== undefined && v.lastYear < v.firstYear)
			ctx.addIssue({
				code: 'custom',
				path: ['lastYear'],
				message: 'Das letzte Jahr darf nicht vor dem ersten Jahr liegen.'
			});
	})
	.transform((v) => ({
		...v,
		usefulLifeYears: v.kind === 'investment' ? (v.usefulLifeYears ?? null) : null,
		lastYear: v.kind === 'running' ? (v.lastYear ?? null) : null,
		fundedUntilYear: v.fundingSource === 'own' ? null : (v.fundedUntilYear ?? null),
		fundingRatePercent:
			v.fundingSource === 'own'
				? 0
				: (v.fundingRatePercent ?? DEFAULT_FUNDING_RATES[v.fundingSource as FundingSource])
	}));
export type CostItemInput = z.infer<typeof CostItemInput>;

export const VersionInput = z.object({
	version: z.preprocess(
		(v) => (typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : v),
		z.number({ error: 'Die Versionsangabe fehlt. Bitte laden Sie die Seite neu.' }).int().min(1)
	)
});

export type CostFormValues = Record<string, string>;

/**
 * Fills empty fields from the chosen catalogue entry (price, useful life, category, kind, label),
 * so people without JavaScript pick an entry and the server sets its defaults.
 */
export function withCatalogueDefaults(values: CostFormValues): CostFormValues {
	const entry = values.catalogueItemId ? catalogueItem(values.catalogueItemId) : undefined;
	if (!entry) return values;
	const empty = (k: string) => !values[k] || values[k].trim() === '';
	const filled = { ...values };
	if (empty('label')) filled.label = entry.label;
	if (empty('category')) filled.category = entry.category;
	if (empty('kind')) filled.kind = entry.kind;
	if (empty('unitPrice')) filled.unitPrice = formatNumberInput(entry.unitPrice / 100);
	if (empty('usefulLifeYears') && entry.usefulLifeYears !== null)
		filled.usefulLifeYears = String(entry.usefulLifeYears);
	return filled;
}

/** The catalogue entry's values, replacing what was there (the "Werte übernehmen" button). */
export function applyCatalogueEntry(values: CostFormValues): CostFormValues {
	const entry = values.catalogueItemId ? catalogueItem(values.catalogueItemId) : undefined;
	if (!entry) return values;
	return {
		...values,
		label: entry.label,
		category: entry.category,
		kind: entry.kind,
		unitPrice: formatNumberInput(entry.unitPrice / 100),
		usefulLifeYears: entry.usefulLifeYears === null ? '' : String(entry.usefulLifeYears)
	};
}
