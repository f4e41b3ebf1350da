import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import {
	CODE_ALPHABET,
	CODE_LENGTH,
	codeFormatProblem,
	codeFromBytes,
	formatCode,
	isWellFormedCode,
	normaliseCode,
	surveyLink
} from '../../src/lib/domain/survey/code';

describe('participation codes', () => {
	it('uses 32 characters without look-alikes', () => {
		expect(CODE_ALPHABET).toHaveLength(32);
		for (const ch of ['I', 'O', '0', '1']) expect(CODE_ALPHABET).not.toContain(ch);
		expect(new Set(CODE_ALPHABET).size).toBe(32);
	});

	it('maps 8 random bytes onto 8 alphabet characters', () => {
		expect(codeFromBytes(new Uint8Array([0, 1, 31, 32, 255, 8, 9, 200]))).toBe('AB9A9JKJ');
		for (let i = 0; i < 200; i++) {
			const code = codeFromBytes(randomBytes(CODE_LENGTH));
			expect(isWellFormedCode(code)).toBe(true);
		}
		expect(() => codeFromBytes(new Uint8Array(4))).toThrow();
	});

	it('normalises what people type: case, spaces and hyphens', () => {
		expect(normaliseCode(' abcd-efgh ')).toBe('ABCDEFGH');
		expect(normaliseCode('ab cd ef gh')).toBe('ABCDEFGH');
		expect(normaliseCode('ABCD–EFGH')).toBe('ABCDEFGH');
	});

	it('explains malformed input in German', () => {
		expect(codeFormatProblem('')).toMatch(/Bitte geben Sie/);
		expect(codeFormatProblem('ABC')).toMatch(/8 Zeichen.*3 eingegeben/);
		expect(codeFormatProblem('ABCDEFG1')).toMatch(/ohne I, O, 0 und 1/);
		expect(codeFormatProblem('abcd-efgh')).toBeNull();
	});

	it('formats for print and builds the survey link', () => {
		expect(formatCode('abcdefgh')).toBe('ABCD-EFGH');
		expect(surveyLink('https://mek.example/', 'abcd-efgh')).toBe(
			'https://mek.example/umfrage/ABCDEFGH'
		);
	});
});
