import { describe, expect, it } from 'vitest';
import { teacherQuestionnaire } from '../../db/questionnaires/teacher';
import type { Answers } from '../../src/lib/domain/questionnaire/types';
import {
	aggregateSurvey,
	shownAggregate,
	type DistributionAggregate,
	type LevelAggregate,
	type RankingAggregate
} from '../../src/lib/domain/survey';

const data: Answers[] = [
	{
		'use.equipment_fit': 5,
		'use.obstacles': { selected: ['zeit', 'wlan'] },
		'digcompedu.teaching': 'B1',
		'training.multiplier': true
	},
	{
		'use.equipment_fit': 4,
		'use.obstacles': { selected: ['zeit'] },
		'digcompedu.teaching': 'B2',
		'training.multiplier': false
	},
	{
		'use.equipment_fit': 'keine_angabe',
		'use.obstacles': { selected: ['geraete', 'zeit'] },
		'digcompedu.teaching': 'keine_angabe',
		'training.multiplier': true
	},
	{ 'use.equipment_fit': 2, 'use.obstacles': { selected: ['wlan'] }, 'digcompedu.teaching': 'A2' },
	{
		'use.equipment_fit': 3,
		'use.obstacles': { selected: ['zeit'] },
		'digcompedu.teaching': 'C1',
		'training.multiplier': true
	},
	{
		'use.equipment_fit': 1,
		'use.obstacles': { selected: ['support'] },
		'digcompedu.teaching': 'B1',
		'training.multiplier': false
	}
];

describe('teacher answer aggregates', () => {
	const results = aggregateSurvey(teacherQuestionnaire, data);

	it('likert: distribution over 1–5 plus "keine Angabe", which stays out of the mean', () => {
		const a = shownAggregate(results, 'use.equipment_fit') as DistributionAggregate;
		expect(a.base).toBe(6);
		expect(a.noAnswer).toBe(1);
		expect(a.mean).toBe(3); // (5+4+2+3+1)/5
		expect(a.items.map((i) => i.count)).toEqual([1, 1, 1, 1, 1, 1]);
		expect(a.items.at(-1)).toMatchObject({ value: 'keine_angabe', share: 16.7 });
	});

	it('multi: options ranked by count, share of respondents', () => {
		const a = shownAggregate(results, 'use.obstacles') as RankingAggregate;
		expect(a.items.slice(0, 2).map((i) => [i.value, i.count, i.share])).toEqual([
			['zeit', 4, 66.7],
			['wlan', 2, 33.3]
		]);
		expect(a.items.at(-1)?.count).toBe(0);
	});

	it('DigCompEdu: level counts and mean level without "keine Angabe"', () => {
		const a = shownAggregate(results, 'digcompedu.teaching') as LevelAggregate;
		expect(a.kind).toBe('levels');
		expect(a.mean).toBe(3.4); // B1 3, B2 4, A2 2, C1 5, B1 3 → 17/5
		expect(a.items.find((i) => i.value === 'B1')?.count).toBe(2);
		expect(a.noAnswer).toBe(1);
	});

	it('boolean: ja/nein distribution; a question with fewer than 5 answers stays hidden', () => {
		const a = shownAggregate(results, 'training.multiplier') as DistributionAggregate;
		expect(a.items.map((i) => [i.label, i.count])).toEqual([
			['Ja', 3],
			['Nein', 2]
		]);
		expect(shownAggregate(results, 'training.hours_12m')).toBeUndefined();
	});
});
