// Comfort of the cost item form with JavaScript: filling fields from a catalogue entry and the usual
// rate of a funding source. Without JavaScript the server does the same (costs/input.ts).
import { formatEuro } from '$lib/domain/costs/money';
import { PRICE_CATALOGUE, catalogueItem } from '$lib/domain/costs/price-catalogue';
import {
	COST_CATEGORIES,
	COST_CATEGORY_LABELS,
	DEFAULT_FUNDING_RATES,
	type FundingSource
} from '$lib/domain/costs/types';
import { formatNumberInput } from '$lib/domain/questionnaire/numbers';

export const COST_FIELD_LABELS: Record<string, string> = {
	catalogueItemId: 'Preiskatalog',
	label: 'Bezeichnung',
	category: 'Kategorie',
	kind: 'Kostenart',
	quantity: 'Menge',
	unitPrice: 'Einzelpreis',
	usefulLifeYears: 'Nutzungsdauer',
	firstYear: 'Erstes Jahr',
	lastYear: 'Letztes Jahr',
	fundingSource: 'Finanzierungsquelle',
	fundingRatePercent: 'Förderquote',
	fundedUntilYear: 'Förderung bis',
	schoolId: 'Schule',
	measureId: 'Maßnahme',
	note: 'Anmerkung'
};

/** The catalogue as option groups by category: "label – price je unit". */
export const CATALOGUE_GROUPS = COST_CATEGORIES.map((c) => ({
	label: COST_CATEGORY_LABELS[c],
	options: PRICE_CATALOGUE.filter((p) => p.category === c).map((p) => ({
		value: p.id,
		label: `${p.label} – ${formatEuro(p.unitPrice)} je ${p.unit}`
	}))
}));

function setField(form: HTMLFormElement, name: string, value: string): void {
	const el = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
	if (el) el.value = value;
}

/** Label, category, kind, unit price and useful life of the entry into the form's fields. */
export function fillFromCatalogue(form: HTMLFormElement, entryId: string): void {
	const item = catalogueItem(entryId);
	if (!item) return;
	setField(form, 'label', item.label);
	setField(form, 'category', item.category);
	setField(form, 'kind', item.kind);
	setField(form, 'unitPrice', formatNumberInput(item.unitPrice / 100));
	setField(
		form,
		'usefulLifeYears',
		item.usefulLifeYears === null ? '' : String(item.usefulLifeYears)
	);
}

/** The usual rate of the chosen funding source into the rate field. */
export function fillDefaultRate(form: HTMLFormElement, source: string): void {
	setField(form, 'fundingRatePercent', String(DEFAULT_FUNDING_RATES[source as FundingSource] ?? 0));
}
