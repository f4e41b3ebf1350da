// Chapters 7–10: teaching and organisational development, training plan, operation and support,
// data protection; each with the measures of its action fields. Pure.
import { PRICE_CATALOGUE } from '../costs/price-catalogue';
import { COST_CATEGORY_LABELS } from '../costs/types';
import { formatQuarter } from '../measures/measure';
import { PRIORITY_LABELS, type ActionField } from '../measures/types';
import { active, schoolNames } from './chapter-action-plan';
import { callout, col, lightCell, list, p, type Captions, type Sections } from './blocks';
import { CHAPTER_ANSWER_KEYS, operatorAnswerTable, schoolAnswerTable } from './answers';
import type { ConceptInput } from './input';
import type { Block, Cell } from './model';

const SURVEY_SOURCE = 'Befragung der Lehrkräfte (anonym, ausgewertet ab 5 Antworten)';

/** The measures of some action fields as a compact table (or a note that there are none). */
function measuresOf(input: ConceptInput, fields: ActionField[], c: Captions, title: string): Block {
	const ms = active(input).filter((m) => fields.includes(m.actionField));
	if (!ms.length)
		return callout(
			'info',
			'Maßnahmen',
			'In diesem Handlungsfeld sind derzeit keine Maßnahmen geplant.'
		);
	const rows: Cell[][] = ms.map((m) => [
		m.title,
		schoolNames(input, m.schoolIds),
		PRIORITY_LABELS[m.priority],
		`${formatQuarter(m.startQuarter)} – ${formatQuarter(m.endQuarter)}`
	]);
	return c.table(
		`massnahmen-${fields.join('-')}`,
		title,
		[
			col('Maßnahme', 'left', 2.4),
			col('Schulen', 'left', 1.6),
			col('Priorität', 'center', 0.8),
			col('Zeitraum', 'center', 1.2)
		],
		rows,
		{ source: 'Maßnahmenplan (Kapitel 11)' }
	);
}

export function development(input: ConceptInput, c: Captions): Block[] {
	return [
		measuresOf(input, ['pedagogy'], c, 'Maßnahmen der Unterrichts- und Organisationsentwicklung')
	];
}

export function training(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const blocks: Block[] = [s.heading('Selbsteinschätzung nach DigCompEdu')];
	const withProfile = input.schools.filter((x) => x.survey?.charts.digcompedu);
	if (!withProfile.length)
		blocks.push(
			callout(
				'note',
				'Hinweis',
				'Für keine Schule liegen genügend Selbsteinschätzungen vor (mindestens 5 Antworten).'
			)
		);
	for (const x of withProfile)
		blocks.push(
			c.chart(
				{
					...x.survey!.charts.digcompedu!,
					title: `${x.facts.name}: ${x.survey!.charts.digcompedu!.title}`
				},
				SURVEY_SOURCE
			)
		);
	blocks.push(s.heading('Fortbildungsbedarfe und Formate'));
	for (const x of input.schools) {
		for (const topic of ['training_needs', 'training_formats'] as const) {
			const chart = x.survey?.charts[topic];
			if (chart)
				blocks.push(c.chart({ ...chart, title: `${x.facts.name}: ${chart.title}` }, SURVEY_SOURCE));
		}
	}
	blocks.push(
		s.heading('Stand der Fortbildungsplanung je Schule'),
		schoolAnswerTable(
			input,
			c,
			'fortbildungsplan',
			'Fortbildungspläne, Multiplikatoren und Beteiligung',
			'schoolLead',
			CHAPTER_ANSWER_KEYS.training
		),
		p(
			'Lehrkräftefortbildung ist Aufgabe des Freistaats (LaSuB, Medienpädagogische Zentren); der Schulträger trägt dafür keine Kosten. Schulinterne Fortbildungen im Kostenplan sind deshalb dem Land als Kostenträger zugeordnet.'
		),
		s.heading('Geplante Fortbildungen'),
		measuresOf(input, ['training'], c, 'Fortbildungsmaßnahmen')
	);
	return blocks;
}

