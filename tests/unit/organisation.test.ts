// Pure helpers of $lib/domain/organisation: addresses, labels, ratios, editable data.
import { describe, expect, it } from 'vitest';
import {
	formatAddress,
	operatorTypeLabel,
	pupilsPerClass,
	schoolDataOf,
	schoolTypeLabel,
	statusLabel,
	type Organisation
} from '../../src/lib/domain/organisation';

const school: Organisation = {
	id: 'a',
	kind: 'school',
	parentId: 'b',
	name: 'Förderschule Am Park',
	isActive: true,
	operatorType: null,
	municipalityKey: null,
	schoolNumber: '4100404',
	schoolType: 'FOES',
	street: 'Parkweg 8',
	postalCode: '09456',
	city: 'Musterstadt',
	pupils: 98,
	classes: 9,
	teachers: 21,
	createdAt: new Date(0),
	updatedAt: new Date(0)
};

describe('organisation helpers', () => {
	it('formats addresses and leaves out missing parts', () => {
		expect(formatAddress(school)).toBe('Parkweg 8, 09456 Musterstadt');
		expect(formatAddress({ street: null, postalCode: null, city: 'Talheim' })).toBe('Talheim');
		expect(formatAddress({ street: 'Markt 1', postalCode: null, city: null })).toBe('Markt 1');
		expect(formatAddress({ street: null, postalCode: null, city: null })).toBe('');
	});

	it('labels Schulart, Art and status in German', () => {
		expect(schoolTypeLabel('FOES')).toBe('Förderschule');
		expect(schoolTypeLabel(null)).toBe('–');
		expect(operatorTypeLabel('landkreis')).toBe('Landkreis');
		expect(statusLabel({ isActive: false })).toBe('deaktiviert');
	});

	it('computes pupils per class only when both numbers are known', () => {
		expect(pupilsPerClass(school)).toBe(10.9);
		expect(pupilsPerClass({ pupils: 98, classes: 0 })).toBeNull();
		expect(pupilsPerClass({ pupils: null, classes: 9 })).toBeNull();
	});

	it('extracts exactly the editable master data of a school', () => {
		expect(schoolDataOf(school)).toEqual({
			name: 'Förderschule Am Park',
			schoolNumber: '4100404',
			schoolType: 'FOES',
			street: 'Parkweg 8',
			postalCode: '09456',
			city: 'Musterstadt',
			pupils: 98,
			classes: 9,
			teachers: 21
		});
	});
});
