// Chapter 12 building blocks: the chart of costs per year, the category × year table and the
// depreciation table, read from the pure CostPlan. Pure.
import { formatEuroRounded, type Cents } from '../costs/money';
import type { CostPlan } from '../costs/plan';
import { COST_CATEGORY_LABELS, type CostTotals } from '../costs/types';
import type { ChartModel } from '../evaluation/charts';
import { col, type Captions } from './blocks';
import type { Block, Cell } from './model';

const eur = formatEuroRounded;
export const ROUNDING =
	'Beträge brutto, auf volle Euro gerundet; Summen aus den ungerundeten Werten.';

export function yearsChart(plan: CostPlan): ChartModel {
	const labels = plan.years.map(String);
	const inv = plan.years.map((y) => (plan.byYear.get(y)?.investment ?? 0) / 100);
	const run = plan.years.map((y) => (plan.byYear.get(y)?.running ?? 0) / 100);
	const max = Math.max(1, ...inv.map((v, i) => v + run[i])) * 1.1;
	const text = labels
		.map((l, i) => `${l}: Investitionen ${eur(inv[i] * 100)}, laufende Kosten ${eur(run[i] * 100)}`)
		.join('; ');
	return {
		id: 'chart-kosten-jahre',
		type: 'stacked',
		title: 'Kosten je Planjahr',
		labels,
		series: [
			{ name: 'Investitionen', values: inv },
			{ name: 'laufende Kosten', values: run }
		],
		unit: '€',
		max,
		textAlternative: `Gestapeltes Balkendiagramm der Kosten je Planjahr. ${text}.`
	};
}

export function yearTable(plan: CostPlan, c: Captions): Block {
	const rows: Cell[][] = [...plan.categoryByYear.entries()]
		.filter(([cat]) => (plan.byCategory.get(cat)?.amount ?? 0) !== 0)
		.map(([cat, byYear]) => [
			COST_CATEGORY_LABELS[cat],
			...plan.years.map((y) => eur(byYear.get(y) ?? 0)),
			eur(plan.byCategory.get(cat)?.amount ?? 0)
		]);
	const line = (label: string, pick: (t: CostTotals) => Cents) => [
		label,
		...plan.years.map((y) => eur(pick(plan.byYear.get(y)!))),
		eur(pick(plan.total))
	];
	return c.table(
		'kosten-jahre',
		'Kosten je Kategorie und Planjahr',
		[
			col('Kategorie', 'left', 2),
			...plan.years.map((y) => col(String(y), 'right')),
			col('Summe', 'right', 1.15)
		],
		rows,
		{
			totals: [
				line('Summe', (t) => t.amount),
				line('davon Investitionen', (t) => t.investment),
				line('davon laufende Kosten', (t) => t.running),
				line('Fördermittel', (t) => t.funded),
				line('Eigenanteil', (t) => t.own)
			],
			source: `Projektion aller Kostenpositionen über die Planjahre, Ersatzbeschaffung nach Nutzungsdauer. ${ROUNDING}`
		}
	);
}

export function depreciationTable(plan: CostPlan, c: Captions): Block {
	const dep = plan.years.map((y) => plan.depreciationByYear.get(y) ?? 0);
	const run = plan.years.map((y) => plan.byYear.get(y)?.running ?? 0);
	const sum = (v: Cents[]) => v.reduce((a, b) => a + b, 0);
	const row = (label: string, v: Cents[]) => [label, ...v.map(eur), eur(sum(v))];
	const inv = plan.years.map((y) => plan.byYear.get(y)?.investment ?? 0);
	const expense = dep.map((d, i) => d + run[i]);
	return c.table(
		'afa',
		'Auszahlungen und jährlicher Aufwand (AfA)',
		[
			col('', 'left', 2),
			...plan.years.map((y) => col(String(y), 'right')),
			col('Summe', 'right', 1.15)
		],
		[
			row('Auszahlungen für Investitionen', inv),
			row('Abschreibung (AfA)', dep),
			row('laufende Kosten', run)
		],
		{
			totals: [row('Aufwand (AfA + laufende Kosten)', expense)],
			source: `AfA = Anschaffungskosten ÷ Nutzungsdauer, auch für vor dem Planzeitraum beschaffte Positionen. ${ROUNDING}`
		}
	);
}
