// Chapters 13–14 and the appendices: pilot projects, evaluation and update cycle, inventory (every
// figure the indicators read, with its origin), rooms, survey metadata, accessibility. Pure.
import { formatNumber } from '../evaluation/format';
import { INPUT_ORIGIN_LABELS, type IndicatorInput } from '../evaluation/types';
import { MIN_FREE_TEXT_GROUP_SIZE, MIN_GROUP_SIZE } from '../survey/suppression';
import { callout, col, list, p, type Captions, type Sections } from './blocks';
import type { ConceptInput, ConceptSchool } from './input';
import type { Block, Cell } from './model';

export function pilots(input: ConceptInput, c: Captions): Block[] {
	if (!input.pilotProjects.length) {
		return [
			callout(
				'info',
				'Pilotprojekte',
				'Derzeit sind keine Pilotprojekte erfasst. Maßnahmen mit offenen Fragen können vor der flächendeckenden Umsetzung an einzelnen Schulen erprobt werden.'
			)
		];
	}
	const rows: Cell[][] = input.pilotProjects.map((x) => [
		x.title,
		x.goal,
		x.schools.join(', '),
		x.period,
		x.status,
		x.decision ?? 'offen'
	]);
	return [
		c.table(
			'pilotprojekte',
			'Pilotprojekte',
			[
				col('Projekt', 'left', 1.4),
				col('Ziel', 'left', 2),
				col('Schulen', 'left', 1.2),
				col('Zeitraum', 'center', 0.9),
				col('Status', 'center', 0.8),
				col('Entscheidung', 'center', 0.9)
			],
			rows
		)
	];
}

export function evaluation(input: ConceptInput, c: Captions): Block[] {
	const guide = (key: string) =>
		input.schools[0]?.indicators.find((i) => i.key === key)?.guideText ?? '–';
	const rows: Cell[][] = input.rollup.map((r) => [
		r.label,
		r.value === null ? '–' : `${formatNumber(r.value, 2)} ${r.unit}`.trim(),
		guide(r.key)
	]);
	const review = input.nextReview ?? `Herbst ${input.costPlan.years[1] ?? input.costPlan.years[0]}`;
	return [
		c.table(
			'kennzahlen',
			'Kennzahlen für die Erfolgskontrolle',
			[
				col('Kennzahl', 'left', 1.6),
				col('Ausgangswert (Schulträger)', 'right', 1.2),
				col('Zielwert', 'left', 2)
			],
			rows,
			{
				source: 'Ausgangswerte dieser Bedarfsermittlung; Zielwerte = Orientierungswerte (Kapitel 6)'
			}
		),
		p(
			`Die nächste Überprüfung ist für *${review}* vorgesehen. Dazu werden die Fragebögen erneut ausgefüllt, die Lehrkräfte erneut befragt und die Kennzahlen mit den Ausgangswerten verglichen.`
		)
	];
}

function formatInput(value: IndicatorInput['value']): string {
	if (value === null || value === undefined) return '–';
	if (typeof value === 'number') return formatNumber(value, 2);
	if (typeof value === 'boolean') return value ? 'ja' : 'nein';
	if (typeof value === 'string') return value;
	if ('selected' in value && Array.isArray(value.selected)) return value.selected.join(', ') || '–';
	let sum = 0;
	for (const row of Object.values(value as Record<string, Record<string, number | null>>)) {
		for (const cell of Object.values(row ?? {})) if (typeof cell === 'number') sum += cell;
	}
	return `${formatNumber(sum, 0)} (Summe)`;
}

function inventoryRows(s: ConceptSchool): Cell[][] {
	const seen = new Set<string>();
	const rows: Cell[][] = [];
	for (const i of s.indicators) {
		for (const inp of i.inputs) {
			const k = `${inp.origin}:${inp.key}`;
			if (seen.has(k) || !inp.label) continue;
			seen.add(k);
			rows.push([inp.label, formatInput(inp.value), INPUT_ORIGIN_LABELS[inp.origin], inp.key]);
		}
	}
	return rows;
}

