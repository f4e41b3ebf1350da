import { describe, expect, it } from 'vitest';
import { schoolMix } from '../../src/lib/domain/concept/chapters-intro';

describe('school mix in the summary key figures', () => {
	it('uses the singular for one school and the plural otherwise', () => {
		expect(schoolMix(1, 3)).toBe('1 Grundschule, 3 weiterführende Schulen');
		expect(schoolMix(2, 1)).toBe('2 Grundschulen, 1 weiterführende Schule');
		expect(schoolMix(0, 0)).toBe('0 Grundschulen, 0 weiterführende Schulen');
	});
});
