import { describe, expect, it } from 'vitest';
import {
	conditionKeys,
	evaluate,
	hasValue,
	isVisible,
	visibleAnswers,
	visibleQuestions
} from '../../src/lib/domain/questionnaire/conditions';
import type { Answers, Condition, Question } from '../../src/lib/domain/questionnaire/types';

const answers: Answers = {
	'wlan.survey_done': true,
	'wlan.coverage_percent': 80,
	'connectivity.type': 'vdsl',
	'platforms.used': { selected: ['lernsax', 'opal'] },
	'pedagogy.regular_use': 4,
	'digcompedu.teaching': 'B1',
	'school.pupils': 0,
	'empty.text': '',
	'null.value': null
};

const ev = (c: Condition) => evaluate(c, answers);

describe('comparison operators', () => {
	it('eq / neq on booleans, options and numbers (0 is an answer)', () => {
		expect(ev({ key: 'wlan.survey_done', op: 'eq', value: true })).toBe(true);
		expect(ev({ key: 'wlan.survey_done', op: 'eq', value: false })).toBe(false);
		expect(ev({ key: 'connectivity.type', op: 'neq', value: 'glasfaser' })).toBe(true);
		expect(ev({ key: 'connectivity.type', op: 'neq', value: 'vdsl' })).toBe(false);
		expect(ev({ key: 'school.pupils', op: 'eq', value: 0 })).toBe(true);
		expect(ev({ key: 'wlan.coverage_percent', op: 'eq', value: '80' })).toBe(false);
	});

	it('gt / gte / lt / lte on numbers, likert and DigCompEdu levels', () => {
		expect(ev({ key: 'wlan.coverage_percent', op: 'gt', value: 79 })).toBe(true);
		expect(ev({ key: 'wlan.coverage_percent', op: 'gt', value: 80 })).toBe(false);
		expect(ev({ key: 'wlan.coverage_percent', op: 'gte', value: 80 })).toBe(true);
		expect(ev({ key: 'wlan.coverage_percent', op: 'lt', value: 100 })).toBe(true);
		expect(ev({ key: 'wlan.coverage_percent', op: 'lt', value: 80 })).toBe(false);
		expect(ev({ key: 'wlan.coverage_percent', op: 'lte', value: 80 })).toBe(true);
		expect(ev({ key: 'pedagogy.regular_use', op: 'gte', value: 4 })).toBe(true);
		expect(ev({ key: 'digcompedu.teaching', op: 'lt', value: 'B2' })).toBe(true);
		expect(ev({ key: 'digcompedu.teaching', op: 'gte', value: 'B2' })).toBe(false);
		expect(ev({ key: 'connectivity.type', op: 'gt', value: 1 })).toBe(false);
	});

	it('in / notIn on single answers and multi selections', () => {
		expect(ev({ key: 'connectivity.type', op: 'in', value: ['vdsl', 'adsl'] })).toBe(true);
		expect(ev({ key: 'connectivity.type', op: 'in', value: ['glasfaser'] })).toBe(false);
		expect(ev({ key: 'connectivity.type', op: 'notIn', value: ['glasfaser', 'kabel'] })).toBe(true);
		expect(ev({ key: 'connectivity.type', op: 'notIn', value: ['vdsl'] })).toBe(false);
		expect(ev({ key: 'platforms.used', op: 'in', value: ['opal', 'moodle'] })).toBe(true);
		expect(ev({ key: 'platforms.used', op: 'notIn', value: ['moodle'] })).toBe(true);
	});

	it('includes on multi answers', () => {
		expect(ev({ key: 'platforms.used', op: 'includes', value: 'lernsax' })).toBe(true);
		expect(ev({ key: 'platforms.used', op: 'includes', value: 'moodle' })).toBe(false);
	});

	it('answered / notAnswered treat null, missing and empty strings as unanswered', () => {
		expect(ev({ key: 'school.pupils', op: 'answered' })).toBe(true);
		expect(ev({ key: 'missing.key', op: 'answered' })).toBe(false);
		expect(ev({ key: 'missing.key', op: 'notAnswered' })).toBe(true);
		expect(ev({ key: 'empty.text', op: 'notAnswered' })).toBe(true);
		expect(ev({ key: 'null.value', op: 'notAnswered' })).toBe(true);
		expect(ev({ key: 'wlan.survey_done', op: 'notAnswered' })).toBe(false);
	});

	it('every value comparison is false against an unanswered question', () => {
		for (const op of ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'includes'] as const) {
			expect(ev({ key: 'missing.key', op, value: 1 })).toBe(false);
		}
		expect(ev({ key: 'missing.key', op: 'in', value: [1] })).toBe(false);
		expect(ev({ key: 'missing.key', op: 'notIn', value: [1] })).toBe(false);
	});
});

