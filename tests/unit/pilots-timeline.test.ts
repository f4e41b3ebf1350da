// Timeline model (bars, milestones, today marker, ticks, text summary) and the KPI chart model.
import { describe, expect, it } from 'vitest';
import { buildKpiChart, buildTimeline, type TimelineInput } from '../../src/lib/domain/pilots';

const TODAY = '2026-11-24';

const pilot = (
	id: string,
	startOn: string,
	endOn: string,
	milestones: TimelineInput['milestones'] = []
): TimelineInput => ({
	id,
	title: `Pilot ${id}`,
	startOn,
	endOn,
	status: 'laufend',
	light: 'im_plan',
	milestones
});

describe('buildTimeline', () => {
	it('spans all pilots and today on whole quarters, bars and today as positions 0..1', () => {
		const t = buildTimeline([pilot('a', '2026-02-10', '2027-03-31')], TODAY);
		expect(t.from).toBe('2026-01-01');
		expect(t.to).toBe('2027-04-01');
		expect(t.ticks.map((k) => k.label)).toEqual([
			'Q1 2026',
			'Q2 2026',
			'Q3 2026',
			'Q4 2026',
			'Q1 2027',
			'Q2 2027'
		]);
		const [row] = t.rows;
		expect(row.x1).toBeGreaterThan(0);
		expect(row.x2).toBeLessThan(1);
		expect(row.x1).toBeLessThan(t.today.x);
		expect(t.today.x).toBeLessThan(row.x2);
		expect(t.ticks[0].x).toBe(0);
		expect(t.ticks[t.ticks.length - 1].x).toBe(1);
	});

	it('switches to year ticks for long spans and includes today even when all pilots are past', () => {
		const t = buildTimeline([pilot('old', '2018-08-01', '2020-07-31')], TODAY);
		expect(t.from).toBe('2018-01-01');
		expect(t.to).toBe('2027-01-01');
		expect(t.ticks[0].label).toBe('2018');
		expect(t.today.x).toBeGreaterThan(t.rows[0].x2);
	});

	it('places milestones with their state and summarises each row in words', () => {
		const t = buildTimeline(
			[
				pilot('a', '2026-01-01', '2026-12-31', [
					{ title: 'Fortbildung', dueOn: '2026-12-15', doneOn: null },
					{ title: 'Geräte', dueOn: '2026-03-01', doneOn: '2026-02-20' },
					{ title: 'Zwischenbericht', dueOn: '2026-10-01', doneOn: null }
				])
			],
			TODAY
		);
		const row = t.rows[0];
		expect(row.milestones.map((m) => [m.title, m.state])).toEqual([
			['Geräte', 'erledigt'],
			['Zwischenbericht', 'ueberfaellig'],
			['Fortbildung', 'offen']
		]);
		expect(row.overdueCount).toBe(1);
		expect(row.next?.title).toBe('Zwischenbericht');
		expect(row.summary).toBe(
			'01.01.2026 bis 31.12.2026; 3 Meilensteine, davon 1 erledigt und 1 überfällig'
		);
		expect(row.milestones[0].x).toBeLessThan(row.milestones[1].x);
	});

	it('works without pilots (an axis around today)', () => {
		const t = buildTimeline([], TODAY);
		expect(t.rows).toEqual([]);
		expect(t.from).toBe('2026-10-01');
		expect(t.to).toBe('2027-01-01');
	});
});

describe('buildKpiChart', () => {
	it('scales measurements over time and value, with baseline and target lines', () => {
		const chart = buildKpiChart({
			baseline: 0,
			target: 10,
			unit: 'Std.',
			measurements: [
				{ id: 'b', kpiId: 'k', measuredOn: '2026-07-01', value: 6, note: null },
				{ id: 'a', kpiId: 'k', measuredOn: '2026-01-01', value: 2, note: null }
			]
		});
		expect(chart.points.map((p) => [p.measuredOn, p.x])).toEqual([
			['2026-01-01', 0],
			['2026-07-01', 1]
		]);
		expect(chart.baselineY).toBe(0);
		expect(chart.targetY).toBeGreaterThan(chart.points[1].y);
		expect(chart.targetY).toBeLessThan(1);
		expect(chart.yTicks.map((t) => t.label)).toEqual(['Ausgangswert 0 Std.', 'Ziel 10 Std.']);
	});

	it('centres a single measurement', () => {
		const chart = buildKpiChart({
			baseline: 5,
			target: 2,
			unit: 'Tage',
			measurements: [{ id: 'a', kpiId: 'k', measuredOn: '2026-01-01', value: 4, note: null }]
		});
		expect(chart.points[0].x).toBe(0.5);
		expect(chart.targetY).toBeLessThan(chart.baselineY);
	});
});
