import { describe, expect, it } from 'vitest';
import {
	comparisonChart,
	computeIndicators,
	digCompEduLevelsChart,
	digCompEduProfileChart,
	distributionChart,
	GAP_TOPICS,
	levelName,
	rankingChart,
	roleGap,
	roleGaps,
	rollupOperator,
	type SchoolEvaluationInput
} from '../../src/lib/domain/evaluation';
import { teacherQuestionnaire } from '../../db/questionnaires/teacher';
import type { Answers } from '../../src/lib/domain/questionnaire/types';
import {
	aggregateSurvey,
	shownAggregate,
	type DistributionAggregate,
	type LevelAggregate,
	type RankingAggregate
} from '../../src/lib/domain/survey';

const topic = (key: string) => GAP_TOPICS.find((t) => t.key === key)!;
const teachers = (values: unknown[], key: string): Answers[] =>
	values.map((v) => ({ [key]: v }) as Answers);

describe('role gaps', () => {
	it('flags a difference of one scale point or more', () => {
		const gap = roleGap(
			topic('support'),
			{ 'support.satisfaction': 5 },
			teachers([4, 4, 4, 4, 4], 'use.support_fit')
		);
		expect(gap).toMatchObject({
			shown: true,
			roleValue: 5,
			teacherValue: 4,
			difference: 1,
			flagged: true
		});
		expect(gap.text).toMatch(/IT-Betreuung.*günstiger/);
	});

	it('does not flag a smaller difference', () => {
		const gap = roleGap(
			topic('support'),
			{ 'support.satisfaction': 4 },
			teachers([4, 4, 3, 4, 4], 'use.support_fit')
		);
		expect(gap).toMatchObject({ difference: 0.2, flagged: false });
	});

	it('is not shown with fewer than 5 teacher ratings ("keine Angabe" does not count)', () => {
		const gap = roleGap(
			topic('support'),
			{ 'support.satisfaction': 1 },
			teachers([5, 5, 5, 5, 'keine_angabe'], 'use.support_fit')
		);
		expect(gap).toMatchObject({ shown: false, teacherValue: null, flagged: false });
	});

	it('maps the teachers’ frequency of use onto 1–5 for the school lead’s rating', () => {
		const gap = roleGap(
			topic('media_use'),
			{ 'pedagogy.regular_use': 5 },
			teachers(['nie', 'selten', 'monatlich', 'selten', 'nie'], 'use.frequency')
		);
		expect(gap).toMatchObject({ teacherValue: 1.8, difference: 3.2, flagged: true });
		expect(gap.text).toMatch(/Schulleitung/);
	});

	it('compares shares in percentage points (threshold 20)', () => {
		const gap = roleGap(
			topic('training_participation'),
			{ 'training.share_trained': 80 },
			teachers(['h0', 'h0', 'h1_4', 'h5_8', 'h0'], 'training.hours_12m')
		);
		expect(gap).toMatchObject({
			teacherValue: 40,
			difference: 40,
			flagged: true,
			unit: 'Prozentpunkte'
		});
	});

	it('roleGaps covers every topic', () => {
		expect(roleGaps({ schoolLead: {}, itStaff: {}, teachers: [] }).map((g) => g.key)).toEqual(
			GAP_TOPICS.map((t) => t.key)
		);
	});
});

function school(
	id: string,
	pupils: number,
	classes: number,
	it: Record<string, unknown>,
	lead: Record<string, unknown> = {}
): SchoolEvaluationInput {
	return {
		school: { id, name: id, schoolType: 'OS', pupils, classes, teachers: 20 },
		schoolLead: lead as Answers,
		itStaff: it as Answers,
		referenceYear: 2026
	};
}

