// Declarative show-if conditions: evaluation against a set of answers. Pure.

import {
	DIGCOMPEDU_LEVELS,
	type AnswerValue,
	type Answers,
	type Comparison,
	type Condition,
	type ConditionValue,
	type Question
} from './types';

export function isComparison(condition: Condition): condition is Comparison {
	return 'key' in condition && 'op' in condition;
}

/** Is this value an answer (not null/undefined/empty)? Validation normalises empties to null. */
export function hasValue(value: AnswerValue | null | undefined): value is AnswerValue {
	if (value === null || value === undefined) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (typeof value === 'object' && 'selected' in value && Array.isArray(value.selected)) {
		return value.selected.length > 0;
	}
	if (typeof value === 'object') {
		return Object.values(value as Record<string, Record<string, number | null>>).some(
			(row) =>
				row !== null &&
				typeof row === 'object' &&
				Object.values(row).some((c) => typeof c === 'number')
		);
	}
	return true;
}

/** All question keys a condition refers to (for schema checks and dependency tracking). */
export function conditionKeys(condition: Condition): string[] {
	if ('all' in condition) return condition.all.flatMap(conditionKeys);
	if ('any' in condition) return condition.any.flatMap(conditionKeys);
	if ('not' in condition) return conditionKeys(condition.not);
	return [condition.key];
}

/** Map an answer to something orderable: numbers stay, DigCompEdu levels become 1..6. */
function toOrdinal(value: unknown): number | null {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string') {
		const level = (DIGCOMPEDU_LEVELS as readonly string[]).indexOf(value);
		if (level >= 0) return level + 1;
	}
	return null;
}

/** The scalar(s) of an answer that eq/in compare: multi → selected options, else the value. */
function scalars(value: AnswerValue): unknown[] {
	if (typeof value === 'object' && value !== null && 'selected' in value) {
		return (value as { selected: unknown[] }).selected;
	}
	return [value];
}

function compareOrdered(
	answer: AnswerValue,
	expected: unknown,
	op: 'gt' | 'gte' | 'lt' | 'lte'
): boolean {
	const a = toOrdinal(answer);
	const b = toOrdinal(expected);
	if (a === null || b === null) return false;
	switch (op) {
		case 'gt':
			return a > b;
		case 'gte':
			return a >= b;
		case 'lt':
			return a < b;
		case 'lte':
			return a <= b;
	}
}

function asList(value: Comparison['value']): ConditionValue[] {
	if (value === undefined) return [];
	return Array.isArray(value) ? value : [value];
}

function evaluateComparison(c: Comparison, answers: Answers): boolean {
	const raw = answers[c.key];
	if (c.op === 'answered') return hasValue(raw);
	if (c.op === 'notAnswered') return !hasValue(raw);
	if (!hasValue(raw)) return false;
	switch (c.op) {
		case 'eq':
			return scalars(raw).length === 1 && scalars(raw)[0] === c.value;
		case 'neq':
			return !(scalars(raw).length === 1 && scalars(raw)[0] === c.value);
		case 'gt':
		case 'gte':
		case 'lt':
		case 'lte':
			return compareOrdered(raw, c.value, c.op);
		case 'in': {
			const list = asList(c.value);
			return scalars(raw).some((s) => list.includes(s as ConditionValue));
		}
		case 'notIn': {
			const list = asList(c.value);
			return !scalars(raw).some((s) => list.includes(s as ConditionValue));
		}
		case 'includes':
			return scalars(raw).includes(c.value);
	}
}

/**
 * Evaluate a (nested) condition. `{ all: [] }` is true, `{ any: [] }` is false.
 * A comparison against an unanswered question is false except `notAnswered`.
 */
export function evaluate(condition: Condition, answers: Answers): boolean {
	if ('all' in condition) return condition.all.every((c) => evaluate(c, answers));
	if ('any' in condition) return condition.any.some((c) => evaluate(c, answers));
	if ('not' in condition) return !evaluate(condition.not, answers);
	return evaluateComparison(condition, answers);
}

/** A question without `showIf` is always visible. */
export function isVisible(question: Pick<Question, 'showIf'>, answers: Answers): boolean {
	return question.showIf === undefined || evaluate(question.showIf, answers);
}

/**
 * The answers of visible questions only. Hiding cascades: a question whose condition depends on a
 * hidden question's stale answer is hidden too (computed as a fixpoint, so forward references
 * within a section work as well).
 */
export function visibleAnswers(
	questions: readonly Question[],
	answers: Answers
): Record<string, AnswerValue> {
	const current: Record<string, AnswerValue> = {};
	for (const q of questions) {
		const value = answers[q.key];
		if (hasValue(value)) current[q.key] = value;
	}
	let changed = true;
	while (changed) {
		changed = false;
		for (const q of questions) {
			if (q.key in current && !isVisible(q, current)) {
				delete current[q.key];
				changed = true;
			}
		}
	}
	return current;
}

/** Keys of the questions visible for these answers (hidden answers do not make anything visible). */
export function visibleQuestions<Q extends Question>(
	questions: readonly Q[],
	answers: Answers
): Q[] {
	const effective = visibleAnswers(questions, answers);
	return questions.filter((q) => isVisible(q, effective));
}
