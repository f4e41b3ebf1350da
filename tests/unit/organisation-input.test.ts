// Form input of Schulträger and schools: German messages at the field, blanks become null, and no
// payload (random or malformed) ever makes parsing throw (quality.md R5).
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	ConsultantInput,
	OperatorInput,
	SchoolInput,
	parseInput
} from '../../src/lib/server/organisations/input';

const validSchool = {
	name: '  Grundschule Am Teich ',
	schoolNumber: '4100101',
	schoolType: 'GS',
	street: 'Teichweg 1',
	postalCode: '09456',
	city: 'Musterstadt',
	pupils: '212',
	classes: '10',
	teachers: '16'
};

function errorsOf(schema: z.ZodType<unknown>, values: unknown) {
	const result = parseInput(schema, values);
	if (result.ok) throw new Error('expected errors');
	return result.errors;
}

describe('SchoolInput', () => {
	it('trims text and turns counts into numbers', () => {
		const result = parseInput(SchoolInput, validSchool);
		expect(result).toEqual({
			ok: true,
			data: { ...validSchool, name: 'Grundschule Am Teich', pupils: 212, classes: 10, teachers: 16 }
		});
	});

	it('turns empty optional fields into null', () => {
		const result = parseInput(SchoolInput, {
			name: 'Schule',
			schoolType: 'BSZ',
			schoolNumber: '',
			street: '   ',
			postalCode: '',
			city: '',
			pupils: '',
			classes: '',
			teachers: ''
		});
		expect(result).toEqual({
			ok: true,
			data: {
				name: 'Schule',
				schoolType: 'BSZ',
				schoolNumber: null,
				street: null,
				postalCode: null,
				city: null,
				pupils: null,
				classes: null,
				teachers: null
			}
		});
	});

	it.each([
		[{ name: '' }, 'name', 'Bitte geben Sie den Namen der Schule ein.'],
		[{ name: 'x'.repeat(201) }, 'name', 'Der Name darf höchstens 200 Zeichen lang sein.'],
		[{ schoolType: 'XY' }, 'schoolType', 'Bitte wählen Sie eine Schulart aus der Liste.'],
		[{ schoolType: '' }, 'schoolType', 'Bitte wählen Sie eine Schulart aus der Liste.'],
		[{ schoolNumber: '41-00' }, 'schoolNumber', 'Die Schulnummer darf nur Ziffern enthalten.'],
		[
			{ schoolNumber: '1'.repeat(21) },
			'schoolNumber',
			'Die Schulnummer darf höchstens 20 Ziffern lang sein.'
		],
		[{ postalCode: '1234' }, 'postalCode', 'Die Postleitzahl besteht aus genau 5 Ziffern.'],
		[{ postalCode: 'O1067' }, 'postalCode', 'Die Postleitzahl besteht aus genau 5 Ziffern.'],
		[{ pupils: '-1' }, 'pupils', 'Die Zahl der Schülerinnen und Schüler darf nicht negativ sein.'],
		[{ classes: '10001' }, 'classes', 'Die Zahl der Klassen darf höchstens 10000 betragen.'],
		[{ teachers: '1.5' }, 'teachers', expect.stringContaining('ganze Zahl')],
		[{ teachers: '1,5' }, 'teachers', expect.stringContaining('ganze Zahl')],
		[{ pupils: 'viele' }, 'pupils', expect.stringContaining('ganze Zahl')],
		[{ pupils: '99999999999999999999' }, 'pupils', expect.stringContaining('ganze Zahl')],
		[{ city: 'x'.repeat(101) }, 'city', 'Der Ort darf höchstens 100 Zeichen lang sein.'],
		[{ street: ['a', 'b'] }, 'street', 'Bitte geben Sie hier einen Text ein.']
	])('refuses %j at the field', (patch, field, message) => {
		const errors = errorsOf(SchoolInput, { ...validSchool, ...patch });
		expect(Object.keys(errors)).toEqual([field]);
		expect(errors[field]?.[0]).toEqual(message);
	});

	it('asks for name and Schulart when the form is empty', () => {
		const errors = errorsOf(SchoolInput, {});
		expect(errors).toEqual({
			name: ['Bitte geben Sie den Namen der Schule ein.'],
			schoolType: ['Bitte wählen Sie eine Schulart aus der Liste.']
		});
	});
});

describe('OperatorInput', () => {
	it('accepts a minimal Schulträger', () => {
		expect(parseInput(OperatorInput, { name: 'Gemeinde Neudorf' })).toEqual({
			ok: true,
			data: {
				name: 'Gemeinde Neudorf',
				operatorType: null,
				municipalityKey: null,
				street: null,
				postalCode: null,
				city: null
			}
		});
	});

	it('checks Art and Gemeindeschlüssel', () => {
		const errors = errorsOf(OperatorInput, {
			name: 'X',
			operatorType: 'bund',
			municipalityKey: '1452'
		});
		expect(errors).toEqual({
			operatorType: ['Bitte wählen Sie eine Art des Schulträgers aus der Liste.'],
			municipalityKey: ['Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern.']
		});
	});
});

describe('ConsultantInput', () => {
	it('accepts only an id', () => {
		expect(parseInput(ConsultantInput, { consultantId: '../etc' }).ok).toBe(false);
		const id = '00000000-0000-4000-9000-000000000002';
		expect(parseInput(ConsultantInput, { consultantId: id })).toEqual({
			ok: true,
			data: { consultantId: id }
		});
	});
});

describe('malformed payloads', () => {
	const junk: unknown[] = [
		undefined,
		null,
		0,
		-1,
		1e308,
		Number.NaN,
		true,
		'',
		' ',
		'\u0000',
		'<script>alert(1)</script>',
		'x'.repeat(100_000),
		[],
		['1'],
		{},
		{ toString: 'nope' },
		new Date(0),
		'١٢٣'
	];
	const schemas: Record<string, z.ZodType<unknown>> = {
		OperatorInput,
		SchoolInput,
		ConsultantInput
	};
	const fields = [
		'name',
		'operatorType',
		'municipalityKey',
		'schoolNumber',
		'schoolType',
		'street',
		'postalCode',
		'city',
		'pupils',
		'classes',
		'teachers',
		'consultantId'
	];

	it('never throws and answers in German', () => {
		let checked = 0;
		for (const [schemaName, schema] of Object.entries(schemas)) {
			for (const value of junk) {
				const result = parseInput(schema, value);
				expect(result.ok ? [] : Object.values(result.errors).flat(), schemaName).not.toContainEqual(
					expect.stringMatching(/Invalid|expected/)
				);
			}
			for (const field of fields) {
				for (const value of junk) {
					const result = parseInput(schema, { ...validSchool, name: 'Schule', [field]: value });
					if (!result.ok) {
						for (const message of Object.values(result.errors).flat()) {
							expect(message).toMatch(/^(Bitte|Die|Der|Straße)/);
							expect(message).not.toMatch(/Invalid|expected|received/i);
						}
					}
					checked++;
				}
			}
		}
		expect(checked).toBe(3 * fields.length * junk.length);
	});
});
