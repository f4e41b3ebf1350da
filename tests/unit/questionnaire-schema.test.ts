import { describe, expect, it } from 'vitest';
import {
	DefinitionError,
	parseDefinition,
	safeParseDefinition
} from '../../src/lib/domain/questionnaire/schema';
import type { QuestionnaireDefinition, Section } from '../../src/lib/domain/questionnaire/types';

function definition(sections: Section[]): QuestionnaireDefinition {
	return {
		key: 'test',
		version: 1,
		title: 'Test',
		description: 'Testfragebogen',
		audience: 'it_staff',
		scope: 'school',
		source: 'Test',
		sections
	};
}

const section = (key: string, questions: Section['questions']): Section => ({
	key,
	code: 'C',
	title: key,
	questions
});

const survey = {
	key: 'wlan.survey',
	type: 'boolean',
	label: 'Ausleuchtung',
	requirement: 'soft'
} as const;
const year = {
	key: 'wlan.survey_year',
	type: 'year',
	label: 'Jahr',
	requirement: 'soft',
	showIf: { key: 'wlan.survey', op: 'eq', value: true }
} as const;

function issues(def: unknown): string[] {
	const r = safeParseDefinition(def);
	return r.ok ? [] : r.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('definition schema', () => {
	it('accepts a sound definition and returns it', () => {
		const def = definition([section('wlan', [survey, year])]);
		expect(parseDefinition(def)).toEqual(def);
	});

	it('rejects duplicate question keys, also across sections', () => {
		const def = definition([section('a', [survey]), section('b', [survey])]);
		expect(() => parseDefinition(def)).toThrow(DefinitionError);
		expect(issues(def)).toContain('sections: duplicate question key "wlan.survey"');
	});

	it('rejects duplicate section keys', () => {
		expect(issues(definition([section('a', [survey]), section('a', [year])]))).toContain(
			'sections: duplicate section key "a"'
		);
	});

	it('rejects a dangling condition and a reference to a later section', () => {
		const dangling = definition([
			section('wlan', [{ ...year, showIf: { key: 'wlan.missing', op: 'answered' } }])
		]);
		expect(issues(dangling)[0]).toMatch(
			/sections\.0\.questions\.0\.showIf: condition refers to "wlan\.missing"/
		);
		const later = definition([section('a', [year]), section('b', [survey])]);
		expect(issues(later)[0]).toMatch(/neither earlier nor in the same section/);
	});

	it('accepts a reference to an earlier section and to a later question in the same section', () => {
		expect(issues(definition([section('a', [survey]), section('b', [year])]))).toEqual([]);
		expect(issues(definition([section('a', [year, survey])]))).toEqual([]);
	});

	it('checks nested conditions, self references and operator values', () => {
		const nested = definition([
			section('a', [
				survey,
				{ ...year, showIf: { all: [{ any: [{ not: { key: 'nope.key', op: 'answered' } }] }] } }
			])
		]);
		expect(issues(nested)[0]).toMatch(
			/^sections\.0\.questions\.1\.showIf\.all\.0\.any\.0\.not: .*"nope\.key"/
		);
		const self = definition([
			section('a', [{ ...survey, showIf: { key: 'wlan.survey', op: 'answered' } }])
		]);
		expect(issues(self)[0]).toMatch(/refers to itself/);
		const badOps = definition([
			section('a', [
				survey,
				{ ...year, key: 'y1', showIf: { key: 'wlan.survey', op: 'in', value: true } },
				{ ...year, key: 'y2', showIf: { key: 'wlan.survey', op: 'gt', value: 1 } },
				{ ...year, key: 'y3', showIf: { key: 'wlan.survey', op: 'includes', value: true } },
				{ ...year, key: 'y4', showIf: { key: 'wlan.survey', op: 'answered', value: true } },
				{ ...year, key: 'y5', showIf: { key: 'wlan.survey', op: 'eq', value: 'ja' } }
			])
		]);
		const found = issues(badOps).join('\n');
		expect(found).toMatch(/op "in" needs an array value/);
		expect(found).toMatch(/op "gt" needs a number, likert or digcompedu question/);
		expect(found).toMatch(/op "includes" needs a multi question/);
		expect(found).toMatch(/op "answered" takes no value/);
		expect(found).toMatch(/boolean conditions need true\/false/);
	});

	it('rejects a condition value that is not an option of the referenced choice question', () => {
		const def = definition([
			section('a', [
				{
					key: 'c.type',
					type: 'single',
					label: 'Art',
					requirement: 'required',
					options: [{ value: 'dsl', label: 'DSL' }]
				},
				{ ...year, showIf: { key: 'c.type', op: 'eq', value: 'glasfaser' } }
			])
		]);
		expect(issues(def)[0]).toMatch(/"glasfaser" is not an option of "c\.type"/);
	});

	it('rejects empty options, min > max, missing units, unknown guide values and typos in fields', () => {
		const q = (extra: object) => definition([section('a', [{ ...survey, ...extra } as never])]);
		expect(issues(q({ type: 'single', options: [] })).join()).toMatch(/options/);
		expect(issues(q({ type: 'integer', unit: 'Räume', min: 10, max: 5 })).join()).toMatch(
			/min \(10\) must not exceed max \(5\)/
		);
		expect(issues(q({ type: 'integer' })).join()).toMatch(/number questions need a unit/);
		expect(issues(q({ guideValue: { ref: 'does.not.exist' } })).join()).toMatch(
			/unknown guide value/
		);
		expect(issues(q({ requirment: 'soft' })).join()).toMatch(/requirment/);
		expect(issues(q({ key: 'Bad Key' })).join()).toMatch(/dotted lower-case/);
		expect(
			issues(
				q({ type: 'multi', allowOther: true, options: [{ value: 'sonstiges', label: 'x' }] })
			).join()
		).toMatch(/added by allowOther/);
		expect(
			issues(q({ type: 'multi', maxSelections: 3, options: [{ value: 'a', label: 'A' }] })).join()
		).toMatch(/maxSelections exceeds/);
		expect(issues(q({ type: 'likert', labels: ['1', '2'] })).join()).toMatch(/labels/);
	});

	it('rejects non-objects and unknown audiences with a readable error', () => {
		expect(safeParseDefinition(null).ok).toBe(false);
		expect(issues({ ...definition([section('a', [survey])]), audience: 'parents' })[0]).toMatch(
			/^audience/
		);
		expect(() => parseDefinition({})).toThrow(/Invalid questionnaire definition/);
	});
});
