// Chapter 12: the five-year cost and financing plan. Every figure is read from the pure CostPlan
// (no renderer computes anything): totals by year, category, funding source and school, depreciation,
// € per pupil against the guide values, and each cost item with its purchase years. Pure.
import { formatEuroRounded } from '../costs/money';
import { projectItem } from '../costs/projection';
import { ownSharePercent } from '../costs/totals';
import {
	COST_CATEGORY_LABELS,
	COST_KIND_LABELS,
	FUNDING_SOURCE_LABELS,
	type CostTotals
} from '../costs/types';
import { formatNumber } from '../evaluation/format';
import { ROUNDING, depreciationTable, yearTable, yearsChart } from './cost-tables';
import { callout, col, keyFigures, p, type Captions, type Sections } from './blocks';
import { CHAPTER_ANSWER_KEYS, operatorAnswerTable } from './answers';
import { fundingBalance, type FundingBalanceYear } from '../costs/funding-balance';
import {
	ALLOCATION_KIND_LABELS,
	COST_BEARER_LABELS,
	FUNDING_PROGRAMMES
} from '../costs/funding-programmes';
import { priceIndexFactor } from '../costs/per-pupil';
import { guideValue, sourceLine } from '../guide-values';
import type { ConceptInput } from './input';
import type { Block, Cell } from './model';

const eur = formatEuroRounded;

function totalsRow(label: string, t: CostTotals): Cell[] {
	return [label, eur(t.investment), eur(t.running), eur(t.amount), eur(t.own)];
}

const money = (v: number | null) => (v === null ? '–' : eur(v));

/** Programmes (as data) and need vs. allocation vs. own budget per year. */
function fundingBlocks(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const plan = input.costPlan;
	const rows = fundingBalance(plan, input.operatorAnswers ?? {});
	const line = (label: string, pick: (r: FundingBalanceYear) => number | null): Cell[] => [
		label,
		...rows.map((r) => money(pick(r))),
		money(
			rows.every((r) => pick(r) === null) ? null : rows.reduce((sum, r) => sum + (pick(r) ?? 0), 0)
		)
	];
	const programmes: Cell[][] = FUNDING_PROGRAMMES.filter((f) => f.fundingSource !== 'other').map(
		(f) => [
			f.name,
			f.fromYear ? `${f.fromYear}–${f.toYear}` : 'laufend',
			ALLOCATION_KIND_LABELS[f.allocation],
			f.eligibleCategories.length
				? f.eligibleCategories.map((k) => COST_CATEGORY_LABELS[k]).join(', ')
				: 'alle',
			COST_BEARER_LABELS[f.costBearer],
			f.ownShare
		]
	);
	const gap = rows.some((r) => r.balance !== null && r.balance < 0);
	const beyond = rows.reduce((sum, r) => sum + r.beyondAllocation, 0);
	return [
		s.heading('Förderprogramme und Kostenträger'),
		p(
			'Der DigitalPakt Schule 2.0 (beschlossen am 18.12.2025, Maßnahmen von 2025 bis 2030) verteilt die Mittel als pauschale Zuweisungen an die Schulträger, nicht als Förderquote je Position. Förderfähige Investitionen werden deshalb vollständig der Zuweisung zugeordnet; ob die Zuweisung reicht, zeigt die Gegenüberstellung je Jahr. Lehrkräftefortbildung ist Aufgabe des Freistaats und wird nicht dem Schulträger zugerechnet.'
		),
		c.table(
			'programme',
			'Förderprogramme, Zuweisungsart und Kostenträger',
			[
				col('Programm', 'left', 1.4),
				col('Zeitraum', 'center', 0.8),
				col('Mittelvergabe', 'left', 1.2),
				col('förderfähig', 'left', 1.8),
				col('Kostenträger', 'left', 0.9),
				col('Eigenanteil', 'left', 1.9)
			],
			programmes,
			{
				source: FUNDING_PROGRAMMES.map((f) => sourceLine(f.source))
					.slice(0, 2)
					.join(' – ')
			}
		),
		operatorAnswerTable(
			input,
			c,
			'haushalt',
			'Haushalt, Förderung und Kofinanzierung (Angaben des Schulträgers)',
			CHAPTER_ANSWER_KEYS.operatorBudget
		),
		c.table(
			'bedarf-zuweisung',
			'Bedarf, Zuweisungen und Eigenmittel je Jahr',
			[
				col('', 'left', 2.2),
				...plan.years.map((y) => col(String(y), 'right', 0.9)),
				col('Summe', 'right', 1)
			],
			[
				line('Bedarf laut Kostenplan', (r) => r.need),
				line('davon Kostenträger Land', (r) => r.land),
				line('Bedarf des Schulträgers', (r) => r.operatorNeed),
				line('davon der DP-2.0-Zuweisung zugeordnet', (r) => r.assignedDp2),
				line('Zuweisung DigitalPakt 2.0', (r) => r.allocationDp2),
				line('weitere Landesmittel und Dritte', (r) => r.allocationOther),
				line('IT-Budget im Haushalt (Eigenmittel)', (r) => r.ownBudget),
				line('Überdeckung (+) bzw. Lücke (−)', (r) => r.balance)
			],
			{
				source:
					'Kostenplan dieses Konzepts; Zuweisungen und IT-Budget aus dem Fragebogen des Schulträgers (Abschnitt L)'
			}
		),
		...(beyond > 0
			? [
					callout(
						'warning',
						'Zuweisung überschritten',
						`Der DP-2.0-Zuweisung sind im Planungszeitraum ${eur(beyond)} mehr zugeordnet, als in den jeweiligen Jahren zugewiesen ist. Diese Positionen brauchen Eigenmittel oder eine spätere Umsetzung.`
					)
				]
			: []),
		...(gap
			? [
					callout(
						'note',
						'Finanzierungslücke',
						'In mindestens einem Jahr übersteigt der Bedarf des Schulträgers die Zuweisungen und das gemeldete IT-Budget. Der Rat entscheidet über Priorisierung oder zusätzliche Haushaltsmittel.'
					)
				]
			: [])
	];
}

