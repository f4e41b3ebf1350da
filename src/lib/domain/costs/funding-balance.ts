// Need vs. allocation vs. own budget per plan year (chapter 12): what the plan costs, what the Land
// bears itself (teacher training), what the Schulträger needs, how much of it is assigned to the
// DP 2.0 lump sum, the allocations the operator reported and its own IT budget. Pure.
import type { AnswerValue, GridAnswer } from '../questionnaire/types';
import type { Cents } from './money';
import { euros } from './money';
import type { CostPlan } from './plan';

export interface FundingBalanceYear {
	year: number;
	/** every projected cost of the year */
	need: Cents;
	/** borne by the Land (funding source 'state', e.g. teacher training) */
	land: Cents;
	/** need − land: what falls to the Schulträger before allocations */
	operatorNeed: Cents;
	/** the part of operatorNeed assigned to the DP 2.0 allocation */
	assignedDp2: Cents;
	/** allocations the operator reported (null: not answered) */
	allocationDp2: Cents | null;
	allocationOther: Cents | null;
	/** the operator's annual IT budget (null: not answered) */
	ownBudget: Cents | null;
	/** assigned to DP 2.0 beyond the allocation (needs own money or a later year) */
	beyondAllocation: Cents;
	/** allocations + own budget − operatorNeed: negative means a gap */
	balance: Cents | null;
}

function gridCell(v: AnswerValue | null | undefined, row: string, col: string): number | null {
	if (!v || typeof v !== 'object' || 'selected' in v) return null;
	const cell = (v as GridAnswer)[row]?.[col];
	return typeof cell === 'number' && Number.isFinite(cell) ? cell : null;
}

/** One row per plan year, from the plan and the operator's answers (euros in the answers). */
export function fundingBalance(
	plan: CostPlan,
	operator: Readonly<Record<string, AnswerValue | null | undefined>>
): FundingBalanceYear[] {
	const budget = operator['costs.annual_it_budget'];
	const ownBudget = typeof budget === 'number' && Number.isFinite(budget) ? euros(budget) : null;
	const allocation = operator['funding.allocation'];
	return plan.years.map((year) => {
		const entries = plan.entries.filter((e) => e.year === year);
		const need = entries.reduce((s, e) => s + e.amount, 0);
		const land = entries
			.filter((e) => e.fundingSource === 'state')
			.reduce((s, e) => s + e.funded, 0);
		const assignedDp2 = entries
			.filter((e) => e.fundingSource === 'digitalpakt_2')
			.reduce((s, e) => s + e.funded, 0);
		const col = `y${year}`;
		const dp2 = gridCell(allocation, 'dp2', col);
		const others = ['land', 'dritte']
			.map((r) => gridCell(allocation, r, col))
			.filter((x): x is number => x !== null);
		const allocationDp2 = dp2 === null ? null : euros(dp2);
		const allocationOther = others.length ? euros(others.reduce((s, x) => s + x, 0)) : null;
		const operatorNeed = need - land;
		const covered =
			allocationDp2 === null && allocationOther === null && ownBudget === null
				? null
				: (allocationDp2 ?? 0) + (allocationOther ?? 0) + (ownBudget ?? 0);
		return {
			year,
			need,
			land,
			operatorNeed,
			assignedDp2,
			allocationDp2,
			allocationOther,
			ownBudget,
			beyondAllocation: Math.max(0, assignedDp2 - (allocationDp2 ?? 0)),
			balance: covered === null ? null : covered - operatorNeed
		};
	});
}
