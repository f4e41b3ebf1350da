import { describe, expect, it } from 'vitest';
import {
	isSectionComplete,
	questionnaireProgress,
	sectionProgress
} from '../../src/lib/domain/questionnaire/progress';
import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';

const def: Pick<QuestionnaireDefinition, 'sections'> = {
	sections: [
		{
			key: 'wlan',
			code: 'C',
			title: 'WLAN',
			questions: [
				{ key: 'wlan.coverage', type: 'percent', label: 'Abdeckung', requirement: 'required' },
				{ key: 'wlan.survey', type: 'boolean', label: 'Ausleuchtung', requirement: 'required' },
				{
					key: 'wlan.survey_year',
					type: 'year',
					label: 'Jahr der Ausleuchtung',
					requirement: 'required',
					showIf: { key: 'wlan.survey', op: 'eq', value: true }
				},
				{
					key: 'wlan.aps',
					type: 'integer',
					label: 'Access Points',
					unit: 'AP',
					requirement: 'soft'
				},
				{ key: 'wlan.note', type: 'text', label: 'Notiz', requirement: 'optional' }
			]
		},
		{
			key: 'support',
			code: 'G',
			title: 'Support',
			questions: [
				{
					key: 'support.hours',
					type: 'decimal',
					label: 'Stunden',
					unit: 'h',
					requirement: 'required',
					showIf: { key: 'wlan.survey', op: 'eq', value: true }
				}
			]
		}
	]
};

describe('progress', () => {
	it('counts nothing answered: hidden questions are neither visible nor missing', () => {
		const p = questionnaireProgress(def, {});
		expect(p.sections[0]).toMatchObject({ visible: 4, answered: 0, required: 2, percent: 0 });
		expect(p.sections[1]).toMatchObject({ visible: 0, required: 0, percent: 100, complete: true });
		expect(p.missingRequired.map((m) => m.questionKey)).toEqual(['wlan.coverage', 'wlan.survey']);
		expect(p.missingSoft).toEqual([
			{
				sectionKey: 'wlan',
				sectionCode: 'C',
				sectionTitle: 'WLAN',
				questionKey: 'wlan.aps',
				label: 'Access Points'
			}
		]);
		expect(p.complete).toBe(false);
	});

	it('a show-if that becomes true adds required questions, across sections too', () => {
		const p = questionnaireProgress(def, { 'wlan.coverage': 90, 'wlan.survey': true });
		expect(p.sections[0]).toMatchObject({
			visible: 5,
			answered: 2,
			required: 3,
			requiredAnswered: 2
		});
		expect(p.sections[0].percent).toBe(40);
		expect(p.missingRequired.map((m) => m.questionKey)).toEqual([
			'wlan.survey_year',
			'support.hours'
		]);
		expect(isSectionComplete(def, 'wlan', { 'wlan.coverage': 90, 'wlan.survey': true })).toBe(
			false
		);
		expect(isSectionComplete(def, 'support', { 'wlan.survey': true })).toBe(false);
	});

	it('answers of hidden questions do not count as answered', () => {
		const answers = {
			'wlan.coverage': 90,
			'wlan.survey': false,
			'wlan.survey_year': 2019,
			'support.hours': 2
		};
		const p = questionnaireProgress(def, answers);
		expect(p.sections[0]).toMatchObject({ visible: 4, answered: 2, complete: true });
		expect(p.sections[1]).toMatchObject({ visible: 0, answered: 0, complete: true });
		expect(p.answered).toBe(2);
		expect(p.visible).toBe(4);
		expect(p.percent).toBe(50);
		expect(p.complete).toBe(true);
	});

	it('soft-missing questions warn but do not block completion; percent reaches 100 only when all are answered', () => {
		const answers = {
			'wlan.coverage': 100,
			'wlan.survey': true,
			'wlan.survey_year': 2024,
			'support.hours': 1.5
		};
		const p = questionnaireProgress(def, answers);
		expect(p.complete).toBe(true);
		expect(p.missingSoft.map((m) => m.questionKey)).toEqual(['wlan.aps']);
		expect(p.percent).toBe(66);
		const all = questionnaireProgress(def, { ...answers, 'wlan.aps': 12, 'wlan.note': 'ok' });
		expect(all.percent).toBe(100);
		expect(all.required).toBe(all.requiredAnswered);
	});

	it('sectionProgress returns one section and rejects unknown keys', () => {
		expect(sectionProgress(def, 'support', { 'wlan.survey': true })).toMatchObject({
			key: 'support',
			code: 'G',
			visible: 1,
			missingRequired: [
				expect.objectContaining({ questionKey: 'support.hours', sectionTitle: 'Support' })
			]
		});
		expect(() => sectionProgress(def, 'nope', {})).toThrow(/Unknown section/);
	});
});
