// Pure helpers of issue 5: default quarters, quarter order, reasons as text, and the cost page's
// tables (every view adds up to the plan's totals; the € per pupil traffic light and its thresholds).
import { describe, expect, it } from 'vitest';
import { euros } from '../../src/lib/domain/costs/money';
import { buildCostPlan } from '../../src/lib/domain/costs/plan';
import { costPlanView } from '../../src/lib/domain/costs/plan-view';
import type { CostItem } from '../../src/lib/domain/costs/types';
import {
	checkQuarterOrder,
	defaultQuarters,
	joinReasons,
	quarterChoices,
	splitReasons
} from '../../src/lib/domain/measures/planning';

describe('measure planning helpers', () => {
	it('default quarters follow the priority', () => {
		expect(defaultQuarters('high', 2026)).toEqual({
			startQuarter: '2026-Q1',
			endQuarter: '2026-Q4'
		});
		expect(defaultQuarters('medium', 2026).startQuarter).toBe('2027-Q1');
		expect(defaultQuarters('low', 2026).endQuarter).toBe('2028-Q4');
	});

	it('quarter choices span a year before the plan to its end; order is checked', () => {
		const q = quarterChoices(2026, 2030);
		expect(q[0]).toBe('2025-Q1');
		expect(q.at(-1)).toBe('2030-Q4');
		expect(q).toHaveLength(24);
		expect(checkQuarterOrder('2027-Q2', '2027-Q1')).toBe(
			'Das Endquartal darf nicht vor dem Startquartal liegen.'
		);
		expect(checkQuarterOrder('2027-Q2', '2027-Q2')).toBeNull();
		expect(checkQuarterOrder(null, '2027-Q1')).toBeNull();
	});

	it('reasons survive the round trip through one text column', () => {
		const reasons = ['Schule A: WLAN deckt 60 % ab', 'Schule B:\nzwei  Zeilen'];
		expect(splitReasons(joinReasons(reasons))).toEqual([
			'Schule A: WLAN deckt 60 % ab',
			'Schule B: zwei Zeilen'
		]);
	});
});

const item = (over: Partial<CostItem>): CostItem => ({
	id: 'x',
	category: 'wlan',
	label: 'AP',
	quantity: 10,
	unitPrice: euros(780),
	kind: 'investment',
	usefulLifeYears: 3,
	firstYear: 2026,
	fundingSource: 'digitalpakt_2',
	fundingRatePercent: 90,
	schoolId: 'a',
	...over
});

describe('cost plan view', () => {
	const schools = [
		{ schoolId: 'a', name: 'Grundschule', type: 'GS' as const, pupils: 200 },
		{ schoolId: 'b', name: 'Gymnasium', type: 'GY' as const, pupils: 600 }
	];
	const plan = buildCostPlan(
		[
			item({ id: '1' }),
			item({
				id: '2',
				kind: 'running',
				usefulLifeYears: null,
				category: 'support',
				unitPrice: euros(42000),
				quantity: 1,
				schoolId: null,
				fundingSource: 'own',
				fundingRatePercent: 0
			}),
			item({
				id: '3',
				schoolId: 'b',
				category: 'student_devices',
				quantity: 100,
				unitPrice: euros(540),
				usefulLifeYears: 5,
				fundingSource: 'own',
				fundingRatePercent: 0
			})
		],
		{ startYear: 2026, years: 5 },
		schools
	);
	const view = costPlanView(
		plan,
		schools.map((s) => ({ id: s.schoolId, name: s.name }))
	);
	const sum = (rows: { total: number }[]) => rows.reduce((s, r) => s + r.total, 0);
	const total = (key: string) => view.totals.find((t) => t.key === key)!.total;

	it('categories, schools and funding views add up to the plan total', () => {
		expect(sum(view.categories)).toBe(plan.total.amount);
		expect(sum(view.schools)).toBe(plan.total.amount);
		expect(view.schools.map((s) => s.label)).toEqual([
			'Grundschule',
			'Gymnasium',
			'Schulübergreifend (Schulträger)'
		]);
		const funded = view.fundingSources.filter((r) => r.key !== 'own' && r.key !== 'amount');
		expect(sum(funded) + total('own')).toBe(total('amount'));
		expect(total('investment') + total('running')).toBe(total('amount'));
	});

	it('an access point bought in year 1 with a life of 3 is bought again in year 4 (chart and table)', () => {
		const wlan = view.categories.find((c) => c.key === 'wlan')!;
		expect(wlan.values).toEqual([780000, 0, 0, 780000, 0]);
		expect(view.chart.investment[3]).toBe(780000);
		expect(view.chart.running).toEqual([4200000, 4200000, 4200000, 4200000, 4200000]);
	});

	it('€ per pupil is shown next to the reference without a traffic light (not a minimum)', () => {
		expect(view.perPupil.at(-1)).toMatchObject({ schoolId: null, pupils: 800 });
		expect(view.perPupil.every((r) => !('light' in r))).toBe(true);
	});
});
