// Projects cost items over the plan years: an investment is bought in its first year and again
// after each useful life (bought 2026 with a life of 3 → bought again 2029); running costs occur
// every year from their first to their last year. Also the annual depreciation (AfA). Pure.
import { lineAmount, shareOf, splitEvenly, type Cents } from './money';
import { planYears, type CostEntry, type CostItem, type PlanPeriod } from './types';

/** Years within the plan in which an investment is bought (first purchase and replacements). */
export function purchaseYears(item: CostItem, period: PlanPeriod): number[] {
	if (item.kind !== 'investment') return [];
	const life = usefulLife(item);
	const years: number[] = [];
	const end = period.startYear + period.years - 1;
	for (let year = item.firstYear; year <= end; year += life) {
		if (year >= period.startYear) years.push(year);
	}
	return years;
}

/** Years within the plan in which a running cost occurs. */
export function runningYears(item: CostItem, period: PlanPeriod): number[] {
	if (item.kind !== 'running') return [];
	const last = item.lastYear ?? Number.POSITIVE_INFINITY;
	return planYears(period).filter((y) => y >= item.firstYear && y <= last);
}

function usefulLife(item: CostItem): number {
	const life = item.usefulLifeYears;
	if (life === null || !Number.isInteger(life) || life < 1) {
		throw new RangeError(`Investment ${item.id} needs a useful life of at least one whole year`);
	}
	return life;
}

/** Cost of one purchase (investment) or one year (running cost). */
export function itemAmount(item: CostItem): Cents {
	return lineAmount(item.quantity, item.unitPrice);
}

function fundingRateIn(item: CostItem, year: number): number {
	if (item.fundingSource === 'own') return 0;
	if (item.fundedUntilYear != null && year > item.fundedUntilYear) return 0;
	return Math.min(100, Math.max(0, item.fundingRatePercent));
}

/** The cash entries of one item across the plan years. */
export function projectItem(item: CostItem, period: PlanPeriod): CostEntry[] {
	const amount = itemAmount(item);
	const years =
		item.kind === 'investment' ? purchaseYears(item, period) : runningYears(item, period);
	return years.map((year) => {
		const rate = fundingRateIn(item, year);
		const funded = shareOf(amount, rate);
		return {
			itemId: item.id,
			year,
			kind: item.kind,
			category: item.category,
			schoolId: item.schoolId ?? null,
			fundingSource: rate > 0 ? item.fundingSource : 'own',
			amount,
			funded,
			own: amount - funded,
			isReplacement: item.kind === 'investment' && year !== item.firstYear
		};
	});
}

export function projectPlan(items: readonly CostItem[], period: PlanPeriod): CostEntry[] {
	return items.flatMap((item) => projectItem(item, period));
}

/** Annual depreciation of one purchase: cost ÷ useful life, in whole cents (running costs: 0). */
export function annualDepreciation(item: CostItem): Cents {
	if (item.kind !== 'investment') return 0;
	return Math.round(itemAmount(item) / usefulLife(item));
}

/**
 * Depreciation per plan year: every purchase (also one before the plan) spreads its cost over the
 * years of its useful life, in exact cent parts. Keys are the plan years.
 */
export function depreciationByYear(
	items: readonly CostItem[],
	period: PlanPeriod
): Map<number, Cents> {
	const years = planYears(period);
	const result = new Map<number, Cents>(years.map((y) => [y, 0]));
	const end = years[years.length - 1];
	for (const item of items) {
		if (item.kind !== 'investment') continue;
		const life = usefulLife(item);
		const parts = splitEvenly(itemAmount(item), life);
		for (let bought = item.firstYear; bought <= end; bought += life) {
			parts.forEach((part, i) => {
				const year = bought + i;
				if (result.has(year)) result.set(year, (result.get(year) ?? 0) + part);
			});
		}
	}
	return result;
}