describe('combinators', () => {
	const yes: Condition = { key: 'wlan.survey_done', op: 'eq', value: true };
	const no: Condition = { key: 'wlan.survey_done', op: 'eq', value: false };

	it('all / any / not and their empty cases', () => {
		expect(ev({ all: [yes, yes] })).toBe(true);
		expect(ev({ all: [yes, no] })).toBe(false);
		expect(ev({ any: [no, yes] })).toBe(true);
		expect(ev({ any: [no, no] })).toBe(false);
		expect(ev({ not: no })).toBe(true);
		expect(ev({ not: yes })).toBe(false);
		expect(ev({ all: [] })).toBe(true);
		expect(ev({ any: [] })).toBe(false);
	});

	it('nests arbitrarily', () => {
		const nested: Condition = {
			all: [
				{ any: [no, { key: 'connectivity.type', op: 'in', value: ['vdsl'] }] },
				{ not: { all: [yes, { key: 'platforms.used', op: 'includes', value: 'moodle' }] } },
				{ not: { not: { key: 'wlan.coverage_percent', op: 'lt', value: 100 } } }
			]
		};
		expect(ev(nested)).toBe(true);
		expect(evaluate(nested, { ...answers, 'wlan.coverage_percent': 100 })).toBe(false);
		expect(conditionKeys(nested)).toEqual([
			'wlan.survey_done',
			'connectivity.type',
			'wlan.survey_done',
			'platforms.used',
			'wlan.coverage_percent'
		]);
	});
});

describe('visibility', () => {
	const questions: Question[] = [
		{ key: 'a.done', type: 'boolean', label: 'A', requirement: 'required' },
		{
			key: 'a.year',
			type: 'year',
			label: 'Jahr',
			requirement: 'required',
			showIf: { key: 'a.done', op: 'eq', value: true }
		},
		{
			key: 'a.recent',
			type: 'boolean',
			label: 'Neu?',
			requirement: 'soft',
			showIf: { key: 'a.year', op: 'gte', value: 2020 }
		}
	];

	it('a question without showIf is always visible', () => {
		expect(isVisible(questions[0], {})).toBe(true);
		expect(isVisible(questions[1], {})).toBe(false);
		expect(isVisible(questions[1], { 'a.done': true })).toBe(true);
	});

	it('hiding cascades: stale answers of hidden questions do not show dependants', () => {
		const stale = { 'a.done': false, 'a.year': 2022, 'a.recent': true };
		expect(visibleAnswers(questions, stale)).toEqual({ 'a.done': false });
		expect(visibleQuestions(questions, stale).map((q) => q.key)).toEqual(['a.done']);
		const live = { 'a.done': true, 'a.year': 2022 };
		expect(visibleQuestions(questions, live).map((q) => q.key)).toEqual([
			'a.done',
			'a.year',
			'a.recent'
		]);
	});

	it('hasValue: empty multi and empty grid are unanswered, false and 0 are answers', () => {
		expect(hasValue({ selected: [] })).toBe(false);
		expect(hasValue({ r: { c: null } })).toBe(false);
		expect(hasValue({ r: { c: 0 } })).toBe(true);
		expect(hasValue(false)).toBe(true);
		expect(hasValue(0)).toBe(true);
		expect(hasValue(' ')).toBe(false);
	});
});
