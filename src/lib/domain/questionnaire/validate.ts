// Validation and normalisation of one answer (from JSON autosave or a parsed form). Pure.

import { hasValue } from './conditions';
import { numberRules, validateNumber } from './validate-number';
import type { AnswerValue, Question, ValidationResult } from './types';
import {
	validateBoolean,
	validateChoice,
	validateDate,
	validateDigCompEdu,
	validateGrid,
	validateLikert,
	validateText
} from './validate-types';

/**
 * Validate and normalise one raw answer. Returns `{ ok: true, value: null }` for an empty answer
 * (requirement is checked separately by `checkRequirement`).
 */
export function validateAnswer(question: Question, raw: unknown): ValidationResult {
	switch (question.type) {
		case 'integer':
		case 'decimal':
		case 'currency':
		case 'percent':
		case 'year':
			return validateNumber(numberRules(question), raw);
		case 'boolean':
			return validateBoolean(raw);
		case 'single':
		case 'multi':
			return validateChoice(question, raw);
		case 'likert':
			return validateLikert(question.allowNoAnswer !== false, raw);
		case 'digcompedu':
			return validateDigCompEdu(question.allowNoAnswer !== false, raw);
		case 'text':
		case 'longtext':
			return validateText(question, raw);
		case 'date':
			return validateDate(question, raw);
		case 'grid':
			return validateGrid(question, raw);
	}
}

export type RequirementIssue = { level: 'error' | 'warning'; message: string };

export const REQUIRED_MESSAGE = 'Bitte beantworten Sie diese Frage.';
export const SOFT_MESSAGE =
	'Diese Angabe fehlt noch. Sie können trotzdem fortfahren und sie später ergänzen.';

/**
 * Required and unanswered → error (blocks "Abschnitt abschließen"); soft and unanswered → warning
 * (lets the user go on); otherwise null. Visibility is the caller's concern (see progress.ts).
 */
export function checkRequirement(
	question: Pick<Question, 'requirement'>,
	value: AnswerValue | null | undefined
): RequirementIssue | null {
	if (hasValue(value) || question.requirement === 'optional') return null;
	return question.requirement === 'required'
		? { level: 'error', message: REQUIRED_MESSAGE }
		: { level: 'warning', message: SOFT_MESSAGE };
}
