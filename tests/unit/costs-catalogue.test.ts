// The shipped price catalogue is consistent data: unique ids, every category priced, investments
// with a useful life and running costs without one, whole-cent prices and a source note each.
import { describe, expect, it } from 'vitest';
import {
	COST_CATEGORIES,
	PRICE_CATALOGUE,
	catalogueItem,
	requireCatalogueItem
} from '../../src/lib/domain/costs';

describe('price catalogue', () => {
	it('has unique ids and covers every cost category', () => {
		const ids = PRICE_CATALOGUE.map((p) => p.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const category of COST_CATEGORIES) {
			expect(PRICE_CATALOGUE.some((p) => p.category === category)).toBe(true);
		}
	});

	it('prices in positive whole cents with a unit and a source note', () => {
		for (const p of PRICE_CATALOGUE) {
			expect(Number.isInteger(p.unitPrice) && p.unitPrice > 0, p.id).toBe(true);
			expect(p.unit.length, p.id).toBeGreaterThan(0);
			expect(p.source.length, p.id).toBeGreaterThan(10);
		}
	});

	it('gives investments a useful life within the ranges of domain.md §3 and running costs none', () => {
		for (const p of PRICE_CATALOGUE) {
			if (p.kind === 'investment') {
				expect(Number.isInteger(p.usefulLifeYears), p.id).toBe(true);
				expect(p.usefulLifeYears ?? 0, p.id).toBeGreaterThanOrEqual(3);
				expect(p.usefulLifeYears ?? 99, p.id).toBeLessThanOrEqual(15);
			} else {
				expect(p.usefulLifeYears, p.id).toBeNull();
			}
		}
		expect(catalogueItem('wlan.access_point')?.usefulLifeYears).toBe(7);
		expect(catalogueItem('cabling.outlet')?.usefulLifeYears).toBe(15);
	});

	it('finds entries by id and refuses unknown ones', () => {
		expect(requireCatalogueItem('student.tablet').unitPrice).toBe(54000);
		expect(catalogueItem('nope')).toBeUndefined();
		expect(() => requireCatalogueItem('nope')).toThrow(/Unknown price catalogue item/);
		const custom = [{ ...requireCatalogueItem('student.tablet'), unitPrice: 49900 }];
		expect(requireCatalogueItem('student.tablet', custom).unitPrice).toBe(49900);
	});
});
