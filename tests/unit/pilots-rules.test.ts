// Pilot status rules (issue 6, "Done when" 1): overdue milestones, KPI progress against the target,
// the status light suggestion with its reasons, and date helpers. "today" is always injected.
import { describe, expect, it } from 'vitest';
import {
	addMonths,
	daysOverdue,
	directionProblem,
	elapsedFraction,
	isHighRisk,
	isIsoDate,
	isMilestoneOverdue,
	kpiProgress,
	latestMeasurement,
	milestoneState,
	nextOpenMilestone,
	overdueMilestones,
	suggestLight,
	type Kpi,
	type LightInput,
	type Milestone
} from '../../src/lib/domain/pilots';

const TODAY = '2026-11-24';

function milestone(title: string, dueOn: string, doneOn: string | null = null): Milestone {
	return { id: title, pilotId: 'p', title, dueOn, doneOn, owner: null };
}

function kpi(over: Partial<Kpi> & { values?: [string, number][] } = {}): Kpi {
	const { values = [], ...rest } = over;
	return {
		id: 'k',
		pilotId: 'p',
		name: 'Unterrichtsstunden mit Tablets pro Woche',
		unit: 'Std.',
		baseline: 0,
		target: 10,
		direction: 'up',
		measurements: values.map(([measuredOn, value], i) => ({
			id: `m${i}`,
			kpiId: 'k',
			measuredOn,
			value,
			note: null
		})),
		...rest
	};
}

describe('milestones', () => {
	it('is overdue only when the due day has passed and it is not done', () => {
		expect(isMilestoneOverdue(milestone('a', '2026-11-23'), TODAY)).toBe(true);
		expect(isMilestoneOverdue(milestone('b', TODAY), TODAY)).toBe(false);
		expect(isMilestoneOverdue(milestone('c', '2026-11-25'), TODAY)).toBe(false);
		expect(isMilestoneOverdue(milestone('d', '2026-01-01', '2026-02-01'), TODAY)).toBe(false);
	});

	it('counts days overdue and names the state', () => {
		expect(daysOverdue(milestone('a', '2026-10-25'), TODAY)).toBe(30);
		expect(daysOverdue(milestone('b', '2026-12-01'), TODAY)).toBe(0);
		expect(milestoneState(milestone('a', '2026-10-25'), TODAY)).toBe('ueberfaellig');
		expect(milestoneState(milestone('a', '2026-10-25', '2026-10-20'), TODAY)).toBe('erledigt');
		expect(milestoneState(milestone('a', '2026-12-25'), TODAY)).toBe('offen');
	});

	it('lists overdue milestones longest overdue first and finds the next open one', () => {
		const list = [
			milestone('later', '2026-11-01'),
			milestone('done', '2026-09-01', '2026-09-01'),
			milestone('first', '2026-10-01'),
			milestone('future', '2027-01-01')
		];
		expect(overdueMilestones(list, TODAY).map((m) => m.title)).toEqual(['first', 'later']);
		expect(nextOpenMilestone(list)?.title).toBe('first');
		expect(nextOpenMilestone([milestone('x', '2026-01-01', '2026-01-01')])).toBeNull();
	});
});

describe('KPI progress against the target', () => {
	it('uses the latest measurement by date, not by entry order', () => {
		const k = kpi({
			values: [
				['2026-06-01', 8],
				['2026-03-01', 2]
			]
		});
		expect(latestMeasurement(k)?.value).toBe(8);
		expect(kpiProgress(k).percent).toBe(80);
	});

	it('measures the way from baseline to target going up', () => {
		const k = kpi({ baseline: 20, target: 60, values: [['2026-05-01', 30]] });
		expect(kpiProgress(k)).toMatchObject({ percent: 25, achieved: false });
		expect(
			kpiProgress({ ...k, measurements: [{ ...k.measurements[0], value: 65 }] })
		).toMatchObject({ percent: 112.5, achieved: true });
	});

	it('measures the way going down (e.g. days to fix a ticket)', () => {
		const k = kpi({ baseline: 10, target: 2, direction: 'down', values: [['2026-05-01', 6]] });
		expect(kpiProgress(k)).toMatchObject({ percent: 50, achieved: false });
		const worse = kpi({ baseline: 10, target: 2, direction: 'down', values: [['2026-05-01', 12]] });
		expect(kpiProgress(worse).percent).toBe(-25);
		const done = kpi({ baseline: 10, target: 2, direction: 'down', values: [['2026-05-01', 2]] });
		expect(kpiProgress(done)).toMatchObject({ percent: 100, achieved: true });
	});

	it('has no progress without measurements', () => {
		expect(kpiProgress(kpi())).toEqual({ latest: null, percent: null, achieved: false });
	});

	it('requires baseline and target to point the way of the direction', () => {
		expect(directionProblem(0, 10, 'up')).toBeNull();
		expect(directionProblem(10, 2, 'down')).toBeNull();
		expect(directionProblem(10, 10, 'up')).toMatch(/über dem Ausgangswert/);
		expect(directionProblem(2, 10, 'down')).toMatch(/unter dem Ausgangswert/);
	});
});

