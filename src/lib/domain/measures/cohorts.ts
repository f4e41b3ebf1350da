// The inventory as cohorts (issue 11, point 3): purchase year × count × device type × funding
// programme with the end of its binding period, from the IT staff's grid `inventory.cohorts`.
// A cohort is renewed only when it is due (purchase year + renewal cycle: the operator's renewal
// policy, else the catalogue's useful life), never inside its binding period, and with the same
// device type (a computer room stays a computer room). Pure.
import type { CostCategory } from '../costs/types';
import type { GridAnswer } from '../questionnaire/types';
import type { PlanPeriod } from '../costs/types';
import type { PriceCatalogueItem } from '../costs/price-catalogue';

export type CohortGroup = 'student' | 'lab' | 'teacher' | 'presentation' | 'network';

export interface CohortType {
	/** row key prefix in the grid, e.g. 'tablet' for 'tablet_dp1' */
	prefix: string;
	label: string;
	group: CohortGroup;
	/** the same device type again */
	catalogueItemId: string;
	category: CostCategory;
	/** operator questionnaire key of the renewal cycle in years (renewal policy) */
	cycleKey: string;
}

export const COHORT_TYPES: readonly CohortType[] = [
	{
		prefix: 'tablet',
		label: 'Schüler-Tablets',
		group: 'student',
		catalogueItemId: 'student.tablet',
		category: 'student_devices',
		cycleKey: 'renewal.student_devices_years'
	},
	{
		prefix: 'notebook',
		label: 'Schüler-Notebooks',
		group: 'student',
		catalogueItemId: 'student.notebook',
		category: 'student_devices',
		cycleKey: 'renewal.student_devices_years'
	},
	{
		prefix: 'lab',
		label: 'PCs in Computerräumen',
		group: 'lab',
		catalogueItemId: 'student.desktop',
		category: 'student_devices',
		cycleKey: 'renewal.student_devices_years'
	},
	{
		prefix: 'teacher',
		label: 'Lehrkräftegeräte',
		group: 'teacher',
		catalogueItemId: 'teacher.notebook',
		category: 'teacher_devices',
		cycleKey: 'renewal.teacher_devices_years'
	},
	{
		prefix: 'display',
		label: 'Interaktive Displays',
		group: 'presentation',
		catalogueItemId: 'presentation.display',
		category: 'presentation',
		cycleKey: 'renewal.presentation_years'
	},
	{
		prefix: 'switch',
		label: 'Switches',
		group: 'network',
		catalogueItemId: 'cabling.access_switch',
		category: 'cabling',
		cycleKey: 'renewal.network_years'
	},
	{
		prefix: 'ap',
		label: 'Access Points',
		group: 'network',
		catalogueItemId: 'wlan.access_point',
		category: 'wlan',
		cycleKey: 'renewal.network_years'
	}
];

export const PROGRAMME_LABELS: Record<string, string> = {
	dp1: 'DigitalPakt 2019–2024',
	sofort: 'Sofortausstattungsprogramm 2020',
	'2021': 'Leihgeräte für Lehrkräfte 2021',
	own: 'Eigenmittel'
};

export interface Cohort {
	rowKey: string;
	type: CohortType;
	programme: string;
	purchaseYear: number;
	count: number;
	/** last year of the binding period (null: none known) */
	bindingUntil: number | null;
}

export interface CohortRenewal {
	cohort: Cohort;
	cycleYears: number;
	/** purchase year + cycle */
	dueYear: number;
	/** the year the replacement is planned: not before the plan, not inside the binding */
	renewalYear: number;
	/** renewalYear lies in the plan period */
	inPlan: boolean;
	/** the due year fell inside the binding period, so the renewal moved */
	heldByBinding: boolean;
}

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

/** The cohorts of a school's grid answer (rows without year or count are skipped). */
export function cohortsOf(grid: GridAnswer | null): Cohort[] {
	if (!grid) return [];
	const result: Cohort[] = [];
	for (const [rowKey, cells] of Object.entries(grid)) {
		const [prefix, programme = 'own'] = rowKey.split('_');
		const type = COHORT_TYPES.find((t) => t.prefix === prefix);
		const year = num(cells?.jahr);
		const count = num(cells?.anzahl);
		if (!type || year === null || count === null || count <= 0) continue;
		const binding = num(cells?.bindung_bis);
		result.push({
			rowKey,
			type,
			programme,
			purchaseYear: year,
			count,
			bindingUntil: binding && binding > 0 ? binding : null
		});
	}
	return result;
}

/** When each cohort is renewed within (or after) the plan. */
export function planRenewals(
	cohorts: readonly Cohort[],
	period: PlanPeriod,
	catalogue: readonly PriceCatalogueItem[],
	cycleOf: (cohort: Cohort) => number | null
): CohortRenewal[] {
	const last = period.startYear + period.years - 1;
	return cohorts.map((cohort) => {
		const life = catalogue.find((p) => p.id === cohort.type.catalogueItemId)?.usefulLifeYears ?? 5;
		const cycleYears = cycleOf(cohort) ?? life;
		const dueYear = cohort.purchaseYear + cycleYears;
		const afterBinding =
			cohort.bindingUntil === null ? dueYear : Math.max(dueYear, cohort.bindingUntil + 1);
		const renewalYear = Math.max(afterBinding, period.startYear);
		return {
			cohort,
			cycleYears,
			dueYear,
			renewalYear,
			inPlan: renewalYear <= last,
			heldByBinding: cohort.bindingUntil !== null && dueYear <= cohort.bindingUntil
		};
	});
}
