// Cost plan totals: by year, school, category and funding source each add up to the grand total;
// own share; € per pupil per year next to the indexed 2017 reference (260 € primary, 400 € secondary).
import { describe, expect, it } from 'vitest';
import {
	buildCostPlan,
	COST_CATEGORIES,
	euros,
	guidePerPupil,
	ownSharePercent,
	perPupilCosts,
	priceIndexFactor,
	type CostItem,
	type CostTotals,
	type PlanPeriod,
	type SchoolPupils
} from '../../src/lib/domain/costs';

const period: PlanPeriod = { startYear: 2026, years: 5 };
const schools: SchoolPupils[] = [
	{ schoolId: 'gs', name: 'Grundschule Am Park', type: 'GS', pupils: 200 },
	{ schoolId: 'os', name: 'Oberschule Mitte', type: 'OS', pupils: 300 }
];

function item(id: string, o: Partial<CostItem>): CostItem {
	return {
		id,
		category: 'wlan',
		label: id,
		quantity: 1,
		unitPrice: 0,
		kind: 'investment',
		usefulLifeYears: 5,
		firstYear: 2026,
		fundingSource: 'own',
		fundingRatePercent: 0,
		...o
	};
}

// gs: 20 APs à 780 € (2026, DP 2.0 90 %), tablets 50 à 540 € life 3 (2026, 2029)
// os: displays 10 à 4.800 € (2027, state 50 %); MDM 300 devices à 18 € per year
// shared: technician 0,5 VZÄ à 76.000 € per year from 2026
const items: CostItem[] = [
	item('ap', {
		schoolId: 'gs',
		quantity: 20,
		unitPrice: euros(780),
		usefulLifeYears: 7,
		fundingSource: 'digitalpakt_2',
		fundingRatePercent: 90
	}),
	item('tab', {
		schoolId: 'gs',
		category: 'student_devices',
		quantity: 50,
		unitPrice: euros(540),
		usefulLifeYears: 3
	}),
	item('disp', {
		schoolId: 'os',
		category: 'presentation',
		quantity: 10,
		unitPrice: euros(4800),
		usefulLifeYears: 7,
		firstYear: 2027,
		fundingSource: 'state',
		fundingRatePercent: 50
	}),
	item('mdm', {
		schoolId: 'os',
		category: 'software',
		quantity: 300,
		unitPrice: euros(18),
		kind: 'running',
		usefulLifeYears: null
	}),
	item('tech', {
		category: 'support',
		quantity: 0.5,
		unitPrice: euros(76000),
		kind: 'running',
		usefulLifeYears: null
	})
];

function check(t: CostTotals): void {
	expect(t.investment + t.running).toBe(t.amount);
	expect(t.funded + t.own).toBe(t.amount);
}

function sum(values: Iterable<CostTotals>): CostTotals {
	const s = { amount: 0, investment: 0, running: 0, funded: 0, own: 0 };
	for (const t of values) for (const k of Object.keys(s) as (keyof CostTotals)[]) s[k] += t[k];
	return s;
}

describe('cost plan totals', () => {
	const plan = buildCostPlan(items, period, schools);
	// investment: 15.600 + 27.000 × 2 + 48.000 = 117.600 €; running: 5 × 5.400 + 5 × 38.000 = 217.000 €
	const expectedTotal = euros(117600 + 217000);

	it('computes the grand total and splits it into investment and running costs', () => {
		expect(plan.total.amount).toBe(expectedTotal);
		expect(plan.total.investment).toBe(euros(117600));
		expect(plan.total.running).toBe(euros(217000));
		check(plan.total);
	});

	it('totals by year, school, category and funding source add up to the grand total', () => {
		for (const dimension of [plan.byYear, plan.bySchool, plan.byCategory, plan.byFundingSource]) {
			expect(sum(dimension.values())).toEqual(plan.total);
			for (const t of dimension.values()) check(t);
		}
	});

	it('totals per year', () => {
		expect([...plan.byYear.keys()]).toEqual([2026, 2027, 2028, 2029, 2030]);
		expect(plan.byYear.get(2026)).toMatchObject({
			investment: euros(15600 + 27000),
			running: euros(43400)
		});
		expect(plan.byYear.get(2027)).toMatchObject({ investment: euros(48000) });
		expect(plan.byYear.get(2029)).toMatchObject({ investment: euros(27000) });
		expect(plan.byYear.get(2030)?.investment).toBe(0);
	});

	it('totals per school, with operator-wide items under null', () => {
		expect(plan.bySchool.get('gs')?.amount).toBe(euros(15600 + 54000));
		expect(plan.bySchool.get('os')?.amount).toBe(euros(48000 + 27000));
		expect(plan.bySchool.get(null)?.amount).toBe(euros(190000));
	});

	it('totals per category in a fixed order, with empty categories as zero', () => {
		expect([...plan.byCategory.keys()]).toEqual([...COST_CATEGORIES]);
		expect(plan.byCategory.get('student_devices')?.amount).toBe(euros(54000));
		expect(plan.byCategory.get('cabling')?.amount).toBe(0);
		const matrix = plan.categoryByYear.get('student_devices');
		expect([...(matrix?.values() ?? [])]).toEqual([euros(27000), 0, 0, euros(27000), 0]);
	});

	it('totals per funding source and the own share', () => {
		expect(plan.byFundingSource.get('digitalpakt_2')).toMatchObject({
			amount: euros(15600),
			funded: euros(14040),
			own: euros(1560)
		});
		expect(plan.byFundingSource.get('state')).toMatchObject({
			funded: euros(24000),
			own: euros(24000)
		});
		expect(plan.total.funded).toBe(euros(38040));
		expect(plan.total.own).toBe(expectedTotal - euros(38040));
		expect(ownSharePercent(plan.total)).toBe(88.6);
		expect(ownSharePercent({ amount: 0, investment: 0, running: 0, funded: 0, own: 0 })).toBe(0);
	});

	it('annual depreciation per item and per year', () => {
		expect(plan.annualDepreciationByItem.get('tab')).toBe(euros(9000));
		expect(plan.annualDepreciationByItem.get('tech')).toBe(0);
		// 2026: AP 2.228,57 (15.600/7, exact parts) + tablets 9.000
		expect(plan.depreciationByYear.get(2026)).toBe(222858 + euros(9000));
	});
});

