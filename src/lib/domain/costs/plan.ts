// The five-year cost plan as one value: entries, totals by every dimension, depreciation and
// € per pupil. What the cost page, the CSV export and the concept chapter 12 show. Pure.
import type { Cents } from './money';
import { perPupilCosts, type PerPupilRow, type SchoolPupils } from './per-pupil';
import { annualDepreciation, depreciationByYear, projectPlan } from './projection';
import {
	categoryYearMatrix,
	sumEntries,
	totalsByCategory,
	totalsByFundingSource,
	totalsBySchool,
	totalsByYear
} from './totals';
import {
	planYears,
	type CostCategory,
	type CostEntry,
	type CostItem,
	type CostTotals,
	type FundingSource,
	type PlanPeriod
} from './types';

export interface CostPlan {
	period: PlanPeriod;
	years: number[];
	items: readonly CostItem[];
	entries: CostEntry[];
	total: CostTotals;
	byYear: Map<number, CostTotals>;
	/** keyed by school id; null = operator-wide items */
	bySchool: Map<string | null, CostTotals>;
	byCategory: Map<CostCategory, CostTotals>;
	byFundingSource: Map<FundingSource, CostTotals>;
	categoryByYear: Map<CostCategory, Map<number, Cents>>;
	depreciationByYear: Map<number, Cents>;
	/** annual depreciation of one purchase per item id (0 for running costs) */
	annualDepreciationByItem: Map<string, Cents>;
	perPupil: PerPupilRow[];
}

export function buildCostPlan(
	items: readonly CostItem[],
	period: PlanPeriod,
	schools: readonly SchoolPupils[]
): CostPlan {
	const years = planYears(period);
	const entries = projectPlan(items, period);
	return {
		period,
		years,
		items,
		entries,
		total: sumEntries(entries),
		byYear: totalsByYear(entries, years),
		bySchool: totalsBySchool(
			entries,
			schools.map((s) => s.schoolId)
		),
		byCategory: totalsByCategory(entries),
		byFundingSource: totalsByFundingSource(entries),
		categoryByYear: categoryYearMatrix(entries, years),
		depreciationByYear: depreciationByYear(items, period),
		annualDepreciationByItem: new Map(items.map((i) => [i.id, annualDepreciation(i)])),
		perPupil: perPupilCosts(items, period, schools)
	};
}