export function operations(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const pick = (key: string) => (x: ConceptInput['schools'][number]) =>
		x.indicators.find((i) => i.key === key);
	const rows: Cell[][] = input.schools.map((x) => {
		const cells = ['devicesPerTechnician', 'mdmInUse', 'lmsInUse'].map((k) => {
			const i = pick(k)(x);
			return i ? lightCell(i.light, i.valueText) : '–';
		});
		return [x.facts.name, ...cells];
	});
	const renewal: Cell[][] = (input.catalogue ?? PRICE_CATALOGUE)
		.filter((i) => i.kind === 'investment')
		.map((i) => [COST_CATEGORY_LABELS[i.category], i.label, `${i.usefulLifeYears} Jahre`]);
	return [
		s.heading('Support und Geräteverwaltung'),
		c.table(
			'betrieb',
			'Support, Geräteverwaltung und Lernplattform je Schule',
			[
				col('Schule', 'left', 1.6),
				col('Geräte je Technikerstelle', 'center', 1.2),
				col('MDM', 'center', 0.8),
				col('Lernplattform', 'center', 0.8)
			],
			rows,
			{
				source:
					'Fragebogen IT-Betreuung; Orientierungswert höchstens 400 Geräte je Vollzeitstelle (Bertelsmann/ifib 2017)'
			}
		),
		s.heading('Rollen im Support (1st, 2nd und 3rd Level)'),
		c.table(
			'support-ebenen',
			'Support-Ebenen, Verantwortliche und Servicezeiten',
			[
				col('Ebene', 'left', 0.9),
				col('Aufgaben', 'left', 2.4),
				col('Wer', 'left', 1.6),
				col('Servicezeit', 'left', 1.2)
			],
			SUPPORT_LEVELS.map((l) => [l.level, l.tasks, l.who, l.service]),
			{
				source:
					'Gemeinsame Empfehlung SMK und kommunale Spitzenverbände (1st Level an der Schule); Servicezeiten als Zielwerte des Konzepts'
			}
		),
		schoolAnswerTable(
			input,
			c,
			'support-schulen',
			'Support, Plattformen und Geräteverwaltung je Schule',
			'itStaff',
			CHAPTER_ANSWER_KEYS.support
		),
		operatorAnswerTable(
			input,
			c,
			'support-traeger',
			'Supportmodell des Schulträgers',
			CHAPTER_ANSWER_KEYS.operatorSupport
		),
		s.heading('Identitäten, Geräteverwaltung, Lebenszyklus und Entsorgung'),
		list([
			'Identitäten: Schülerinnen, Schüler und Lehrkräfte melden sich über Schullogin (Landesdienst) an LernSax, OPAL Schule und weiteren Diensten an; der Schulträger pflegt keine eigenen Konten für Landesangebote.',
			'Geräteverwaltung: alle mobilen Geräte im zentralen MDM, Einrichtung vor Ausgabe, Sperren bei Verlust, Rücknahme zum Schuljahresende.',
			'Lebenszyklus: Beschaffung nach Ausstattungsstandard, Inventarisierung mit Förderprogramm und Zweckbindungsende, Ersatz nach Nutzungsdauer, nie vor Ende der Zweckbindung.',
			'Entsorgung: zertifizierte Datenlöschung, Verwertung nach ElektroG, Nachweis im Inventar.'
		]),
		operatorAnswerTable(
			input,
			c,
			'erneuerung-traeger',
			'Erneuerungs- und Beschaffungsregeln des Schulträgers',
			CHAPTER_ANSWER_KEYS.operatorRenewal
		),
		s.heading('Erneuerungszyklen'),
		p(
			'Die Kostenplanung sieht für jede Investition eine Ersatzbeschaffung nach Ablauf der Nutzungsdauer vor. So werden Erneuerungsspitzen sichtbar und können über die Jahre verteilt werden.'
		),
		c.table(
			'erneuerung',
			'Nutzungsdauer je Position (Preiskatalog)',
			[
				col('Kategorie', 'left', 1.3),
				col('Position', 'left', 2.6),
				col('Nutzungsdauer', 'right', 0.9)
			],
			renewal,
			{
				source:
					'Preiskatalog des MEK-Assistenten; Nutzungsdauern nach ict-coach.ch und der bayerischen DigitalPakt-Richtlinie (Zweckbindung)'
			}
		),
		s.heading('Maßnahmen'),
		measuresOf(input, ['support', 'platforms'], c, 'Maßnahmen für Betrieb, Support und Plattformen')
	];
}

