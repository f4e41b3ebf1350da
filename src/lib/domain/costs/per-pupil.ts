// € per pupil per year next to the Bertelsmann/ifib 2017 reference (260 € primary, 400 € secondary).
// The reference is a model figure, not a minimum: it is in 2017 prices (indexed here to the latest
// consumer price index), covers general schools only (no Förderschulen, no vocational schools) and
// excludes broadband and teacher training, so those categories are left out of the comparable cost.
// The cost per year is annualised: depreciation (cost ÷ useful life) plus running costs, averaged
// over the plan years. Operator-wide items are shared among the schools by pupil numbers. Pure.
import { guideValue, guideValueFor } from '../guide-values';
import { isGeneralSchool, isPrimarySchool, type SchoolType } from '../roles';
import { euros, roundCents, type Cents } from './money';
import { depreciationByYear, projectPlan } from './projection';
import type { CostCategory, CostItem, PlanPeriod } from './types';

/** Categories the 2017 model leaves out (broadband; teacher training is a Land task anyway). */
export const PER_PUPIL_EXCLUDED: readonly CostCategory[] = ['connectivity', 'training'];

export interface SchoolPupils {
	schoolId: string;
	name: string;
	type: SchoolType;
	pupils: number;
}

export interface PerPupilRow {
	/** null: the whole Schulträger */
	schoolId: string | null;
	name: string;
	pupils: number;
	/** average depreciation + running cost per plan year, without broadband and training */
	annualCost: Cents;
	/** annualCost ÷ pupils; null without pupils */
	perPupil: Cents | null;
	/** reference per pupil and year at today's prices; null: the model does not cover the school */
	guide: Cents | null;
	/** perPupil as a percentage of the reference, one decimal (information, not a rating) */
	percentOfGuide: number | null;
}

/** Consumer price index factor from 2017 to the latest full year (Destatis). */
export function priceIndexFactor(): number {
	const from = guideValue('costs.price_index_2017')?.value;
	const to = guideValue('costs.price_index_current')?.value;
	return from && to ? to / from : 1;
}

/** The reference per pupil and year in 2017 prices, or null for Förderschulen and BSZ. */
export function guidePerPupil2017(type: SchoolType): Cents | null {
	if (!isGeneralSchool(type)) return null;
	const g = guideValue('costs.per_pupil_year');
	const fallback = isPrimarySchool(type) ? 260 : 400;
	return euros(g ? guideValueFor(g, isPrimarySchool(type) ? 'primary' : 'secondary') : fallback);
}

/** The reference per pupil and year at today's prices, or null where the model does not apply. */
export function guidePerPupil(type: SchoolType): Cents | null {
	const base = guidePerPupil2017(type);
	return base === null ? null : roundCents(base * priceIndexFactor());
}

/** Sum over the plan of depreciation + running costs of these items (not yet averaged). */
function annualisedSum(all: readonly CostItem[], period: PlanPeriod): Cents {
	const items = all.filter((i) => !PER_PUPIL_EXCLUDED.includes(i.category));
	let sum = 0;
	for (const v of depreciationByYear(items, period).values()) sum += v;
	for (const e of projectPlan(items, period)) if (e.kind === 'running') sum += e.amount;
	return sum;
}

function row(
	schoolId: string | null,
	name: string,
	pupils: number,
	annualCost: Cents,
	guide: Cents | null
): PerPupilRow {
	const perPupil = pupils > 0 ? roundCents(annualCost / pupils) : null;
	const percentOfGuide =
		perPupil === null || !guide ? null : Math.round((perPupil / guide) * 1000) / 10;
	return { schoolId, name, pupils, annualCost, perPupil, guide, percentOfGuide };
}

/** One row per school plus a last row for the Schulträger (schoolId null). */
export function perPupilCosts(
	items: readonly CostItem[],
	period: PlanPeriod,
	schools: readonly SchoolPupils[],
	operatorName = 'Schulträger gesamt'
): PerPupilRow[] {
	const totalPupils = schools.reduce((s, x) => s + Math.max(0, x.pupils), 0);
	const shared = items.filter((i) => !i.schoolId);
	const sharedSum = annualisedSum(shared, period);
	const rows = schools.map((school) => {
		const own = annualisedSum(
			items.filter((i) => i.schoolId === school.schoolId),
			period
		);
		const share = totalPupils > 0 ? (sharedSum * Math.max(0, school.pupils)) / totalPupils : 0;
		const annual = roundCents((own + share) / period.years);
		return row(school.schoolId, school.name, school.pupils, annual, guidePerPupil(school.type));
	});
	const total = roundCents(annualisedSum(items, period) / period.years);
	// the Schulträger's reference is weighted over the general schools only
	const general = schools.filter((x) => isGeneralSchool(x.type) && x.pupils > 0);
	const generalPupils = general.reduce((s, x) => s + x.pupils, 0);
	const weightedGuide =
		generalPupils > 0
			? roundCents(
					general.reduce((s, x) => s + (guidePerPupil(x.type) ?? 0) * x.pupils, 0) / generalPupils
				)
			: null;
	const totalRow = row(null, operatorName, totalPupils, total, weightedGuide);
	// compare like with like: the Schulträger's share is only meaningful for general schools
	if (general.length !== schools.length) totalRow.percentOfGuide = null;
	rows.push(totalRow);
	return rows;
}
