import { describe, expect, it } from 'vitest';
import { teacherQuestionnaire } from '../../db/questionnaires/teacher';
import type { Answers } from '../../src/lib/domain/questionnaire/types';
import {
	aggregateSurvey,
	breakdown,
	FREE_TEXT_SUPPRESSED_MESSAGE,
	partitionIndexesToHide,
	poolShownGroups,
	suppress,
	SUPPRESSED_MESSAGE
} from '../../src/lib/domain/survey';

const response = (i: number): Answers => ({
	'use.frequency': i % 2 === 0 ? 'taeglich' : 'woechentlich',
	'use.equipment_fit': ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5,
	'use.wish': `Wunsch ${i}`
});
const responses = (n: number) => Array.from({ length: n }, (_, i) => response(i));

describe('suppress(group)', () => {
	it('hides a group of 4 and shows a group of 5', () => {
		expect(suppress({ n: 4, value: 'x' })).toEqual({
			shown: false,
			n: null,
			reason: SUPPRESSED_MESSAGE
		});
		expect(suppress({ n: 5, value: 'x' })).toEqual({ shown: true, n: 5, value: 'x' });
	});

	it('hides free text below 10 and shows it from 10', () => {
		expect(suppress({ n: 9, value: 'x' }, 'freeText').shown).toBe(false);
		expect(suppress({ n: 10, value: 'x' }, 'freeText').shown).toBe(true);
	});

	it('does not compute the value of a hidden group', () => {
		let computed = false;
		suppress({ n: 3, value: () => (computed = true) });
		expect(computed).toBe(false);
	});
});

describe('aggregateSurvey under the threshold rule', () => {
	it('4 responses show nothing at all', () => {
		const r = aggregateSurvey(teacherQuestionnaire, responses(4), { includeFreeText: true });
		expect(r.overall.shown).toBe(false);
		expect(r.questions).toEqual([]);
		expect(r.freeText?.shown).toBe(false);
		expect(JSON.stringify(r)).not.toContain('taeglich');
	});

	it('5 responses show the aggregates', () => {
		const r = aggregateSurvey(teacherQuestionnaire, responses(5));
		expect(r.overall.shown).toBe(true);
		const freq = r.questions.find((q) => q.key === 'use.frequency');
		expect(
			freq?.result.shown &&
				freq.result.value.kind === 'distribution' &&
				freq.result.value.items.find((i) => i.value === 'taeglich')?.count
		).toBe(3);
	});

	it('a question answered by fewer than 5 is hidden even when the survey is shown', () => {
		const r = aggregateSurvey(teacherQuestionnaire, responses(6));
		const dce = r.questions.find((q) => q.key === 'digcompedu.teaching');
		expect(dce?.result).toEqual({ shown: false, n: null, reason: SUPPRESSED_MESSAGE });
	});

	it('free text: 9 hidden, 10 shown, and only when asked for', () => {
		const nine = aggregateSurvey(teacherQuestionnaire, responses(9), { includeFreeText: true });
		expect(nine.freeText).toEqual({ shown: false, n: null, reason: FREE_TEXT_SUPPRESSED_MESSAGE });
		const ten = aggregateSurvey(teacherQuestionnaire, responses(10), { includeFreeText: true });
		expect(ten.freeText?.shown && ten.freeText.value[0].texts).toHaveLength(10);
		expect(aggregateSurvey(teacherQuestionnaire, responses(10)).freeText).toBeNull();
	});

	it('free texts are sorted, not in submission order', () => {
		const list = [
			'Zebra',
			'Apfel',
			'Mitte',
			'Birne',
			'Kiwi',
			'Ende',
			'Dach',
			'Ofen',
			'Haus',
			'Igel'
		];
		const r = aggregateSurvey(
			teacherQuestionnaire,
			list.map((w) => ({ 'use.wish': w })),
			{ includeFreeText: true }
		);
		expect(r.freeText?.shown && r.freeText.value[0].texts).toEqual(
			[...list].sort((a, b) => a.localeCompare(b, 'de'))
		);
	});
});

describe('breakdowns under the same rule', () => {
	const frequency = teacherQuestionnaire.sections[0].questions.find(
		(q) => q.key === 'use.frequency'
	)!;
	const subjects = teacherQuestionnaire.sections[0].questions.find(
		(q) => q.key === 'use.subject_groups'
	)!;

	it('a group of 4 is hidden, a group of 5 is shown', () => {
		const data: Answers[] = [
			...Array.from({ length: 5 }, () => ({ 'use.subject_groups': { selected: ['mint'] } })),
			...Array.from({ length: 4 }, () => ({ 'use.subject_groups': { selected: ['sprachen'] } }))
		];
		const groups = breakdown(subjects, data, (g) => g.length);
		expect(groups.find((g) => g.value === 'mint')?.result).toEqual({ shown: true, n: 5, value: 5 });
		expect(groups.find((g) => g.value === 'sprachen')?.result).toEqual({
			shown: false,
			n: null,
			reason: SUPPRESSED_MESSAGE
		});
	});

	it('a partition with one hidden group also hides the smallest shown group', () => {
		const data: Answers[] = [
			...Array.from({ length: 8 }, () => ({ 'use.frequency': 'taeglich' })),
			...Array.from({ length: 6 }, () => ({ 'use.frequency': 'woechentlich' })),
			...Array.from({ length: 2 }, () => ({ 'use.frequency': 'nie' }))
		];
		const groups = breakdown(frequency, data, (g) => g.length);
		const byValue = Object.fromEntries(groups.map((g) => [g.value, g.result.shown]));
		expect(byValue).toMatchObject({ taeglich: true, woechentlich: false, nie: false });
	});

	it('partitionIndexesToHide leaves complete partitions alone', () => {
		expect([...partitionIndexesToHide([5, 6, 0])]).toEqual([]);
		expect([...partitionIndexesToHide([3, 4, 9])].sort()).toEqual([0, 1]);
	});
});

describe('pooling schools', () => {
	it('leaves out schools below 5 so the pool cannot reveal them', () => {
		const pooled = poolShownGroups([responses(14), responses(3), []]);
		expect(pooled.responses).toHaveLength(14);
		expect(pooled.schoolsIncluded).toBe(1);
		expect(pooled.schoolsLeftOut).toBe(1);
	});
});
