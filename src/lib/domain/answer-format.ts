// An answer as German plain text (export, read-only views) and the unit that goes with it. Pure.
import { formatNumberInput } from './questionnaire/numbers';
import {
	DEFAULT_LIKERT_LABELS,
	DIGCOMPEDU_LEVEL_LABELS,
	NO_ANSWER,
	OTHER_OPTION,
	type AnswerValue,
	type DigCompEduLevel,
	type GridAnswer,
	type MultiAnswer,
	type Question
} from './questionnaire/types';

const NO_ANSWER_LABEL = 'keine Angabe';

function optionLabel(question: Question, value: string): string {
	if (value === OTHER_OPTION) return 'Sonstiges';
	if (question.type !== 'single' && question.type !== 'multi') return value;
	return question.options.find((o) => o.value === value)?.label ?? value;
}

/** 'YYYY-MM-DD' → 'TT.MM.JJJJ' */
export function formatIsoDate(iso: string): string {
	const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
	return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** The answer as text; '' for unanswered. Numbers without grouping and with a decimal comma. */
export function formatAnswer(question: Question, value: AnswerValue | null | undefined): string {
	if (value === null || value === undefined) return '';
	switch (question.type) {
		case 'integer':
		case 'decimal':
		case 'currency':
		case 'percent':
		case 'year':
			return typeof value === 'number' ? formatNumberInput(value) : '';
		case 'boolean':
			if (typeof value !== 'boolean') return '';
			return value ? (question.trueLabel ?? 'Ja') : (question.falseLabel ?? 'Nein');
		case 'single':
			return typeof value === 'string' ? optionLabel(question, value) : '';
		case 'multi': {
			const multi = value as MultiAnswer;
			if (!Array.isArray(multi.selected)) return '';
			return multi.selected
				.map((v) =>
					v === OTHER_OPTION && multi.other ? `Sonstiges: ${multi.other}` : optionLabel(question, v)
				)
				.join('; ');
		}
		case 'likert': {
			if (value === NO_ANSWER) return NO_ANSWER_LABEL;
			const labels = question.labels ?? DEFAULT_LIKERT_LABELS;
			return typeof value === 'number' ? `${value} – ${labels[value - 1] ?? ''}`.trim() : '';
		}
		case 'digcompedu':
			if (value === NO_ANSWER) return NO_ANSWER_LABEL;
			return DIGCOMPEDU_LEVEL_LABELS[value as DigCompEduLevel] ?? String(value);
		case 'date':
			return typeof value === 'string' ? formatIsoDate(value) : '';
		case 'grid': {
			const grid = value as GridAnswer;
			const cells: string[] = [];
			for (const row of question.rows) {
				for (const col of question.columns) {
					const cell = grid[row.key]?.[col.key];
					if (typeof cell === 'number')
						cells.push(`${row.label} / ${col.label}: ${formatNumberInput(cell)}`);
				}
			}
			return cells.join('; ');
		}
		default:
			return typeof value === 'string' ? value : '';
	}
}

/** Unit of a question's answer ('€' for currency, '%' for percent), '' if none. */
export function answerUnit(question: Question): string {
	switch (question.type) {
		case 'currency':
			return question.unit ?? '€';
		case 'percent':
			return question.unit ?? '%';
		case 'integer':
		case 'decimal':
		case 'year':
			return question.unit ?? '';
		case 'grid':
			return question.unit;
		default:
			return '';
	}
}
