// Chart model of one KPI: measurements over time against baseline and target, as positions 0..1
// (x: time, y: value, 0 = bottom). The Svelte chart and the PDF draw this; nothing computes there.
import { dayNumber } from './dates';
import { formatWithUnit } from './format';
import { sortMeasurements } from './kpis';
import type { IsoDate, Kpi } from './types';

export interface KpiChartPoint {
	measuredOn: IsoDate;
	value: number;
	x: number;
	y: number;
}

export interface KpiChartModel {
	points: KpiChartPoint[];
	baselineY: number;
	targetY: number;
	min: number;
	max: number;
	/** Value axis labels (min, baseline, target, max as needed), bottom to top. */
	yTicks: { y: number; label: string }[];
	/** First and last measurement dates for the time axis. */
	firstOn: IsoDate | null;
	lastOn: IsoDate | null;
}

export function buildKpiChart(
	kpi: Pick<Kpi, 'baseline' | 'target' | 'unit' | 'measurements'>
): KpiChartModel {
	const measurements = sortMeasurements(kpi.measurements);
	const values = [kpi.baseline, kpi.target, ...measurements.map((m) => m.value)];
	let min = Math.min(...values);
	let max = Math.max(...values);
	if (min === max) {
		min -= 1;
		max += 1;
	}
	const pad = (max - min) * 0.1;
	min = min >= 0 && min - pad < 0 ? 0 : min - pad;
	max += pad;
	const y = (v: number) => (v - min) / (max - min);

	const firstOn = measurements[0]?.measuredOn ?? null;
	const lastOn = measurements[measurements.length - 1]?.measuredOn ?? null;
	const first = firstOn ? dayNumber(firstOn) : 0;
	const span = firstOn && lastOn ? dayNumber(lastOn) - first : 0;
	const points = measurements.map((m) => ({
		measuredOn: m.measuredOn,
		value: m.value,
		x: span === 0 ? 0.5 : (dayNumber(m.measuredOn) - first) / span,
		y: y(m.value)
	}));
	const yTicks = [
		{ y: y(kpi.baseline), label: `Ausgangswert ${formatWithUnit(kpi.baseline, kpi.unit)}` },
		{ y: y(kpi.target), label: `Ziel ${formatWithUnit(kpi.target, kpi.unit)}` }
	].sort((a, b) => a.y - b.y);
	return {
		points,
		baselineY: y(kpi.baseline),
		targetY: y(kpi.target),
		min,
		max,
		yTicks,
		firstOn,
		lastOn
	};
}
