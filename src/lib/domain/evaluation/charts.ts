// Charts as data (design.md): a ChartModel says what to draw, the SVG component in the browser and
// pdfmake later draw it the same way. Every model carries a German text alternative. Pure.
import { DIGCOMPEDU_LEVELS, NO_ANSWER } from '../questionnaire/types';
import type { DistributionAggregate, LevelAggregate, RankingAggregate } from '../survey/aggregate';
import { formatNumber } from './format';

/** bar: one value per label; stacked: several series summed per label; radar-as-bars: a profile on a level axis. */
export type ChartType = 'bar' | 'stacked' | 'radar-as-bars';

export interface ChartSeries {
	name: string;
	values: (number | null)[];
}

export interface ChartModel {
	/** stable, usable in HTML ids */
	id: string;
	type: ChartType;
	title: string;
	labels: string[];
	series: ChartSeries[];
	/** unit of the values, e.g. '%', 'Stufe' */
	unit: string;
	/** axis maximum */
	max: number;
	/** tick labels from 1 to max (e.g. A1 … C2); default: numbers */
	axisLabels?: string[];
	/** the whole chart as one German sentence (screen readers, PDF alt text) */
	textAlternative: string;
	/** e.g. "n = 14 Antworten" */
	note?: string;
}

export function chartId(key: string): string {
	return `chart-${key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

const pct = (v: number | null) => (v === null ? 'keine Angabe' : `${formatNumber(v, 1)} %`);

function listText(
	labels: string[],
	values: (number | null)[],
	show: (v: number | null) => string
): string {
	return labels.map((l, i) => `${l}: ${show(values[i])}`).join('; ');
}

/** Single choice, yes/no, likert: share of each answer in percent. */
export function distributionChart(a: DistributionAggregate): ChartModel {
	const items = a.items.filter((i) => i.value !== NO_ANSWER || i.count > 0);
	const labels = items.map((i) => i.label);
	const values = items.map((i) => i.share);
	const mean =
		a.mean === null ? '' : ` Mittelwert ${formatNumber(a.mean, 1)} von 5 (ohne „keine Angabe“).`;
	return {
		id: chartId(a.key),
		type: 'bar',
		title: a.label,
		labels,
		series: [{ name: 'Anteil der Antworten', values }],
		unit: '%',
		max: 100,
		textAlternative: `Balkendiagramm „${a.label}“, ${a.base} Antworten. ${listText(labels, values, pct)}.${mean}`,
		note: `n = ${a.base} Antworten`
	};
}

/** Multiple choice: options ranked by the share of respondents who chose them. */
export function rankingChart(a: RankingAggregate, limit = 10): ChartModel {
	const items = a.items.slice(0, limit);
	const labels = items.map((i) => i.label);
	const values = items.map((i) => i.share);
	return {
		id: chartId(a.key),
		type: 'bar',
		title: a.label,
		labels,
		series: [{ name: 'Anteil der Befragten, die dies gewählt haben', values }],
		unit: '%',
		max: 100,
		textAlternative: `Balkendiagramm „${a.label}“, nach Häufigkeit geordnet, ${a.base} Antworten (Mehrfachnennung möglich). ${listText(labels, values, pct)}.`,
		note: `n = ${a.base} Antworten, Mehrfachnennung möglich`
	};
}

/** "Berufliches Engagement: digitale …" → "Berufliches Engagement". */
export function shortLabel(label: string): string {
	const i = label.indexOf(':');
	return i > 0 ? label.slice(0, i) : label;
}

/** The level a mean stands for ("B1"), by rounding to the nearest step. */
export function levelName(mean: number | null): string {
	if (mean === null) return 'keine Angabe';
	const index = Math.min(Math.max(Math.round(mean), 1), DIGCOMPEDU_LEVELS.length) - 1;
	return DIGCOMPEDU_LEVELS[index];
}

/** DigCompEdu profile: mean self-rated level per area (A1 = 1 … C2 = 6), drawn as bars on a level axis. */
export function digCompEduProfileChart(
	areas: LevelAggregate[],
	id = 'digcompedu-profil'
): ChartModel {
	const labels = areas.map((a) => shortLabel(a.label));
	const values = areas.map((a) => a.mean);
	const show = (v: number | null) =>
		v === null ? 'keine Angabe' : `${formatNumber(v, 1)} (${levelName(v)})`;
	const n = Math.max(0, ...areas.map((a) => a.base));
	return {
		id: chartId(id),
		type: 'radar-as-bars',
		title: 'DigCompEdu-Profil: mittlere Selbsteinschätzung je Bereich',
		labels,
		series: [{ name: 'Mittlere Stufe (A1 = 1 bis C2 = 6)', values }],
		unit: 'Stufe',
		max: DIGCOMPEDU_LEVELS.length,
		axisLabels: [...DIGCOMPEDU_LEVELS],
		textAlternative: `Profil der Selbsteinschätzung nach DigCompEdu, bis zu ${n} Antworten je Bereich, Stufen A1 (1) bis C2 (6). ${listText(labels, values, show)}.`,
		note: `bis zu ${n} Antworten je Bereich; „keine Angabe“ nicht im Mittelwert`
	};
}

/** DigCompEdu levels per area as stacked shares (A1 … C2), for the distribution behind the profile. */
export function digCompEduLevelsChart(
	areas: LevelAggregate[],
	id = 'digcompedu-stufen'
): ChartModel {
	const labels = areas.map((a) => shortLabel(a.label));
	const series = DIGCOMPEDU_LEVELS.map((level) => ({
		name: level,
		values: areas.map((a) => {
			const rated = a.base - a.noAnswer;
			const count = a.items.find((i) => i.value === level)?.count ?? 0;
			return rated > 0 ? Math.round((count / rated) * 1000) / 10 : null;
		})
	}));
	const text = labels
		.map((l, i) => `${l}: ${series.map((s) => `${s.name} ${pct(s.values[i])}`).join(', ')}`)
		.join('; ');
	return {
		id: chartId(id),
		type: 'stacked',
		title: 'DigCompEdu: Verteilung der Stufen je Bereich',
		labels,
		series,
		unit: '%',
		max: 100,
		textAlternative: `Gestapeltes Balkendiagramm der Selbsteinschätzung je Bereich, Anteile ohne „keine Angabe“. ${text}.`
	};
}

/** One figure per school side by side (e.g. bandwidth per class), with the guide value in the text. */
export function comparisonChart(input: {
	id: string;
	title: string;
	unit: string;
	labels: string[];
	values: (number | null)[];
	guideText?: string;
}): ChartModel {
	const known = input.values.filter((v): v is number => v !== null);
	const max = Math.max(1, ...known) * 1.1;
	const show = (v: number | null) =>
		v === null ? 'keine Angabe' : `${formatNumber(v, 2)} ${input.unit}`;
	return {
		id: chartId(input.id),
		type: 'bar',
		title: input.title,
		labels: input.labels,
		series: [{ name: input.title, values: input.values }],
		unit: input.unit,
		max,
		textAlternative: `Balkendiagramm „${input.title}“ je Schule. ${listText(input.labels, input.values, show)}.${input.guideText ? ` Orientierungswert: ${input.guideText}.` : ''}`
	};
}
