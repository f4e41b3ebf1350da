// What a question's inputs show (raw strings, as typed) and the id a link to the question targets.
// Pure and client-safe; the naming of form fields comes from the engine (questionnaire/form.ts).
import {
	BOOLEAN_FORM_VALUES,
	fieldId,
	otherText,
	readFormValue,
	toFormValue,
	type FormEntries
} from '$lib/domain/questionnaire/form';
import {
	DEFAULT_LIKERT_LABELS,
	DIGCOMPEDU_LEVEL_LABELS,
	DIGCOMPEDU_LEVELS,
	NO_ANSWER,
	type AnswerValue,
	type Question
} from '$lib/domain/questionnaire/types';

export interface RawMulti {
	selected: string[];
	other: string;
}
export type RawGrid = Record<string, Record<string, string>>;
/** text-like and single-choice questions: a string; multi: RawMulti; grid: RawGrid */
export type RawValue = string | RawMulti | RawGrid;

/** The inputs' contents for a stored answer. */
export function rawFromAnswer(question: Question, value: AnswerValue | null | undefined): RawValue {
	if (question.type === 'multi') {
		const selected = toFormValue(question, value);
		return { selected: Array.isArray(selected) ? selected : [], other: otherText(value) };
	}
	if (question.type === 'grid') {
		const grid: RawGrid = {};
		for (const row of question.rows) {
			grid[row.key] = {};
			for (const col of question.columns) {
				grid[row.key][col.key] = String(toFormValue(question, value, row.key, col.key));
			}
		}
		return grid;
	}
	const text = toFormValue(question, value);
	return typeof text === 'string' ? text : '';
}

/** The inputs' contents as posted (to show an invalid entry again, unchanged, after a no-JS save). */
export function rawFromForm(question: Question, entries: FormEntries): RawValue {
	const read = readFormValue(question, entries);
	if (question.type === 'multi') {
		const multi = read as { selected: string[]; other?: string };
		return { selected: multi.selected, other: multi.other ?? '' };
	}
	if (question.type === 'grid') {
		const grid: RawGrid = {};
		for (const [row, cells] of Object.entries(
			read as Record<string, Record<string, string | null>>
		)) {
			grid[row] = Object.fromEntries(Object.entries(cells).map(([col, v]) => [col, v ?? '']));
		}
		return grid;
	}
	return typeof read === 'string' ? read : '';
}

/** The id of a question's first control: error summary links and "missing answer" links go there. */
export function anchorId(question: Question): string {
	switch (question.type) {
		case 'single':
			if (question.display === 'select') return fieldId(question);
			return fieldId(question, choiceOptions(question)[0]?.value ?? '');
		case 'boolean':
		case 'likert':
		case 'digcompedu':
			return fieldId(question, choiceOptions(question)[0]?.value ?? '');
		case 'multi':
			return fieldId(question, question.options[0]?.value ?? 'sonstiges');
		case 'grid':
			return fieldId(question, question.rows[0]?.key ?? '', question.columns[0]?.key ?? '');
		default:
			return fieldId(question);
	}
}

/** The question key a form control belongs to (`key`, `key[other]`, `key[row][col]`). */
export function questionKeyOf(controlName: string): string {
	const bracket = controlName.indexOf('[');
	return bracket < 0 ? controlName : controlName.slice(0, bracket);
}

export interface ChoiceOption {
	value: string;
	label: string;
}

/** The radio options of boolean, single, likert and DigCompEdu questions (form values as in form.ts). */
export function choiceOptions(question: Question): ChoiceOption[] {
	switch (question.type) {
		case 'boolean':
			return [
				{ value: BOOLEAN_FORM_VALUES.true, label: question.trueLabel ?? 'Ja' },
				{ value: BOOLEAN_FORM_VALUES.false, label: question.falseLabel ?? 'Nein' }
			];
		case 'single':
			return question.options;
		case 'likert': {
			const labels = question.labels ?? DEFAULT_LIKERT_LABELS;
			const scale = labels.map((label, i) => ({
				value: String(i + 1),
				label: `${i + 1} – ${label}`
			}));
			return question.allowNoAnswer === false
				? scale
				: [...scale, { value: NO_ANSWER, label: 'keine Angabe' }];
		}
		case 'digcompedu': {
			const levels = DIGCOMPEDU_LEVELS.map((l) => ({
				value: l,
				label: DIGCOMPEDU_LEVEL_LABELS[l]
			}));
			return question.allowNoAnswer === false
				? levels
				: [...levels, { value: NO_ANSWER, label: 'keine Angabe' }];
		}
		default:
			return [];
	}
}
