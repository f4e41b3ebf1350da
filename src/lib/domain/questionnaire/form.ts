// Form field naming and no-JS form parsing. The UI MUST use `fieldName`/`fieldId` so that a
// plain form post of a section can be parsed back with `parseFormValue`. Pure.
//
// Naming (question keys are dotted lower-case identifiers and never contain brackets):
// - every type except grid:   name = key                e.g. `wlan.coverage_percent`
//   (multi: one checkbox per option, all with that name and value = option value;
//    single/boolean/likert/digcompedu: radios or <select> with that name;
//    boolean values 'ja' / 'nein'; likert '1'..'5' or 'keine_angabe')
// - multi "Sonstiges" text:   name = `${key}[other]`      (checkbox value = OTHER_OPTION)
// - grid cell:                name = `${key}[${row}][${col}]`
// A field missing from the post counts as empty (unchecked checkboxes send nothing).

import { formatNumberInput } from './numbers';
import type { AnswerValue, GridAnswer, MultiAnswer, Question, ValidationResult } from './types';
import { validateAnswer } from './validate';

/** Anything with `getAll`, e.g. FormData or URLSearchParams. */
export interface FormEntries {
	getAll(name: string): unknown[];
}

export const OTHER_FIELD = 'other';
export const BOOLEAN_FORM_VALUES = { true: 'ja', false: 'nein' } as const;

/** Form field name of a question, of a grid cell (row, col) or of the multi "Sonstiges" text (row = 'other'). */
export function fieldName(question: Pick<Question, 'key'>, row?: string, col?: string): string {
	if (row === undefined) return question.key;
	if (col === undefined) return `${question.key}[${row}]`;
	return `${question.key}[${row}][${col}]`;
}

/** Name of the "Sonstiges" text input of a multi question. */
export function otherFieldName(question: Pick<Question, 'key'>): string {
	return fieldName(question, OTHER_FIELD);
}

/**
 * A safe HTML id for a question's input (or a grid cell / option), e.g. `q-wlan-coverage_percent`,
 * `q-e-devices-tablet-ipados`. Use it for <label for>, aria-describedby (`${id}-error`, `${id}-help`)
 * and the error summary links.
 */
export function fieldId(question: Pick<Question, 'key'>, ...parts: string[]): string {
	return ['q', question.key, ...parts]
		.join('-')
		.replace(/[^A-Za-z0-9_-]/g, '-')
		.replace(/-+/g, '-');
}

function strings(entries: FormEntries, name: string): string[] {
	return entries.getAll(name).filter((v): v is string => typeof v === 'string');
}

function first(entries: FormEntries, name: string): string | null {
	const values = strings(entries, name).filter((v) => v.trim() !== '');
	return values.length > 0 ? values[values.length - 1] : null;
}

/** Read the raw value of a question from a form post (not yet validated). */
export function readFormValue(question: Question, entries: FormEntries): unknown {
	switch (question.type) {
		case 'multi': {
			const selected = strings(entries, fieldName(question)).filter((v) => v !== '');
			const other = question.allowOther
				? (first(entries, otherFieldName(question)) ?? undefined)
				: undefined;
			return { selected, other } satisfies MultiAnswer;
		}
		case 'grid': {
			const grid: Record<string, Record<string, string | null>> = {};
			for (const row of question.rows) {
				grid[row.key] = {};
				for (const col of question.columns) {
					grid[row.key][col.key] = first(entries, fieldName(question, row.key, col.key));
				}
			}
			return grid;
		}
		default:
			return first(entries, fieldName(question));
	}
}

/** Read and validate a question's value from a form post; empty → `{ ok: true, value: null }`. */
export function parseFormValue(question: Question, entries: FormEntries): ValidationResult {
	return validateAnswer(question, readFormValue(question, entries));
}

/**
 * The string to put into an input for a stored value (inverse of parsing), e.g. 1234.5 → "1234,5",
 * true → "ja". For multi it returns the selected option values; for grid pass row and col.
 */
export function toFormValue(
	question: Question,
	value: AnswerValue | null | undefined,
	row?: string,
	col?: string
): string | string[] {
	if (value === null || value === undefined) return question.type === 'multi' ? [] : '';
	switch (question.type) {
		case 'integer':
		case 'decimal':
		case 'currency':
		case 'percent':
		case 'year':
			return typeof value === 'number' ? formatNumberInput(value) : '';
		case 'boolean':
			return value === true
				? BOOLEAN_FORM_VALUES.true
				: value === false
					? BOOLEAN_FORM_VALUES.false
					: '';
		case 'likert':
			return String(value);
		case 'multi':
			return typeof value === 'object' && 'selected' in value
				? (value as MultiAnswer).selected
				: [];
		case 'grid': {
			if (row === undefined || col === undefined) return '';
			const cell = (value as GridAnswer)[row]?.[col];
			return typeof cell === 'number' ? formatNumberInput(cell) : '';
		}
		default:
			return typeof value === 'string' ? value : '';
	}
}

/** The "Sonstiges" text of a stored multi answer, for prefilling `otherFieldName(question)`. */
export function otherText(value: AnswerValue | null | undefined): string {
	return value !== null && typeof value === 'object' && 'selected' in value
		? ((value as MultiAnswer).other ?? '')
		: '';
}
