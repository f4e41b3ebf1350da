// Layout of a ChartModel as horizontal bars: wrapped labels, bar geometry, ticks and legend, in SVG
// user units (the SVG scales with its container). Pure and client-safe, so BarChart.svelte stays
// a plain drawing of this data.
import { levelName, type ChartModel } from '$lib/domain/evaluation/charts';
import { formatNumber } from '$lib/domain/evaluation/format';

export const WIDTH = 640;
const BAR_X = 262;
const BAR_W = 300;
const LINE_H = 15;
const TOP = 26;
const ROW_GAP = 10;
/** Fills with at least 3:1 contrast against white (WCAG 1.4.11), distinct in grey too. */
export const SERIES_FILLS = ['#1F3B57', '#2E6DA4', '#5B8E3E', '#A0522D', '#7B4B94', '#8A6D0B'];

export function wrap(label: string, width = 38, lines = 3): string[] {
	const out: string[] = [];
	let line = '';
	for (const word of label.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (next.length <= width) line = next;
		else {
			if (line) out.push(line);
			line = word.length > width ? `${word.slice(0, width - 1)}…` : word;
		}
	}
	if (line) out.push(line);
	if (out.length <= lines) return out;
	const kept = out.slice(0, lines);
	kept[lines - 1] = `${kept[lines - 1].replace(/\s*\S*$/, '')} …`;
	return kept;
}

export function valueText(chart: ChartModel, v: number | null): string {
	if (v === null) return 'k. A.';
	if (chart.unit === '%') return `${formatNumber(v, 1)} %`;
	if (chart.unit === 'Stufe') return `${formatNumber(v, 1)} (${levelName(v)})`;
	return `${formatNumber(v, 2)} ${chart.unit}`.trim();
}

export interface Segment {
	x: number;
	width: number;
	fill: string;
}

export interface Row {
	y: number;
	height: number;
	lines: string[];
	segments: Segment[];
	value: string;
	valueX: number;
}

export interface Tick {
	x: number;
	label: string;
}

export interface ChartLayout {
	height: number;
	rows: Row[];
	ticks: Tick[];
	legend: { x: number; y: number; fill: string; name: string }[];
	barX: number;
	barWidth: number;
	axisY: number;
}

function ticksOf(chart: ChartModel): { value: number; label: string }[] {
	if (chart.axisLabels) return chart.axisLabels.map((label, i) => ({ value: i + 1, label }));
	if (chart.unit === '%') return [0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v} %` }));
	return [0, chart.max / 2, chart.max].map((v) => ({ value: v, label: formatNumber(v, 1) }));
}

export function chartLayout(chart: ChartModel): ChartLayout {
	const x = (v: number) => BAR_X + (BAR_W * Math.min(Math.max(v, 0), chart.max)) / chart.max;
	const stacked = chart.type === 'stacked';
	let y = TOP;
	const rows: Row[] = chart.labels.map((label, i) => {
		const lines = wrap(label);
		const height = Math.max(lines.length * LINE_H, 18);
		const segments: Segment[] = [];
		let start = 0;
		const series = stacked ? chart.series : chart.series.slice(0, 1);
		series.forEach((s, si) => {
			const v = s.values[i] ?? 0;
			const from = stacked ? start : 0;
			segments.push({
				x: x(from),
				width: Math.max(x(from + v) - x(from), 0),
				fill: SERIES_FILLS[si % SERIES_FILLS.length]
			});
			start += v;
		});
		const total = stacked ? null : (chart.series[0]?.values[i] ?? null);
		const end = segments.length ? Math.max(...segments.map((s) => s.x + s.width)) : BAR_X;
		const row = {
			y,
			height,
			lines,
			segments,
			value: stacked ? '' : valueText(chart, total),
			valueX: end + 6
		};
		y += height + ROW_GAP;
		return row;
	});
	const legend = stacked
		? chart.series.map((s, i) => ({
				x: BAR_X + (i % 6) * 50,
				y: y + 4 + Math.floor(i / 6) * 18,
				fill: SERIES_FILLS[i % SERIES_FILLS.length],
				name: s.name
			}))
		: [];
	const height = y + (legend.length ? 24 + Math.floor((legend.length - 1) / 6) * 18 : 0);
	return {
		height,
		rows,
		ticks: ticksOf(chart).map((t) => ({ x: x(t.value), label: t.label })),
		legend,
		barX: BAR_X,
		barWidth: BAR_W,
		axisY: TOP - 8
	};
}
