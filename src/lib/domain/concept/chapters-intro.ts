// Chapters 1–4: summary with key figures and the traffic-light overview, basis, schools, media
// competence. Pure.
import { formatEuroRounded } from '../costs/money';
import { ownSharePercent } from '../costs/totals';
import { formatNumber } from '../evaluation/format';
import { SCHOOL_TYPE_LABELS, isPrimarySchool } from '../roles';
import { callout, col, keyFigures, lightCell, list, p, type Captions } from './blocks';
import {
	CHAPTER_ANSWER_KEYS,
	operatorAnswerTable,
	schoolAnswer,
	schoolAnswerTable
} from './answers';
import type { ConceptInput, ConceptSchool } from './input';
import type { Block, Cell } from './model';

export const n0 = (v: number | null | undefined) => formatNumber(v ?? null, 0);

export function schoolTypeLabel(s: ConceptSchool): string {
	return s.facts.type ? SCHOOL_TYPE_LABELS[s.facts.type] : '–';
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
				detail:
					operatorRow?.guide == null
						? 'ohne Breitband und Fortbildung'
						: `Referenz ${formatEuroRounded(operatorRow.guide)} (Bertelsmann/ifib 2017, heutige Preise; kein Mindestwert)`,
				source:
					'AfA plus laufende Kosten im Mittel der Planjahre ÷ Schülerzahl, ohne Breitband und Fortbildung (Kapitel 12)'
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
			'die Orientierungshilfe zur grundlegenden Digitalinfrastruktur (SMK mit dem Sächsischen Städte- und Gemeindetag und dem Sächsischen Landkreistag),',
			'den DigitalPakt Schule 2.0 (Bund-Länder-Vereinbarung vom 18.12.2025, Laufzeit bis 2030).'
		]),
		c.table(
			'beteiligung',
			'Beteiligte Schulen und Lehrkräftebefragung',
			[col('Schule', 'left', 2), col('Schulart'), col('Befragung der Lehrkräfte', 'left', 1.6)],
			rows,
			{ source: 'Ergebnisse der Lehrkräftebefragung werden nur ab 5 Antworten ausgewertet.' }
		),
		p('Beteiligte und ihre Rollen:'),
		list([
			'Schulträger: Ausstattung, Betrieb und Finanzierung (SächsSchulG); Beschluss des Konzepts im Rat bzw. Kreistag,',
			'Schulleitungen und Medienteams: Medienbildungskonzept, Fortbildungsplanung, pädagogischer Bedarf; Schulleitung als datenschutzrechtlich Verantwortliche,',
			'IT-Betreuung der Schulen, des Schulträgers und beauftragte IT-Dienstleister: Bestandsaufnahme, Betrieb und Support,',
			'Landesamt für Schule und Bildung (LaSuB): Schulaufsicht, Beratung zu Medienbildungskonzepten, Lehrkräftefortbildung, Datenschutzbeauftragte/r für die öffentlichen Schulen,',
			'Medienpädagogische Zentren (MPZ): Beratung und Fortbildung vor Ort,',
			'Personalvertretungen: Der Personalrat ist an der Befragung der Lehrkräfte beteiligt (SächsPersVG), über den Inhalt von Personalfragebögen bestimmt der Hauptpersonalrat beim SMK mit,',
			'kommunale Spitzenverbände (Sächsischer Städte- und Gemeindetag, Sächsischer Landkreistag): Vereinbarungen mit dem Freistaat zu Infrastruktur und Support,',
			'KISA: Beratung, Bedarfsermittlung, Soll-Ist-Abgleich und Begleitung der Umsetzung.'
		]),
		operatorAnswerTable(
			input,
			c,
			'traeger-strategie',
			'Strategie des Schulträgers und Ratsbeschluss',
			CHAPTER_ANSWER_KEYS.operatorStrategy
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
		),
		schoolAnswerTable(
			input,
			c,
			'schulprofil',
			'Schulprofil, Entwicklung und Bauvorhaben',
			'schoolLead',
			CHAPTER_ANSWER_KEYS.profile
		),
		schoolAnswerTable(
			input,
			c,
			'mbk-status',
			'Stand der Medienbildungskonzepte (MBK) und Medienteams',
			'schoolLead',
			CHAPTER_ANSWER_KEYS.mbk
		),
		...goalsOf(input)
	];
}

/** The schools' own 5-year goals (free text of the school lead), one paragraph each. */
function goalsOf(input: ConceptInput): Block[] {
	const goals = input.schools.flatMap((s) => {
		const g = schoolAnswer(s, 'schoolLead', 'strategy.goals');
		return typeof g === 'string' && g.trim() !== '' ? [`${s.facts.name}: ${g.trim()}`] : [];
	});
	return goals.length
		? [
				p(
					'Pädagogische Ziele der Schulen für die nächsten fünf Jahre (Angaben der Schulleitungen):'
				),
				list(goals)
			]
		: [];
}

export function competences(input: ConceptInput, c: Captions): Block[] {
	const curriculum = schoolAnswerTable(
		input,
		c,
		'paedagogik',
		'Mediencurriculum und pädagogischer Einsatz (technisch-pädagogisches Einsatzkonzept)',
		'schoolLead',
		CHAPTER_ANSWER_KEYS.pedagogy.filter((k) => !k.startsWith('devices.'))
	);
	const model = schoolAnswerTable(
		input,
		c,
		'geraetemodell',
		'Gerätemodell der Schulen (Zugang der Schülerinnen und Schüler zu Geräten)',
		'itStaff',
		CHAPTER_ANSWER_KEYS.pedagogy.filter((k) => k.startsWith('devices.'))
	);
	const charts = input.schools.filter((s) => s.survey?.charts.kmk_areas);
	if (!charts.length)
		return [
			curriculum,
			model,
			callout(
				'note',
				'Hinweis',
				'Für keine Schule liegen genügend Antworten der Lehrkräfte vor, um die Kompetenzbereiche auszuwerten (mindestens 5 Antworten).'
			)
		];
	return [
		curriculum,
		model,
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
