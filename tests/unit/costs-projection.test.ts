// Cost plan projection: replacements after the useful life, running costs per year, funding and
// own share per entry, depreciation in exact cents, and money rounding without float drift.
import { describe, expect, it } from 'vitest';
import {
	annualDepreciation,
	depreciationByYear,
	euros,
	formatEuro,
	lineAmount,
	projectItem,
	purchaseYears,
	shareOf,
	splitEvenly,
	sumCents,
	type CostItem,
	type PlanPeriod
} from '../../src/lib/domain/costs';

const period: PlanPeriod = { startYear: 2026, years: 5 };

function item(overrides: Partial<CostItem> = {}): CostItem {
	return {
		id: 'i1',
		category: 'student_devices',
		label: 'Tablets',
		quantity: 10,
		unitPrice: euros(540),
		kind: 'investment',
		usefulLifeYears: 3,
		firstYear: 2026,
		fundingSource: 'own',
		fundingRatePercent: 0,
		...overrides
	};
}

describe('replacement projection', () => {
	it('buys an item again after its useful life: year 1 with a life of 3 → again in year 4', () => {
		expect(purchaseYears(item(), period)).toEqual([2026, 2029]);
		const entries = projectItem(item(), period);
		expect(entries.map((e) => [e.year, e.isReplacement])).toEqual([
			[2026, false],
			[2029, true]
		]);
		expect(entries.every((e) => e.amount === 540000)).toBe(true);
	});

	it('handles lives of 1, 5 and longer than the plan, and purchases before the plan', () => {
		expect(purchaseYears(item({ usefulLifeYears: 1 }), period)).toEqual([
			2026, 2027, 2028, 2029, 2030
		]);
		expect(purchaseYears(item({ usefulLifeYears: 5 }), period)).toEqual([2026]);
		expect(purchaseYears(item({ usefulLifeYears: 15, firstYear: 2028 }), period)).toEqual([2028]);
		// bought 2022 with a life of 5: only the replacement in 2027 falls into the plan
		const old = projectItem(item({ firstYear: 2022, usefulLifeYears: 5 }), period);
		expect(old.map((e) => [e.year, e.isReplacement])).toEqual([[2027, true]]);
		// first purchase after the plan: nothing
		expect(purchaseYears(item({ firstYear: 2031 }), period)).toEqual([]);
	});

	it('refuses an investment without a whole useful life', () => {
		expect(() => purchaseYears(item({ usefulLifeYears: null }), period)).toThrow(RangeError);
		expect(() => purchaseYears(item({ usefulLifeYears: 0 }), period)).toThrow(RangeError);
		expect(() => purchaseYears(item({ usefulLifeYears: 2.5 }), period)).toThrow(RangeError);
	});

	it('charges running costs every year from the first to the last year', () => {
		const running = item({ kind: 'running', usefulLifeYears: null, firstYear: 2027 });
		expect(projectItem(running, period).map((e) => e.year)).toEqual([2027, 2028, 2029, 2030]);
		const ending = { ...running, firstYear: 2020, lastYear: 2028 };
		expect(projectItem(ending, period).map((e) => e.year)).toEqual([2026, 2027, 2028]);
		expect(projectItem(running, period).every((e) => !e.isReplacement)).toBe(true);
	});

	it('splits each entry into funded and own share, and stops funding after the programme', () => {
		const funded = item({
			fundingSource: 'digitalpakt_2',
			fundingRatePercent: 90,
			fundedUntilYear: 2028
		});
		const [first, replacement] = projectItem(funded, period);
		expect(first).toMatchObject({ fundingSource: 'digitalpakt_2', funded: 486000, own: 54000 });
		expect(replacement).toMatchObject({ year: 2029, fundingSource: 'own', funded: 0, own: 540000 });
		// 'own' never counts as funded, whatever rate was typed; rates are clamped to 0–100
		expect(projectItem(item({ fundingRatePercent: 50 }), period)[0].funded).toBe(0);
		const over = item({ fundingSource: 'state', fundingRatePercent: 140 });
		expect(projectItem(over, period)[0]).toMatchObject({ funded: 540000, own: 0 });
	});
});

describe('depreciation (AfA = cost ÷ useful life)', () => {
	it('is the cost divided by the useful life; running costs have none', () => {
		expect(annualDepreciation(item())).toBe(180000);
		expect(annualDepreciation(item({ kind: 'running', usefulLifeYears: null }))).toBe(0);
	});

	it('spreads each purchase over its life in exact cents, also purchases before the plan', () => {
		// 100,00 € over 3 years: 33,34 + 33,33 + 33,33
		const odd = item({ quantity: 1, unitPrice: 10000, usefulLifeYears: 3 });
		const byYear = depreciationByYear([odd], period);
		expect([...byYear.values()]).toEqual([3334, 3333, 3333, 3334, 3333]);
		const before = item({ quantity: 1, unitPrice: 10000, usefulLifeYears: 4, firstYear: 2024 });
		// bought 2024 (parts 2024–2027) and again 2028
		expect([...depreciationByYear([before], period).values()]).toEqual([
			2500, 2500, 2500, 2500, 2500
		]);
	});
});

describe('money in whole cents', () => {
	it('rounds half away from zero and never drifts when summing', () => {
		expect(euros(0.1) + euros(0.2)).toBe(euros(0.3));
		expect(euros(780.005)).toBe(78001);
		expect(euros(1.005)).toBe(101);
		expect(euros(-1.005)).toBe(-101);
		expect(lineAmount(0.5, 7600001)).toBe(3800001); // 0,5 VZÄ of 76.000,01 €
		expect(lineAmount(3, 3333)).toBe(9999);
		expect(shareOf(333, 50)).toBe(167);
		expect(shareOf(-333, 50)).toBe(-167);
		const tenths = Array.from({ length: 1000 }, () => euros(0.1));
		expect(sumCents(tenths)).toBe(10000);
	});

	it('splits amounts exactly', () => {
		expect(splitEvenly(10000, 3)).toEqual([3334, 3333, 3333]);
		expect(sumCents(splitEvenly(999999, 7))).toBe(999999);
		expect(() => splitEvenly(100, 0)).toThrow(RangeError);
	});

	it('formats German euro amounts', () => {
		expect(formatEuro(1234567)).toBe('12.345,67\u00a0€');
		expect(formatEuro(5)).toBe('0,05\u00a0€');
		expect(formatEuro(-100000)).toBe('−1.000,00\u00a0€');
		expect(formatEuro(123456789, { cents: false })).toBe('1.234.568\u00a0€');
	});
});