export function dataProtection(input: ConceptInput, c: Captions): Block[] {
	const rows: Cell[][] = input.schools.map((x) => {
		const i = x.indicators.find((k) => k.key === 'dataProtectionBasics');
		const answers =
			i?.inputs.map((inp) => (inp.value === true ? 'ja' : inp.value === false ? 'nein' : '–')) ??
			[];
		return [
			x.facts.name,
			...[0, 1, 2, 3].map((k) => answers[k] ?? '–'),
			i ? lightCell(i.light) : '–'
		];
	});
	return [
		p(
			'Verantwortliche im Sinne der DSGVO ist die Schulleitung. Die bzw. der Datenschutzbeauftragte für die öffentlichen Schulen wird zentral vom Landesamt für Schule und Bildung (LaSuB) gestellt und berät die Schulen; eine eigene Benennung durch Schule oder Schulträger ist nicht nötig. Der Schulträger verantwortet die technische Sicherheit der von ihm bereitgestellten Systeme.'
		),
		c.table(
			'datenschutz',
			'Datenschutz-Grundlagen je Schule (Schulleitung als Verantwortliche)',
			[
				col('Schule', 'left', 1.6),
				col('Verzeichnis', 'center'),
				col('DSFA/Prüfung Plattformen', 'center'),
				col('AV-Verträge', 'center'),
				col('Nutzungsordnung', 'center'),
				col('Bewertung', 'center')
			],
			rows,
			{
				source:
					'Fragebogen Schulleitung, Abschnitt H; Datenschutzbeauftragter für die öffentlichen Schulen: LaSuB (lasub.de)'
			}
		),
		schoolAnswerTable(
			input,
			c,
			'informationssicherheit',
			'Informationssicherheit je Schule',
			'itStaff',
			CHAPTER_ANSWER_KEYS.security
		),
		measuresOf(input, ['data_protection'], c, 'Maßnahmen zu Datenschutz und Informationssicherheit')
	];
}

/** 1st/2nd/3rd level roles across school, operator, provider and KISA (data; targets of the concept). */
export const SUPPORT_LEVELS = [
	{
		level: '1st Level',
		tasks:
			'Annahme von Störungen, einfache Behebung (Neustart, Kabel, Akku), Weitergabe per Ticket',
		who: 'Schule: IT-Ansprechperson mit Anrechnungsstunden',
		service: 'am selben Schultag'
	},
	{
		level: '2nd Level',
		tasks: 'Fehleranalyse, Reparatur, Einrichtung und Softwareverteilung (MDM), Netz und WLAN',
		who: 'Schulträger: eigenes IT-Personal oder beauftragter IT-Dienstleister',
		service: 'Reaktion innerhalb von 8 Schulstunden, Lösung innerhalb von 3 Schultagen'
	},
	{
		level: '3rd Level',
		tasks: 'Hersteller- und Netzbetreiberfälle, Rechenzentrum, Landesdienste (Schullogin, LernSax)',
		who: 'Hersteller, Netzbetreiber, kommunales Rechenzentrum bzw. KISA; Landesdienste über das LaSuB',
		service: 'nach Vertrag'
	}
];