describe('roll-up per Schulträger', () => {
	const a = school(
		'a',
		100,
		4,
		{
			'devices.student_devices': { tablet: { apple: 100 } },
			'connectivity.down_mbit': 400,
			'devices.mdm': true,
			'wlan.coverage_percent': 100
		},
		{ 'rooms.classrooms': 10 }
	);
	const b = school(
		'b',
		300,
		16,
		{
			'devices.student_devices': { tablet: { apple: 60 } },
			'connectivity.down_mbit': 400,
			'devices.mdm': false,
			'wlan.coverage_percent': 50
		},
		{ 'rooms.classrooms': 30 }
	);
	const c = school('c', 200, 10, {});
	const rollup = rollupOperator([a, b, c]);
	const ind = (key: string) => rollup.indicators.find((i) => i.key === key)!;

	it('sums the schools', () => {
		expect(rollup.totals).toMatchObject({
			schools: 3,
			pupils: 600,
			classes: 30,
			pupilDevices: 160
		});
	});

	it('weighted means are ratios of sums over schools that have the figures', () => {
		expect(ind('devicesPerPupil')).toMatchObject({ value: 0.4, schoolsIncluded: 2 }); // 160 / 400
		expect(ind('bandwidthPerClass')).toMatchObject({ value: 40, schoolsIncluded: 2 }); // 800 / 20
		expect(ind('wlanCoverage').value).toBe(63); // (100*10 + 50*30) / 40 = 62.5
	});

	it('yes/no indicators as share of schools, and light counts per indicator', () => {
		expect(ind('mdmInUse')).toMatchObject({ value: 50, unit: '% der Schulen' });
		expect(ind('mdmInUse').lights).toEqual({ gruen: 1, gelb: 0, rot: 1, grau: 1 });
	});

	it('uses precomputed indicators when given', () => {
		expect(rollupOperator([a], [computeIndicators(a)]).indicators).toHaveLength(12);
	});
});

describe('chart models', () => {
	const data: Answers[] = Array.from({ length: 6 }, (_, i) => ({
		'use.frequency': i < 4 ? 'taeglich' : 'nie',
		'use.obstacles': { selected: i < 3 ? ['zeit'] : ['wlan', 'zeit'] },
		'digcompedu.engagement': i < 3 ? 'B1' : 'C1',
		'digcompedu.resources': 'A2'
	}));
	const results = aggregateSurvey(teacherQuestionnaire, data);

	it('distribution: shares in percent with a text alternative naming every bar', () => {
		const chart = distributionChart(
			shownAggregate(results, 'use.frequency') as DistributionAggregate
		);
		expect(chart).toMatchObject({ type: 'bar', unit: '%', max: 100, id: 'chart-use-frequency' });
		expect(chart.labels).toHaveLength(5);
		expect(chart.series[0].values).toEqual([33.3, 0, 0, 0, 66.7]);
		expect(chart.textAlternative).toContain('täglich: 66,7 %');
		expect(chart.textAlternative).toContain('6 Antworten');
	});

	it('ranking keeps the ranked order', () => {
		const chart = rankingChart(shownAggregate(results, 'use.obstacles') as RankingAggregate);
		expect(chart.series[0].values.slice(0, 2)).toEqual([100, 50]);
	});

	it('DigCompEdu profile on a 1–6 level axis', () => {
		const areas = ['digcompedu.engagement', 'digcompedu.resources'].map(
			(k) => shownAggregate(results, k) as LevelAggregate
		);
		const chart = digCompEduProfileChart(areas);
		expect(chart).toMatchObject({
			type: 'radar-as-bars',
			max: 6,
			axisLabels: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2']
		});
		expect(chart.labels).toEqual(['Berufliches Engagement', 'Digitale Ressourcen']);
		expect(chart.series[0].values).toEqual([4, 2]);
		expect(chart.textAlternative).toContain('Berufliches Engagement: 4 (B2)');
		const stacked = digCompEduLevelsChart(areas);
		expect(stacked.series.find((s) => s.name === 'B1')?.values).toEqual([50, 0]);
		expect(levelName(2.6)).toBe('B1');
	});

	it('comparison chart mentions missing values and the guide value', () => {
		const chart = comparisonChart({
			id: 'bw',
			title: 'Bandbreite je Klasse',
			unit: 'Mbit/s',
			labels: ['A', 'B'],
			values: [100, null],
			guideText: 'mindestens 100'
		});
		expect(chart.textAlternative).toContain('B: keine Angabe');
		expect(chart.textAlternative).toContain('Orientierungswert');
	});
});
