// The cost page's tables as plain rows (no Maps): category × year with investment, running cost,
// funding and own share; school × year; funding source × year; € per pupil next to the reference
// (no rating: the 2017 model is a reference, not a minimum); and the chart series. Read from the pure CostPlan. Pure.
import type { Cents } from './money';
import type { CostPlan } from './plan';
import { ownSharePercent } from './totals';
import {
	COST_CATEGORY_LABELS,
	FUNDING_SOURCE_LABELS,
	FUNDING_SOURCES,
	type CostItem,
	type CostTotals
} from './types';

/** A cost item as stored in a planning round. */
export interface CostItemRecord extends CostItem {
	roundId: string;
	measureId: string | null;
	schoolId: string | null;
	catalogueItemId: string | null;
	note: string | null;
	lastYear: number | null;
	fundedUntilYear: number | null;
	version: number;
	createdAt: Date;
	updatedAt: Date;
}

export interface PlanRow {
	key: string;
	label: string;
	/** one value per plan year */
	values: Cents[];
	total: Cents;
}

export interface PerPupilView {
	schoolId: string | null;
	name: string;
	pupils: number;
	annualCost: Cents;
	perPupil: Cents | null;
	/** reference at today's prices; null where the 2017 model does not apply (FöS, BSZ) */
	guide: Cents | null;
	percentOfGuide: number | null;
}

export interface CostPlanView {
	years: number[];
	categories: PlanRow[];
	/** Summe, davon Investitionen, davon laufende Kosten, Fördermittel, Eigenanteil */
	totals: PlanRow[];
	schools: PlanRow[];
	fundingSources: PlanRow[];
	perPupil: PerPupilView[];
	ownSharePercent: number;
	chart: { years: number[]; investment: Cents[]; running: Cents[] };
}

const totalsLine = (
	plan: CostPlan,
	key: string,
	label: string,
	pick: (t: CostTotals) => Cents
): PlanRow => ({
	key,
	label,
	values: plan.years.map((y) => {
		const t = plan.byYear.get(y);
		return t ? pick(t) : 0;
	}),
	total: pick(plan.total)
});

function grouped(
	plan: CostPlan,
	keyOf: (e: CostPlan['entries'][number]) => string,
	rows: { key: string; label: string }[],
	amountOf: (e: CostPlan['entries'][number]) => Cents = (e) => e.amount
): PlanRow[] {
	const index = new Map(plan.years.map((y, i) => [y, i]));
	const result = new Map(
		rows.map((r) => [r.key, { ...r, values: plan.years.map(() => 0), total: 0 }])
	);
	for (const e of plan.entries) {
		const row = result.get(keyOf(e));
		const i = index.get(e.year);
		if (!row || i === undefined) continue;
		row.values[i] += amountOf(e);
		row.total += amountOf(e);
	}
	return [...result.values()];
}

export const OPERATOR_WIDE_KEY = '_schultraeger';

export function costPlanView(
	plan: CostPlan,
	schools: readonly { id: string; name: string }[]
): CostPlanView {
	const categories = [...plan.categoryByYear.entries()]
		.filter(([cat]) => (plan.byCategory.get(cat)?.amount ?? 0) !== 0)
		.map(([cat, byYear]) => ({
			key: cat,
			label: COST_CATEGORY_LABELS[cat],
			values: plan.years.map((y) => byYear.get(y) ?? 0),
			total: plan.byCategory.get(cat)?.amount ?? 0
		}));
	const schoolRows = grouped(plan, (e) => e.schoolId ?? OPERATOR_WIDE_KEY, [
		...schools.map((s) => ({ key: s.id, label: s.name })),
		{ key: OPERATOR_WIDE_KEY, label: 'Schulübergreifend (Schulträger)' }
	]).filter((r) => r.key !== OPERATOR_WIDE_KEY || r.total !== 0);
	const funded = grouped(
		plan,
		(e) => e.fundingSource,
		FUNDING_SOURCES.filter((s) => s !== 'own').map((s) => ({
			key: s,
			label: FUNDING_SOURCE_LABELS[s]
		})),
		(e) => e.funded
	).filter((r) => r.total !== 0);
	return {
		years: plan.years,
		categories,
		totals: [
			totalsLine(plan, 'amount', 'Summe', (t) => t.amount),
			totalsLine(plan, 'investment', 'davon Investitionen', (t) => t.investment),
			totalsLine(plan, 'running', 'davon laufende Kosten', (t) => t.running),
			totalsLine(plan, 'funded', 'Fördermittel', (t) => t.funded),
			totalsLine(plan, 'own', 'Eigenanteil Schulträger', (t) => t.own)
		],
		schools: schoolRows,
		fundingSources: [
			...funded,
			totalsLine(plan, 'own', 'Eigenanteil Schulträger', (t) => t.own),
			totalsLine(plan, 'amount', 'Summe', (t) => t.amount)
		],
		perPupil: plan.perPupil.map((r) => ({ ...r })),
		ownSharePercent: ownSharePercent(plan.total),
		chart: {
			years: plan.years,
			investment: plan.years.map((y) => plan.byYear.get(y)?.investment ?? 0),
			running: plan.years.map((y) => plan.byYear.get(y)?.running ?? 0)
		}
	};
}
