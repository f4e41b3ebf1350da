// Chapters 1–4: summary with key figures and the traffic-light overview, basis, schools, media
// competence. Pure.
import { formatEuroRounded } from '../costs/money';
import { ownSharePercent } from '../costs/totals';
import { formatNumber } from '../evaluation/format';
import { SCHOOL_TYPE_LABELS, isPrimarySchool } from '../roles';
import { callout, col, keyFigures, lightCell, list, p, type Captions } from './blocks';
import type { ConceptInput, ConceptSchool } from './input';
import type { Block, Cell } from './model';

export const n0 = (v: number | null | undefined) => formatNumber(v ?? null, 0);

export function schoolTypeLabel(s: ConceptSchool): string {
	return s.facts.type ? SCHOOL_TYPE_LABELS[s.facts.type] : '–';
}

function perPupilLight(percent: number | null) {
	if (percent === null) return 'grau' as const;
	return percent >= 100 ? ('gruen' as const) : percent >= 75 ? ('gelb' as const) : ('rot' as const);
}

export function summary(input: ConceptInput, c: Captions): Block[] {
	const plan = input.costPlan;
	const schools = input.schools;
	const primary = schools.filter((s) => s.facts.type && isPrimarySchool(s.facts.type)).length;
	const active = input.measures.filter((m) => m.status !== 'rejected');
	const operatorRow = plan.perPupil[plan.perPupil.length - 1];
	const pupils = schools.reduce((sum, s) => sum + (s.facts.pupils ?? 0), 0);
	const blocks: Block[] = [
		keyFigures([
			{
				label: 'Schulen',
				value: n0(schools.length),
				detail: schoolMix(primary, schools.length - primary)
			},
			{
				label: 'Schülerinnen und Schüler',
				value: n0(pupils),
				source: 'Summe der Stammdaten bzw. Angaben der Schulleitungen'
			},
			{
				label: 'Maßnahmen',
				value: n0(active.length),
				detail: `davon ${active.filter((m) => m.priority === 'high').length} mit hoher Priorität`
			},
			{
				label: `Gesamtkosten ${input.costPlan.years[0]}–${input.costPlan.years[input.costPlan.years.length - 1]}`,
				value: formatEuroRounded(plan.total.amount),
				detail: `Investitionen ${formatEuroRounded(plan.total.investment)}, laufend ${formatEuroRounded(plan.total.running)}`,
				source: 'Summe aller Kostenpositionen (Kapitel 12)'
			},
			{
				label: 'Eigenanteil Schulträger',
				value: formatEuroRounded(plan.total.own),
				detail: `${formatNumber(ownSharePercent(plan.total), 1)} % der Gesamtkosten`
			},
			{
				label: 'Kosten je Schülerin/Schüler und Jahr',
				value: operatorRow?.perPupil == null ? '–' : formatEuroRounded(operatorRow.perPupil),
				detail: `Orientierungswert ${formatEuroRounded(operatorRow?.guide ?? 0)}`,
				light: perPupilLight(operatorRow?.percentOfGuide ?? null),
				source: 'AfA plus laufende Kosten im Mittel der Planjahre ÷ Schülerzahl (Kapitel 12)'
			}
		])
	];
	const indicators = schools[0]?.indicators ?? [];
	if (indicators.length && schools.length <= 6) {
		const rows: Cell[][] = indicators.map((ind, i) => [
			ind.label,
			...schools.map((s) => lightCell(s.indicators[i].light, s.indicators[i].valueText))
		]);
		blocks.push(
			c.table(
				'ampel',
				'Ampelübersicht je Schule',
				[col('Kennzahl', 'left', 2.2), ...schools.map((s) => col(s.facts.name, 'center'))],
				rows,
				{ source: 'Kennzahlen aus den Fragebögen gegen die Orientierungswerte (Kapitel 5 und 6)' }
			)
		);
	} else if (indicators.length) {
		const rows: Cell[][] = input.rollup.map((r) => [
			r.label,
			lightCell('gruen', n0(r.lights.gruen)),
			lightCell('gelb', n0(r.lights.gelb)),
			lightCell('rot', n0(r.lights.rot)),
			lightCell('grau', n0(r.lights.grau))
		]);
		blocks.push(
			c.table(
				'ampel',
				'Ampelübersicht: Zahl der Schulen je Bewertung',
				[
					col('Kennzahl', 'left', 2.5),
					col('erfüllt', 'center'),
					col('teilweise', 'center'),
					col('nicht erfüllt', 'center'),
					col('keine Daten', 'center')
				],
				rows
			)
		);
	}
	return blocks;
}