export function costs(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const plan = input.costPlan;
	const operator = plan.perPupil[plan.perPupil.length - 1];
	const funding: Cell[][] = [...plan.byFundingSource.entries()]
		.filter(([, t]) => t.amount !== 0)
		.map(([src, t]) => [FUNDING_SOURCE_LABELS[src], eur(t.amount), eur(t.funded), eur(t.own)]);
	const schoolName = (id: string | null) =>
		id === null
			? 'schulübergreifend (Schulträger)'
			: (input.schools.find((x) => x.facts.schoolId === id)?.facts.name ?? id);
	const bySchool: Cell[][] = [...plan.bySchool.entries()]
		.filter(([, t]) => t.amount !== 0)
		.map(([id, t]) => totalsRow(schoolName(id), t));
	const perPupil: Cell[][] = plan.perPupil.map((r) => [
		r.name,
		formatNumber(r.pupils, 0),
		eur(r.annualCost),
		r.perPupil === null ? '–' : eur(r.perPupil),
		r.guide === null ? 'nicht anwendbar' : eur(r.guide),
		r.percentOfGuide === null ? '–' : `${formatNumber(r.percentOfGuide, 1)} %`
	]);
	const items: Cell[][] = plan.items.map((i) => {
		const entries = projectItem(i, plan.period);
		const years = entries.map((e) => e.year).join(', ') || '–';
		const rate =
			i.fundingSource === 'own'
				? 'Eigenmittel'
				: `${FUNDING_SOURCE_LABELS[i.fundingSource]} ${formatNumber(i.fundingRatePercent, 1)} %`;
		const life =
			i.kind === 'investment'
				? `${COST_KIND_LABELS[i.kind]}, ${i.usefulLifeYears} J.`
				: COST_KIND_LABELS[i.kind];
		return [
			`${i.label} (${schoolName(i.schoolId ?? null)})`,
			`${formatNumber(i.quantity, 2)} × ${eur(i.unitPrice)}`,
			life,
			years,
			rate,
			eur(plan.annualDepreciationByItem.get(i.id) ?? 0)
		];
	});
	return [
		keyFigures([
			{
				label: 'Gesamtkosten',
				value: eur(plan.total.amount),
				detail: `${plan.years[0]}–${plan.years[plan.years.length - 1]}`,
				source: 'Summe aller projizierten Kostenpositionen'
			},
			{
				label: 'Investitionen',
				value: eur(plan.total.investment),
				detail: 'inkl. Ersatzbeschaffungen'
			},
			{ label: 'Laufende Kosten', value: eur(plan.total.running) },
			{ label: 'Fördermittel', value: eur(plan.total.funded) },
			{
				label: 'Eigenanteil',
				value: eur(plan.total.own),
				detail: `${formatNumber(ownSharePercent(plan.total), 1)} %`
			},
			{
				label: '€ je Schüler/in und Jahr',
				value: operator?.perPupil == null ? '–' : eur(operator.perPupil),
				detail:
					operator?.guide == null
						? 'ohne Breitband und Fortbildung'
						: `Referenz ${eur(operator.guide)} (heutige Preise)`
			}
		]),
		s.heading('Kosten je Planjahr'),
		c.chart(yearsChart(plan), 'Kostenplan (Tabelle 12.1)'),
		yearTable(plan, c),
		depreciationTable(plan, c),
		s.heading('Finanzierung und Eigenanteil'),
		c.table(
			'foerderung',
			'Finanzierung nach Mittelherkunft',
			[
				col('Mittelherkunft', 'left', 2),
				col('Volumen', 'right'),
				col('Förderung', 'right'),
				col('Eigenanteil', 'right')
			],
			funding,
			{
				totals: [['Summe', eur(plan.total.amount), eur(plan.total.funded), eur(plan.total.own)]],
				source: ROUNDING
			}
		),
		c.table(
			'kosten-schulen',
			'Kosten je Schule',
			[
				col('Schule', 'left', 2),
				col('Investitionen', 'right'),
				col('laufend', 'right'),
				col('Summe', 'right'),
				col('Eigenanteil', 'right')
			],
			bySchool,
			{ totals: [totalsRow('Summe', plan.total)], source: ROUNDING }
		),
		...fundingBlocks(input, c, s),
		s.heading('Kosten je Schülerin und Schüler'),
		p(
			`Die jährlichen Kosten (Abschreibung plus laufende Kosten im Mittel der Planjahre, ohne Breitband und Lehrkräftefortbildung) stehen neben einer Referenz, nicht neben einem Mindestwert: der Modellrechnung von Bertelsmann Stiftung und ifib (2017) mit 260 € (Grundschule) bzw. 400 € (weiterführende allgemeinbildende Schulen) je Kind und Jahr in Preisen von 2017, mit dem Verbraucherpreisindex auf heutige Preise hochgerechnet (Faktor ${formatNumber(priceIndexFactor(), 3)}). Für Förderschulen und berufliche Schulen gilt das Modell nicht. Schulübergreifende Positionen werden nach Schülerzahl verteilt.`
		),
		c.table(
			'je-schueler',
			'€ je Schülerin/Schüler und Jahr',
			[
				col('Schule', 'left', 1.7),
				col('Schüler/innen', 'right', 0.85),
				col('Kosten je Jahr', 'right', 1),
				col('je Schüler/in', 'right', 0.9),
				col('Referenz heute', 'right', 1.25),
				col('Anteil', 'right', 0.8)
			],
			perPupil,
			{
				source: `${sourceLine(guideValue('costs.per_pupil_year')!.source)} – Index: ${sourceLine(guideValue('costs.price_index_current')!.source)}`
			}
		),
		s.heading('Kostenpositionen'),
		c.table(
			'positionen',
			'Kostenpositionen mit Beschaffungsjahren',
			[
				col('Position', 'left', 2.6),
				col('Menge × Preis', 'right', 1.3),
				col('Art', 'left', 1.1),
				col('Jahre', 'center', 1),
				col('Finanzierung', 'left', 1.4),
				col('AfA je Jahr', 'right', 0.9)
			],
			items,
			{ source: 'Preiskatalog mit Quellen; Jahre = Beschaffung bzw. Zahlung im Planzeitraum' }
		)
	];
}
