// Cost plan vocabulary: categories (domain.md §4), investment vs running cost, funding sources,
// cost items and the five-year plan period. Pure and client-safe.
import type { Cents } from './money';

export const COST_CATEGORIES = [
	'cabling',
	'wlan',
	'server_cloud',
	'presentation',
	'student_devices',
	'teacher_devices',
	'software',
	'connectivity',
	'support',
	'training',
	'repair'
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

export const COST_CATEGORY_LABELS: Record<CostCategory, string> = {
	cabling: 'Verkabelung und Netzwerk',
	wlan: 'WLAN',
	server_cloud: 'Server und Cloud',
	presentation: 'Präsentationstechnik',
	student_devices: 'Endgeräte Schülerinnen und Schüler',
	teacher_devices: 'Endgeräte Lehrkräfte',
	software: 'Software, Lernplattform, MDM',
	connectivity: 'Internetanbindung',
	support: 'Support (Personal, Dienstleister)',
	training: 'Fortbildung',
	repair: 'Reparatur und Ersatzteile'
};

/** investment = capex (bought, replaced after its useful life); running = opex (every year). */
export const COST_KINDS = ['investment', 'running'] as const;
export type CostKind = (typeof COST_KINDS)[number];

export const COST_KIND_LABELS: Record<CostKind, string> = {
	investment: 'Investition',
	running: 'laufende Kosten'
};

/** Funding sources as data; the rate per item says which share the source pays. */
export const FUNDING_SOURCES = ['own', 'digitalpakt_2', 'state', 'regional', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

export const FUNDING_SOURCE_LABELS: Record<FundingSource, string> = {
	own: 'Eigenmittel Schulträger',
	digitalpakt_2: 'DigitalPakt Schule 2.0 (Zuweisung)',
	state: 'Land (Kostenträger Freistaat)',
	regional: 'Regionale Förderung (z. B. RegioDigiS)',
	other: 'Sonstige Mittel'
};

/**
 * Default share a source pays of an item, in percent (funding-programmes.ts): DP 2.0 is a lump-sum
 * allocation, so an item assigned to it is paid in full up to the allocation (checked per year in
 * chapter 12); Land tasks are borne by the Land; RegioDigiS normally 90 %; others per item.
 */
export const DEFAULT_FUNDING_RATES: Record<FundingSource, number> = {
	own: 0,
	digitalpakt_2: 100,
	state: 100,
	regional: 90,
	other: 0
};

export interface CostItem {
	id: string;
	category: CostCategory;
	label: string;
	/** may be fractional (0,5 VZÄ); ≥ 0 */
	quantity: number;
	/** gross unit price in cents (schools cannot deduct VAT) */
	unitPrice: Cents;
	kind: CostKind;
	/** investments: years until the item is bought again (≥ 1); running costs: null */
	usefulLifeYears: number | null;
	/** calendar year of the first purchase (may lie before the plan: then only replacements count) */
	firstYear: number;
	/** running costs only: last year the cost occurs (contract end); null = until the plan ends */
	lastYear?: number | null;
	fundingSource: FundingSource;
	/** share the funding source pays, percent 0–100; the rest is the own share */
	fundingRatePercent: number;
	/** funding ends after this year (e.g. the programme ends); later purchases are own share */
	fundedUntilYear?: number | null;
	/** null/undefined: an operator-wide item (all schools) */
	schoolId?: string | null;
	catalogueItemId?: string | null;
	measureId?: string | null;
	note?: string | null;
}

export interface PlanPeriod {
	startYear: number;
	/** number of plan years; the MEK period is five years */
	years: number;
}

export const PLAN_YEARS = 5;

export function planYears(period: PlanPeriod): number[] {
	return Array.from({ length: period.years }, (_, i) => period.startYear + i);
}

export function planPeriodLabel(period: PlanPeriod): string {
	return `${period.startYear}–${period.startYear + period.years - 1}`;
}

/** One projected cash amount: an item's purchase or running cost in one plan year. */
export interface CostEntry {
	itemId: string;
	year: number;
	kind: CostKind;
	category: CostCategory;
	schoolId: string | null;
	fundingSource: FundingSource;
	amount: Cents;
	/** paid by the funding source */
	funded: Cents;
	/** amount − funded: paid by the Schulträger */
	own: Cents;
	/** an investment bought again after its useful life */
	isReplacement: boolean;
}

/** Sums of entries; always amount = investment + running = funded + own. */
export interface CostTotals {
	amount: Cents;
	investment: Cents;
	running: Cents;
	funded: Cents;
	own: Cents;
}