describe('status light suggestion', () => {
	// A two-year pilot, half over on TODAY.
	const running: LightInput['pilot'] = {
		status: 'laufend',
		startOn: '2025-11-24',
		endOn: '2027-11-24'
	};
	const input = (over: Partial<LightInput> = {}): LightInput => ({
		pilot: running,
		milestones: [],
		kpis: [],
		risks: [],
		...over
	});

	it('is "im Plan" with a reason when nothing stands out', () => {
		const s = suggestLight(input({ kpis: [kpi({ values: [['2026-11-01', 5]] })] }), TODAY);
		expect(s?.light).toBe('im_plan');
		expect(s?.reasons).toEqual([]);
		expect(s?.text).toMatch(/Keine überfälligen Meilensteine/);
	});

	it('warns about an overdue milestone and turns critical after 30 days', () => {
		const recent = suggestLight(
			input({ milestones: [milestone('Geräte ausgeliefert', '2026-11-10')] }),
			TODAY
		);
		expect(recent?.light).toBe('gefaehrdet');
		expect(recent?.text).toContain('„Geräte ausgeliefert“ ist seit 14 Tagen überfällig');
		const old = suggestLight(
			input({ milestones: [milestone('Fortbildung', '2026-10-01')] }),
			TODAY
		);
		expect(old?.light).toBe('kritisch');
	});

	it('compares KPI progress with the elapsed time', () => {
		// 50 % of the time passed: 30 % progress lags 20 points (fine), 20 % lags 30 (gefährdet),
		// 0 % lags 50 (still gefährdet), below 0 lags more than 50 (kritisch).
		const at = (v: number) =>
			suggestLight(input({ kpis: [kpi({ values: [['2026-11-01', v]] })] }), TODAY);
		expect(at(3)?.light).toBe('im_plan');
		expect(at(2)?.light).toBe('gefaehrdet');
		expect(at(2)?.text).toContain('20 % des Wegs zum Zielwert erreicht, aber 50 % der Laufzeit');
		expect(at(0)?.light).toBe('gefaehrdet');
		expect(at(-1)?.light).toBe('kritisch');
	});

	it('does not flag a KPI that already meets its target', () => {
		const s = suggestLight(
			input({ kpis: [kpi({ target: 10, values: [['2026-01-01', 10]] })] }),
			'2027-11-20'
		);
		expect(s?.light).toBe('im_plan');
	});

	it('flags a KPI without measurements after half the time', () => {
		expect(suggestLight(input({ kpis: [kpi()] }), '2026-11-20')?.light).toBe('im_plan');
		const late = suggestLight(input({ kpis: [kpi()] }), '2027-01-01');
		expect(late?.light).toBe('gefaehrdet');
		expect(late?.text).toContain('noch keine Messung');
	});

	it('weighs open high risks and ignores closed ones', () => {
		const risk = (
			likelihood: 1 | 2 | 3,
			impact: 1 | 2 | 3,
			status: 'offen' | 'eingetreten' | 'geschlossen' = 'offen'
		) => ({
			title: 'Lieferverzug',
			likelihood,
			impact,
			status
		});
		expect(isHighRisk(risk(2, 2))).toBe(false);
		expect(isHighRisk(risk(2, 3))).toBe(true);
		expect(isHighRisk(risk(3, 3, 'geschlossen'))).toBe(false);
		expect(suggestLight(input({ risks: [risk(2, 3)] }), TODAY)?.light).toBe('gefaehrdet');
		expect(suggestLight(input({ risks: [risk(3, 3, 'eingetreten')] }), TODAY)?.light).toBe(
			'kritisch'
		);
		expect(suggestLight(input({ risks: [risk(3, 3, 'geschlossen')] }), TODAY)?.light).toBe(
			'im_plan'
		);
	});

	it('takes the worst reason and lists all of them', () => {
		const s = suggestLight(
			input({
				milestones: [milestone('A', '2026-11-20')],
				risks: [{ title: 'R', likelihood: 3, impact: 3, status: 'offen' }]
			}),
			TODAY
		);
		expect(s?.light).toBe('kritisch');
		expect(s?.reasons).toHaveLength(2);
	});

	it('is critical when a running pilot passed its planned end', () => {
		const s = suggestLight(
			input({ pilot: { status: 'laufend', startOn: '2024-01-01', endOn: '2026-07-31' } }),
			TODAY
		);
		expect(s?.light).toBe('kritisch');
		expect(s?.text).toContain('Projektende ist überschritten');
	});

	it('warns when a planned pilot has not started on time, and ignores KPIs before the start', () => {
		const late = suggestLight(
			input({ pilot: { status: 'geplant', startOn: '2026-09-01', endOn: '2027-09-01' } }),
			TODAY
		);
		expect(late?.light).toBe('gefaehrdet');
		const planned = suggestLight(
			input({
				pilot: { status: 'geplant', startOn: '2027-01-01', endOn: '2028-01-01' },
				kpis: [kpi()]
			}),
			TODAY
		);
		expect(planned?.light).toBe('im_plan');
	});

	it('suggests nothing for finished pilots', () => {
		for (const status of ['abgeschlossen', 'abgebrochen'] as const) {
			expect(
				suggestLight(
					input({ pilot: { ...running, status }, milestones: [milestone('A', '2020-01-01')] }),
					TODAY
				)
			).toBeNull();
		}
	});
});

describe('dates', () => {
	it('computes the elapsed share of the duration, clamped', () => {
		expect(elapsedFraction('2026-01-01', '2026-01-11', '2026-01-06')).toBe(0.5);
		expect(elapsedFraction('2026-01-01', '2026-01-11', '2025-12-01')).toBe(0);
		expect(elapsedFraction('2026-01-01', '2026-01-11', '2027-01-01')).toBe(1);
	});

	it('accepts only real calendar days and adds months safely', () => {
		expect(isIsoDate('2026-02-28')).toBe(true);
		expect(isIsoDate('2026-02-30')).toBe(false);
		expect(isIsoDate('24.11.2026')).toBe(false);
		expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
		expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
		expect(addMonths('2026-03-15', -4)).toBe('2025-11-15');
	});
});