describe('€ per pupil per year', () => {
	it("uses the 2017 references 260 € / 400 € indexed to today's prices (VPI 2024 ÷ 2017)", () => {
		expect(priceIndexFactor()).toBeCloseTo(119.3 / 97.1, 6);
		expect(guidePerPupil('GS')).toBe(Math.round(26000 * (119.3 / 97.1))); // 319,44 €
		expect(guidePerPupil('OS')).toBe(Math.round(40000 * (119.3 / 97.1))); // 491,45 €
		expect(guidePerPupil('GY')).toBe(guidePerPupil('OS'));
		expect(guidePerPupil('GMS')).toBe(guidePerPupil('OS'));
	});

	it('has no reference for Förderschulen and Berufliche Schulzentren (outside the 2017 model)', () => {
		expect(guidePerPupil('FOES')).toBeNull();
		expect(guidePerPupil('BSZ')).toBeNull();
		const rows = perPupilCosts(items, period, [
			...schools,
			{ schoolId: 'bsz', name: 'BSZ', type: 'BSZ', pupils: 500 }
		]);
		expect(rows[2]).toMatchObject({ schoolId: 'bsz', guide: null, percentOfGuide: null });
		// the Schulträger's reference is weighted over general schools only, and not compared
		expect(rows[3].percentOfGuide).toBeNull();
	});

	it('leaves broadband and teacher training out of the comparable cost (as the model does)', () => {
		const extra: CostItem[] = [
			item('fibre', {
				schoolId: 'gs',
				category: 'connectivity',
				kind: 'running',
				usefulLifeYears: null,
				unitPrice: euros(5400)
			}),
			item('schilf', {
				schoolId: 'gs',
				category: 'training',
				kind: 'running',
				usefulLifeYears: null,
				unitPrice: euros(950)
			})
		];
		const before = perPupilCosts(items, period, schools)[0].annualCost;
		expect(perPupilCosts([...items, ...extra], period, schools)[0].annualCost).toBe(before);
	});

	it('annualises depreciation + running costs and shares operator-wide items by pupils', () => {
		const rows = perPupilCosts(items, period, schools);
		const [gs, os, all] = rows;
		// gs: AP depreciation 2026–30 = 5 × 15.600/7 = 11.142,86; tablets 5 × 9.000 = 45.000;
		// share of technician 200/500 × 190.000 = 76.000 → (11.142,86 + 45.000 + 76.000) / 5 / 200
		expect(gs.annualCost).toBe(euros(26428.57));
		expect(gs.perPupil).toBe(euros(132.14));
		expect(gs.guide).toBe(guidePerPupil('GS'));
		expect(gs.percentOfGuide).toBe(41.4); // 132,14 € of 319,44 €: information, not a rating
		expect(os.guide).toBe(guidePerPupil('OS'));
		// the Schulträger row: all pupils, pupil-weighted reference
		expect(all).toMatchObject({
			schoolId: null,
			pupils: 500,
			guide: Math.round((200 * guidePerPupil('GS')! + 300 * guidePerPupil('OS')!) / 500)
		});
		expect(Math.abs(gs.annualCost + os.annualCost - all.annualCost)).toBeLessThanOrEqual(1);
	});

	it('has no per-pupil figure without pupils', () => {
		const [row] = perPupilCosts(items, period, [
			{ schoolId: 'gs', name: 'x', type: 'GS', pupils: 0 }
		]);
		expect(row.perPupil).toBeNull();
		expect(row.percentOfGuide).toBeNull();
	});
});
