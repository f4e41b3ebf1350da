// Totals of projected cost entries by year, school, category and funding source. Every total is a
// plain sum of whole-cent entries, so each dimension adds up exactly to the grand total. Pure.
import type { Cents } from './money';
import {
	COST_CATEGORIES,
	FUNDING_SOURCES,
	type CostCategory,
	type CostEntry,
	type CostTotals,
	type FundingSource
} from './types';

export function emptyTotals(): CostTotals {
	return { amount: 0, investment: 0, running: 0, funded: 0, own: 0 };
}

function add(totals: CostTotals, entry: CostEntry): void {
	totals.amount += entry.amount;
	totals[entry.kind] += entry.amount;
	totals.funded += entry.funded;
	totals.own += entry.own;
}

export function sumEntries(entries: readonly CostEntry[]): CostTotals {
	const totals = emptyTotals();
	for (const e of entries) add(totals, e);
	return totals;
}

/** Totals grouped by a key; `keys` fixes the order and makes empty groups appear with zeros. */
export function totalsBy<K>(
	entries: readonly CostEntry[],
	keyOf: (entry: CostEntry) => K,
	keys: readonly K[] = []
): Map<K, CostTotals> {
	const groups = new Map<K, CostTotals>(keys.map((k) => [k, emptyTotals()]));
	for (const e of entries) {
		const key = keyOf(e);
		let totals = groups.get(key);
		if (!totals) {
			totals = emptyTotals();
			groups.set(key, totals);
		}
		add(totals, e);
	}
	return groups;
}

export function totalsByYear(entries: readonly CostEntry[], years: readonly number[]) {
	return totalsBy(entries, (e) => e.year, years);
}

/** Keyed by school id; null holds the operator-wide items. */
export function totalsBySchool(entries: readonly CostEntry[], schoolIds: readonly string[] = []) {
	return totalsBy<string | null>(entries, (e) => e.schoolId, schoolIds);
}

export function totalsByCategory(entries: readonly CostEntry[]): Map<CostCategory, CostTotals> {
	return totalsBy(entries, (e) => e.category, COST_CATEGORIES);
}

export function totalsByFundingSource(
	entries: readonly CostEntry[]
): Map<FundingSource, CostTotals> {
	return totalsBy(entries, (e) => e.fundingSource, FUNDING_SOURCES);
}

/** Year × category matrix (rows: categories, columns: years), the usual cost plan table. */
export function categoryYearMatrix(
	entries: readonly CostEntry[],
	years: readonly number[]
): Map<CostCategory, Map<number, Cents>> {
	const matrix = new Map<CostCategory, Map<number, Cents>>(
		COST_CATEGORIES.map((c) => [c, new Map(years.map((y) => [y, 0]))])
	);
	for (const e of entries) {
		const row = matrix.get(e.category);
		if (row && row.has(e.year)) row.set(e.year, (row.get(e.year) ?? 0) + e.amount);
	}
	return matrix;
}

/** Own share in percent of the amount, one decimal (0 when nothing is planned). */
export function ownSharePercent(totals: CostTotals): number {
	return totals.amount === 0 ? 0 : Math.round((totals.own / totals.amount) * 1000) / 10;
}
