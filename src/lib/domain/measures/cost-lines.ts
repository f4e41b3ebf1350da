// Cost lines of proposed measures: a catalogue entry × a quantity with the formula spelled out, the
// estimate over the plan, and the conversion into cost-plan items once people accept a measure. Pure.
import { formatEuro, lineAmount } from '../costs/money';
import { requireCatalogueItem } from '../costs/price-catalogue';
import { defaultFundingFor } from '../costs/funding-programmes';
import { projectPlan } from '../costs/projection';
import type { CostItem, FundingSource } from '../costs/types';
import { formatNumber } from '../evaluation/format';
import type { CostEstimate, CostLine, RuleContext } from './types';

export function costLine(
	context: RuleContext,
	catalogueItemId: string,
	quantity: number,
	basis: string,
	schoolId: string | null,
	years: number | null = null,
	firstYear?: number
): CostLine {
	const p = requireCatalogueItem(catalogueItemId, context.catalogue);
	const amount = lineAmount(quantity, p.unitPrice);
	const perYear =
		p.kind !== 'running' ? '' : years === null ? ' je Jahr' : ` je Jahr, ${years} Jahr(e)`;
	return {
		catalogueItemId,
		label: p.label,
		category: p.category,
		kind: p.kind,
		usefulLifeYears: p.usefulLifeYears,
		unit: p.unit,
		quantity,
		unitPrice: p.unitPrice,
		amount,
		formula: `${formatNumber(quantity, 2)} ${p.unit} × ${formatEuro(p.unitPrice)} = ${formatEuro(amount)}${perYear}`,
		basis,
		schoolId,
		years: p.kind === 'running' ? years : null,
		...(firstYear !== undefined ? { firstYear } : {})
	};
}

export interface CostItemDefaults {
	/** defaults to the plan's first year */
	firstYear?: number;
	/** missing: per line from the funding programmes (defaultFundingFor) */
	fundingSource?: FundingSource;
	fundingRatePercent?: number;
	fundedUntilYear?: number | null;
	measureId?: string | null;
	idPrefix?: string;
}

/** The cost-plan items a measure's lines become (ids: `${prefix}${index}`). */
export function costItemsFromLines(
	lines: readonly CostLine[],
	context: RuleContext,
	defaults: CostItemDefaults = {}
): CostItem[] {
	return lines
		.filter((l) => l.quantity > 0)
		.map((l, i) => ({
			id: `${defaults.idPrefix ?? 'line-'}${i + 1}`,
			category: l.category,
			label: l.label,
			quantity: l.quantity,
			unitPrice: l.unitPrice,
			kind: l.kind,
			usefulLifeYears: l.usefulLifeYears,
			firstYear: l.firstYear ?? defaults.firstYear ?? context.period.startYear,
			lastYear:
				l.years === null
					? null
					: (l.firstYear ?? defaults.firstYear ?? context.period.startYear) + l.years - 1,
			...(defaults.fundingSource
				? {
						fundingSource: defaults.fundingSource,
						fundingRatePercent: defaults.fundingRatePercent ?? 0,
						fundedUntilYear: defaults.fundedUntilYear ?? null
					}
				: defaultFundingFor(l.category, l.kind)),
			schoolId: l.schoolId,
			catalogueItemId: l.catalogueItemId,
			measureId: defaults.measureId ?? null,
			note: `${l.basis}; ${l.formula}`
		}));
}

export function estimate(lines: readonly CostLine[], context: RuleContext): CostEstimate {
	let investment = 0;
	let runningPerYear = 0;
	for (const l of lines) {
		if (l.kind === 'investment') investment += l.amount;
		else runningPerYear += l.amount;
	}
	const planTotal = projectPlan(costItemsFromLines(lines, context), context.period).reduce(
		(sum, e) => sum + e.amount,
		0
	);
	return { investment, runningPerYear, planTotal };
}