export function inventory(input: ConceptInput, c: Captions, s: Sections): Block[] {
	return [
		p(
			'Die folgenden Angaben sind die Grundlage aller Kennzahlen dieses Konzepts. Jede Zeile nennt die Herkunft und den Schlüssel der Frage im Fragebogen.'
		),
		...input.schools.flatMap((x) => [
			s.heading(x.facts.name),
			c.table(
				`bestand-${x.facts.schoolId}`,
				`Bestand und Angaben ${x.facts.name}`,
				[
					col('Angabe', 'left', 2.2),
					col('Wert', 'right', 1),
					col('Herkunft', 'left', 1.3),
					col('Schlüssel', 'left', 1.5)
				],
				inventoryRows(x)
			)
		])
	];
}

export function rooms(input: ConceptInput, c: Captions): Block[] {
	const rows: Cell[][] = input.schools.map((x) => {
		const get = (key: string) =>
			x.indicators.flatMap((i) => i.inputs).find((i) => i.key === key)?.value;
		const num = (v: unknown) => (typeof v === 'number' ? v : null);
		const presentation =
			x.indicators.find((i) => i.key === 'presentationPerClassroom')?.value ?? null;
		const wlan = x.indicators.find((i) => i.key === 'wlanCoverage')?.value ?? null;
		const total = x.facts.teachingRooms;
		const share = (v: number | null) =>
			v === null || total === null ? '–' : formatNumber(Math.round(total * v), 0);
		return [
			x.facts.name,
			formatNumber(num(get('rooms.classrooms')), 0),
			formatNumber(num(get('rooms.subject_rooms')), 0),
			formatNumber(total, 0),
			share(presentation),
			share(wlan === null ? null : wlan / 100)
		];
	});
	return [
		c.table(
			'raeume',
			'Unterrichtsräume je Schule',
			[
				col('Schule', 'left', 2),
				col('allgemeine Räume', 'right'),
				col('Fachräume', 'right'),
				col('gesamt', 'right', 0.8),
				col('mit Präsentationstechnik', 'right', 1.2),
				col('mit WLAN', 'right', 0.8)
			],
			rows,
			{
				source:
					'Fragebogen Schulleitung (Räume), IT-Betreuung (Ausstattung); Räume mit Ausstattung aus den Anteilen gerundet'
			}
		)
	];
}

export function surveyMeta(input: ConceptInput, c: Captions): Block[] {
	const questionnaires: Cell[][] = input.questionnaires.map((q) => [
		q.title,
		q.version,
		q.audience,
		formatNumber(q.responses, 0)
	]);
	const survey: Cell[][] = input.schools.map((x) => [
		x.facts.name,
		x.survey === null
			? 'nicht durchgeführt'
			: x.survey.respondents === null
				? `unter ${MIN_GROUP_SIZE} (nicht ausgewiesen)`
				: formatNumber(x.survey.respondents, 0)
	]);
	return [
		c.table(
			'frageboegen',
			'Verwendete Fragebögen',
			[
				col('Fragebogen', 'left', 2.2),
				col('Version', 'center', 0.8),
				col('Zielgruppe', 'left', 1.3),
				col('Antworten', 'right', 0.8)
			],
			questionnaires
		),
		c.table(
			'befragung',
			'Befragung der Lehrkräfte: Beteiligung',
			[col('Schule', 'left', 2), col('Antworten (n)', 'right', 1.2)],
			survey
		),
		list([
			`Ergebnisse einer Gruppe werden erst ab *${MIN_GROUP_SIZE} Antworten* ausgewiesen, auch in jeder Aufschlüsselung.`,
			`Freitexte werden erst ab *${MIN_FREE_TEXT_GROUP_SIZE} Antworten* und nur der Schulleitung angezeigt; sie sind nicht Teil dieses Konzepts.`,
			'Die Befragung ist anonym: kein Konto, keine IP-Adresse, keine Uhrzeit; Teilnahmecodes sind keiner Person zugeordnet.'
		])
	];
}
