// Building blocks of the pilot form schemas: German messages, '' → null, German numbers and euros.
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { euros } from '$lib/domain/costs/money';
import { isIsoDate } from '$lib/domain/pilots';
import { parseGermanNumber } from '$lib/domain/questionnaire/numbers';
import { ID_PATTERN } from '../ids';

/** Trims text; turns '' and missing values into null. */
export function blankToNull(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? null : trimmed;
	}
	return value;
}

export const requiredText = (missing: string, max: number, tooLong: string) =>
	z.preprocess(
		(v) => blankToNull(v) ?? '',
		z
			.string({ error: missing })
			.refine(isCleanText, CONTROL_CHARACTERS)
			.min(1, { error: missing })
			.max(max, { error: tooLong })
	);

export const optionalText = (max: number, tooLong: string) =>
	z.preprocess(
		blankToNull,
		z
			.string({ error: 'Bitte geben Sie hier einen Text ein.' })
			.refine(isCleanText, CONTROL_CHARACTERS)
			.max(max, { error: tooLong })
			.nullable()
	);

const dateMessage = (label: string) => `Bitte geben Sie ${label} als Datum ein (TT.MM.JJJJ).`;

/** Accepts 'YYYY-MM-DD' (date inputs) and 'TT.MM.JJJJ' (typed without date picker). */
function normaliseDate(value: unknown): unknown {
	const v = blankToNull(value);
	if (typeof v !== 'string') return v;
	const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
	if (german) return `${german[3]}-${german[2].padStart(2, '0')}-${german[1].padStart(2, '0')}`;
	return v;
}

export const requiredDate = (label: string) =>
	z.preprocess(
		normaliseDate,
		z
			.string({ error: dateMessage(label) })
			.refine((v) => isIsoDate(v), { error: dateMessage(label) })
	);

export const optionalDate = (label: string) =>
	z.preprocess(
		normaliseDate,
		z
			.string({ error: dateMessage(label) })
			.refine((v) => isIsoDate(v), { error: dateMessage(label) })
			.nullable()
	);

const NUMBER_LIMIT = 1e12;

/** A German number ("1.234,5"); `label` completes "Bitte geben Sie … als Zahl ein." */
export const requiredNumber = (label: string) =>
	z.preprocess(
		(v) => (typeof v === 'string' ? (parseGermanNumber(v) ?? undefined) : v),
		z
			.number({ error: `Bitte geben Sie ${label} als Zahl ein, z. B. 12,5.` })
			.refine((n) => Number.isFinite(n) && Math.abs(n) < NUMBER_LIMIT, {
				error: `Bitte geben Sie ${label} als Zahl ein, z. B. 12,5.`
			})
	);

/** Euros typed in German ("12.500,50 €") → whole cents; optional, not negative. */
export const optionalEuroCents = (label: string) =>
	z.preprocess(
		(v) => {
			const blank = blankToNull(v);
			if (typeof blank !== 'string') return blank;
			const n = parseGermanNumber(blank);
			return n === null || Number.isNaN(n) ? 'invalid' : n;
		},
		z
			.number({ error: `Bitte geben Sie ${label} als Betrag in Euro ein, z. B. 12.500,00.` })
			.min(0, { error: `${label} darf nicht negativ sein.` })
			.max(1e10, { error: `${label} ist zu groß.` })
			.transform((n) => euros(n))
			.nullable()
	);

export const entityId = (message: string) =>
	z.string({ error: message }).regex(ID_PATTERN, { error: message });

export const optionalEntityId = (message: string) =>
	z.preprocess(
		blankToNull,
		z.string({ error: message }).regex(ID_PATTERN, { error: message }).nullable()
	);

export const FORM = {
	error: 'Das Formular wurde unvollständig übertragen. Bitte versuchen Sie es erneut.'
};