export function basis(input: ConceptInput, c: Captions): Block[] {
	const rows: Cell[][] = input.schools.map((s) => [
		s.facts.name,
		schoolTypeLabel(s),
		s.survey === null
			? 'nicht durchgeführt'
			: s.survey.respondents === null
				? 'weniger als 5 Antworten (nicht ausgewertet)'
				: `${n0(s.survey.respondents)} Antworten`
	]);
	return [
		p('Das Konzept stützt sich insbesondere auf:'),
		list([
			'das Sächsische Schulgesetz (SächsSchulG) und die Aufgaben des Schulträgers für Ausstattung und Unterhaltung der Schulen,',
			'die KMK-Strategie *Bildung in der digitalen Welt* (2016) und die Ergänzung *Lehren und Lernen in der digitalen Welt* (2021),',
			'die Konzeption *Medienbildung und Digitalisierung in der Schule* des Sächsischen Staatsministeriums für Kultus mit dem Kompetenzrahmen,',
			'die Orientierungshilfe zur grundlegenden Digitalinfrastruktur (SMK und kommunale Spitzenverbände),',
			'den DigitalPakt Schule 2.0 (Bund-Länder-Vereinbarung vom 18.12.2025, Laufzeit bis 2030).'
		]),
		c.table(
			'beteiligung',
			'Beteiligte Schulen und Lehrkräftebefragung',
			[col('Schule', 'left', 2), col('Schulart'), col('Befragung der Lehrkräfte', 'left', 1.6)],
			rows,
			{ source: 'Ergebnisse der Lehrkräftebefragung werden nur ab 5 Antworten ausgewertet.' }
		)
	];
}

export function profile(input: ConceptInput, c: Captions): Block[] {
	const sum = (pick: (s: ConceptSchool) => number | null) =>
		input.schools.reduce((t, s) => t + (pick(s) ?? 0), 0);
	const rows: Cell[][] = input.schools.map((s) => [
		s.facts.name,
		schoolTypeLabel(s),
		n0(s.facts.pupils),
		n0(s.facts.classes),
		n0(s.facts.teachers),
		n0(s.facts.teachingRooms)
	]);
	const totals: Cell[][] = [
		[
			'Summe',
			'',
			n0(sum((s) => s.facts.pupils)),
			n0(sum((s) => s.facts.classes)),
			n0(sum((s) => s.facts.teachers)),
			n0(sum((s) => s.facts.teachingRooms))
		]
	];
	return [
		c.table(
			'schulen',
			'Schulen in der Trägerschaft',
			[
				col('Schule', 'left', 2.2),
				col('Schulart', 'left', 1.2),
				col('Schüler/innen', 'right'),
				col('Klassen', 'right'),
				col('Lehrkräfte', 'right'),
				col('Unterrichtsräume', 'right')
			],
			rows,
			{ totals, source: 'Stammdaten der Schulen, ergänzt durch die Angaben der Schulleitungen' }
		)
	];
}

export function competences(input: ConceptInput, c: Captions): Block[] {
	const charts = input.schools.filter((s) => s.survey?.charts.kmk_areas);
	if (!charts.length)
		return [
			callout(
				'note',
				'Hinweis',
				'Für keine Schule liegen genügend Antworten der Lehrkräfte vor, um die Kompetenzbereiche auszuwerten (mindestens 5 Antworten).'
			)
		];
	return [
		p(
			'Die Lehrkräfte haben angegeben, welche Kompetenzbereiche des KMK-Rahmens sie in ihrem Unterricht bereits aufgreifen:'
		),
		...charts.map((s) =>
			c.chart(
				{
					...s.survey!.charts.kmk_areas!,
					title: `${s.facts.name}: ${s.survey!.charts.kmk_areas!.title}`
				},
				'Befragung der Lehrkräfte (anonym, ausgewertet ab 5 Antworten)'
			)
		)
	];
}

/** "1 Grundschule, 3 weiterführende Schulen" with German singular and plural. */
export function schoolMix(primary: number, secondary: number): string {
	const gs = primary === 1 ? '1 Grundschule' : `${primary} Grundschulen`;
	const ws = secondary === 1 ? '1 weiterführende Schule' : `${secondary} weiterführende Schulen`;
	return `${gs}, ${ws}`;
}
