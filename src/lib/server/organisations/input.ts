// Form input for Schulträger, schools and consultant assignments: zod schemas with German messages.
// Optional fields: an empty (or missing) value becomes null. Numbers arrive as text from forms.
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { OPERATOR_TYPES, SCHOOL_TYPES } from '$lib/domain/roles';
import { ID_PATTERN } from '../ids';

export const NAME_MAX = 200;
export const TEXT_MAX = 200;
export const COUNT_MAX = 10000;

/** Trims text; turns '' and missing values into null. Leaves other types for the schema to refuse. */
function blankToNull(value: unknown): unknown {
	if (value === undefined || value === null) return null;
	if (typeof value === 'string') {
		const trimmed = value.trim();
		return trimmed === '' ? null : trimmed;
	}
	return value;
}

const name = (label: string) =>
	z
		.string({ error: `Bitte geben Sie ${label} ein.` })
		.trim()
		.refine(isCleanText, CONTROL_CHARACTERS)
		.min(1, { error: `Bitte geben Sie ${label} ein.` })
		.max(NAME_MAX, { error: `Der Name darf höchstens ${NAME_MAX} Zeichen lang sein.` });

const optionalText = (max: number, tooLong: string) =>
	z.preprocess(
		blankToNull,
		z
			.string({ error: 'Bitte geben Sie hier einen Text ein.' })
			.refine(isCleanText, CONTROL_CHARACTERS)
			.max(max, { error: tooLong })
			.nullable()
	);

const street = optionalText(
	TEXT_MAX,
	`Straße und Hausnummer dürfen höchstens ${TEXT_MAX} Zeichen lang sein.`
);
const city = optionalText(100, 'Der Ort darf höchstens 100 Zeichen lang sein.');

const postalCode = z.preprocess(
	blankToNull,
	z
		.string({ error: 'Bitte geben Sie die Postleitzahl als Text ein.' })
		.regex(/^\d{5}$/, { error: 'Die Postleitzahl besteht aus genau 5 Ziffern.' })
		.nullable()
);

/** Whole numbers 0..10000; "12" from a form becomes 12. */
const count = (label: string) =>
	z.preprocess(
		(value) => {
			const v = blankToNull(value);
			return typeof v === 'string' && /^-?\d{1,9}$/.test(v) ? Number(v) : v;
		},
		z
			.number({
				error: `Bitte geben Sie die Zahl der ${label} als ganze Zahl ohne Punkt oder Komma ein.`
			})
			.int({ error: `Bitte geben Sie die Zahl der ${label} als ganze Zahl ein.` })
			.min(0, { error: `Die Zahl der ${label} darf nicht negativ sein.` })
			.max(COUNT_MAX, { error: `Die Zahl der ${label} darf höchstens ${COUNT_MAX} betragen.` })
			.nullable()
	);

const FORM = {
	error: 'Das Formular wurde unvollständig übertragen. Bitte versuchen Sie es erneut.'
};

export const OperatorInput = z.object(
	{
		name: name('den Namen des Schulträgers'),
		operatorType: z.preprocess(
			blankToNull,
			z
				.enum(OPERATOR_TYPES, {
					error: 'Bitte wählen Sie eine Art des Schulträgers aus der Liste.'
				})
				.nullable()
		),
		municipalityKey: z.preprocess(
			blankToNull,
			z
				.string({ error: 'Bitte geben Sie den Gemeindeschlüssel als Text ein.' })
				.regex(/^\d{8}$/, { error: 'Der Amtliche Gemeindeschlüssel besteht aus genau 8 Ziffern.' })
				.nullable()
		),
		street,
		postalCode,
		city
	},
	FORM
);
export type OperatorInput = z.infer<typeof OperatorInput>;

export const SchoolInput = z.object(
	{
		name: name('den Namen der Schule'),
		schoolNumber: z.preprocess(
			blankToNull,
			z
				.string({ error: 'Bitte geben Sie die Schulnummer als Text ein.' })
				.regex(/^\d+$/, { error: 'Die Schulnummer darf nur Ziffern enthalten.' })
				.max(20, { error: 'Die Schulnummer darf höchstens 20 Ziffern lang sein.' })
				.nullable()
		),
		schoolType: z.enum(SCHOOL_TYPES, { error: 'Bitte wählen Sie eine Schulart aus der Liste.' }),
		street,
		postalCode,
		city,
		pupils: count('Schülerinnen und Schüler'),
		classes: count('Klassen'),
		teachers: count('Lehrkräfte')
	},
	FORM
);
export type SchoolInput = z.infer<typeof SchoolInput>;

export const ConsultantInput = z.object(
	{
		consultantId: z
			.string({ error: 'Bitte wählen Sie eine Beraterin oder einen Berater aus.' })
			.regex(ID_PATTERN, { error: 'Bitte wählen Sie eine Beraterin oder einen Berater aus.' })
	},
	FORM
);
export type ConsultantInput = z.infer<typeof ConsultantInput>;

export type FieldErrors = Record<string, string[] | undefined>;

/** Parses untrusted input; never throws. German messages per field; `_form` when it is no object. */
export function parseInput<T>(
	schema: z.ZodType<T>,
	values: unknown
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data };
	const { formErrors, fieldErrors } = z.flattenError(result.error);
	const errors = fieldErrors as FieldErrors;
	return { ok: false, errors: formErrors.length > 0 ? { ...errors, _form: formErrors } : errors };
}
