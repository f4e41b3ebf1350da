import { describe, expect, it } from 'vitest';
import { legalConfig } from '../../src/lib/server/config';

describe('legalConfig', () => {
	it('describes KISA in Leipzig when nothing is configured', () => {
		const legal = legalConfig({});
		expect(legal.operatorName).toContain('KISA');
		expect(legal.addressLines).toEqual(['Eilenburger Straße 1a', '04317 Leipzig']);
		expect(legal.accessibilityEmail).toMatch(/@/);
		expect(legal.enforcement.email).toBe('Durchsetzungsstelle@sk.sachsen.de');
	});

	it('trims values, splits addresses at ";" and ignores blank values', () => {
		const legal = legalConfig({
			LEGAL_OPERATOR_NAME: '  Zweckverband Beispiel  ',
			LEGAL_ADDRESS: 'Hauptstraße 1;; 99084 Erfurt ',
			LEGAL_PHONE: '   '
		});
		expect(legal.operatorName).toBe('Zweckverband Beispiel');
		expect(legal.addressLines).toEqual(['Hauptstraße 1', '99084 Erfurt']);
		expect(legal.phone).toBe('+49 341 000000-0');
	});

	it('uses the general phone number for accessibility feedback unless one is set', () => {
		expect(legalConfig({ LEGAL_PHONE: '+49 361 123' }).accessibilityPhone).toBe('+49 361 123');
		expect(
			legalConfig({ LEGAL_PHONE: '+49 361 123', ACCESSIBILITY_CONTACT_PHONE: '+49 361 456' })
				.accessibilityPhone
		).toBe('+49 361 456');
	});
});
