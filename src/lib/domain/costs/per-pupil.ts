// € per pupil per year against the guide values (Bertelsmann/ifib 2017: 260 € primary, 400 €
// secondary). The cost per year is annualised: depreciation (cost ÷ useful life) plus running costs,
// averaged over the plan years, so a purchase peak does not distort a single year. Operator-wide
// items are shared among the schools by pupil numbers. Pure.
import { guideValue, guideValueFor } from '../guide-values';
import { isPrimarySchool, type SchoolType } from '../roles';
import { euros, roundCents, type Cents } from './money';
import { depreciationByYear, projectPlan } from './projection';
import type { CostItem, PlanPeriod } from './types';

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
	/** average depreciation + running cost per plan year (shared items allocated) */
	annualCost: Cents;
	/** annualCost ÷ pupils; null without pupils */
	perPupil: Cents | null;
	/** guide value per pupil and year (pupil-weighted for the Schulträger) */
	guide: Cents;
	/** perPupil as a percentage of the guide value, one decimal */
	percentOfGuide: number | null;
}

/** The guide value per pupil and year for a school type, in cents. */
export function guidePerPupil(type: SchoolType): Cents {
	const g = guideValue('costs.per_pupil_year');
	const fallback = isPrimarySchool(type) ? 260 : 400;
	return euros(g ? guideValueFor(g, isPrimarySchool(type) ? 'primary' : 'secondary') : fallback);
}

/** Sum over the plan of depreciation + running costs of these items (not yet averaged). */
function annualisedSum(items: readonly CostItem[], period: PlanPeriod): Cents {
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
	guide: Cents
): PerPupilRow {
	const perPupil = pupils > 0 ? roundCents(annualCost / pupils) : null;
	const percentOfGuide =
		perPupil === null || guide === 0 ? null : Math.round((perPupil / guide) * 1000) / 10;
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
	const weightedGuide =
		totalPupils > 0
			? roundCents(
					schools.reduce((s, x) => s + guidePerPupil(x.type) * Math.max(0, x.pupils), 0) /
						totalPupils
				)
			: 0;
	rows.push(row(null, operatorName, totalPupils, total, weightedGuide));
	return rows;
}
