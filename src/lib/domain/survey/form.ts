// The teacher survey as one long form (works without JavaScript; going back to change an answer is
// scrolling up): parsing a post into validated answers with German messages per question, and the
// raw values to show again after an error. Answers live only in the browser until "Absenden". Pure.
import { isVisible, visibleAnswers } from '../questionnaire/conditions';
import {
	BOOLEAN_FORM_VALUES,
	fieldId,
	fieldName,
	otherFieldName,
	parseFormValue,
	type FormEntries
} from '../questionnaire/form';
import {
	DEFAULT_LIKERT_LABELS,
	DIGCOMPEDU_LEVEL_LABELS,
	DIGCOMPEDU_LEVELS,
	NO_ANSWER,
	type AnswerValue,
	type Question,
	type QuestionnaireDefinition
} from '../questionnaire/types';
import { checkRequirement } from '../questionnaire/validate';

/** Hidden field with a random id issued with the form: a repeated post stores nothing twice. */
export const SUBMISSION_FIELD = 'antwort_id';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isSubmissionId(value: unknown): value is string {
	return typeof value === 'string' && UUID.test(value);
}

export interface ParsedSurvey {
	answers: Record<string, AnswerValue>;
	/** German message per question key */
	errors: Record<string, string>;
}

export function surveyQuestions(definition: QuestionnaireDefinition): Question[] {
	return definition.sections.flatMap((s) => s.questions);
}

export function parseSurveyForm(
	definition: QuestionnaireDefinition,
	entries: FormEntries
): ParsedSurvey {
	const questions = surveyQuestions(definition);
	const parsed: Record<string, AnswerValue> = {};
	const errors: Record<string, string> = {};
	for (const q of questions) {
		const result = parseFormValue(q, entries);
		if (!result.ok) errors[q.key] = result.message;
		else if (result.value !== null) parsed[q.key] = result.value;
	}
	const answers = visibleAnswers(questions, parsed);
	for (const q of questions) {
		if (q.key in errors || !isVisible(q, answers)) continue;
		const issue = checkRequirement(q, answers[q.key]);
		if (issue?.level === 'error') errors[q.key] = issue.message;
	}
	return { answers, errors };
}

/**
 * What the teacher had entered, per form field name, to fill the form again after an error (only the
 * fields of this survey; values cut to a sane length). Nothing of it is stored.
 */
export function rawSurveyValues(
	definition: QuestionnaireDefinition,
	entries: FormEntries
): Record<string, string[]> {
	const raw: Record<string, string[]> = {};
	for (const q of surveyQuestions(definition)) {
		const names =
			q.type === 'multi' && q.allowOther ? [fieldName(q), otherFieldName(q)] : [fieldName(q)];
		for (const name of names) {
			const values = entries.getAll(name).filter((v): v is string => typeof v === 'string');
			if (values.length > 0) raw[name] = values.slice(0, 50).map((v) => v.slice(0, 5000));
		}
	}
	return raw;
}

export interface SurveyChoice {
	value: string;
	label: string;
}

/** Radio options of boolean, single, likert and DigCompEdu questions (form values as in form.ts). */
export function surveyChoices(question: Question): SurveyChoice[] {
	switch (question.type) {
		case 'boolean':
			return [
				{ value: BOOLEAN_FORM_VALUES.true, label: question.trueLabel ?? 'Ja' },
				{ value: BOOLEAN_FORM_VALUES.false, label: question.falseLabel ?? 'Nein' }
			];
		case 'single':
		case 'multi':
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
				value: l as string,
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

/** The id of a question's first control, for error-summary links. */
export function firstControlId(question: Question): string {
	const first = surveyChoices(question)[0];
	return first ? fieldId(question, first.value) : fieldId(question);
}
