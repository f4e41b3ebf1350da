// Chapters 5 and 6: the current state per school against the guide values (with the teacher survey,
// only groups at or above the threshold), then the guide values, the Schulträger roll-up and the
// findings (SOLL-IST gaps). Pure.
import { comparisonChart } from '../evaluation/charts';
import { formatNumber } from '../evaluation/format';
import { ACTION_FIELD_LABELS } from '../measures/types';
import { LIGHT_TEXT, callout, col, lightCell, p, type Captions, type Sections } from './blocks';
import { CHAPTER_ANSWER_KEYS, schoolAnswerTable } from './answers';
import type { ConceptInput, ConceptSchool } from './input';
import type { Block, Cell } from './model';

const SURVEY_SOURCE = 'Befragung der Lehrkräfte (anonym, ausgewertet ab 5 Antworten)';
const COMPARED = [
	'bandwidthPerClass',
	'wlanCoverage',
	'devicesPerPupil',
	'presentationPerClassroom'
];

function comparison(input: ConceptInput, key: string, c: Captions): Block | null {
	const first = input.schools[0]?.indicators.find((i) => i.key === key);
	if (!first) return null;
	const values = input.schools.map((s) => s.indicators.find((i) => i.key === key)?.value ?? null);
	if (values.every((v) => v === null)) return null;
	const chart = comparisonChart({
		id: `vergleich-${key}`,
		title: first.label,
		unit: first.unit,
		labels: input.schools.map((s) => s.facts.name),
		values,
		guideText: first.guideText
	});
	return c.chart(chart, `Fragebögen der Schulen; Orientierungswert: ${first.guideText}`);
}

function schoolTable(s: ConceptSchool, c: Captions): Block {
	const rows: Cell[][] = s.indicators.map((i) => [
		i.label,
		i.valueText,
		i.guideText,
		lightCell(i.light)
	]);
	return c.table(
		`ist-${s.facts.schoolId}`,
		`Ist-Stand ${s.facts.name}`,
		[
			col('Kennzahl', 'left', 1.8),
			col('Ist', 'right', 1.1),
			col('Orientierungswert', 'left', 2.2),
			col('Bewertung', 'center', 1)
		],
		rows,
		{
			source:
				'Fragebögen Schulleitung und IT-Betreuung, Stammdaten; Herleitung je Kennzahl in Anhang A'
		}
	);
}

function surveyBlocks(input: ConceptInput, c: Captions): Block[] {
	const shown = input.schools.filter((s) => s.survey && s.survey.respondents !== null);
	const hidden = input.schools.filter((s) => s.survey && s.survey.respondents === null);
	const blocks: Block[] = [];
	for (const s of shown) {
		for (const topic of ['frequency', 'obstacles'] as const) {
			const chart = s.survey?.charts[topic];
			if (chart)
				blocks.push(c.chart({ ...chart, title: `${s.facts.name}: ${chart.title}` }, SURVEY_SOURCE));
		}
	}
	if (hidden.length) {
		blocks.push(
			callout(
				'note',
				'Datenschutz',
				`Für ${hidden.map((s) => s.facts.name).join(', ')} liegen weniger als 5 Antworten vor; die Ergebnisse werden zum Schutz der Lehrkräfte nicht ausgewiesen.`
			)
		);
	}
	return blocks.length
		? blocks
		: [
				callout(
					'note',
					'Hinweis',
					'Es liegen keine auswertbaren Ergebnisse der Lehrkräftebefragung vor.'
				)
			];
}

export function currentState(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const blocks: Block[] = [s.heading('Die Schulen im Vergleich')];
	for (const key of COMPARED) {
		const chart = comparison(input, key, c);
		if (chart) blocks.push(chart);
	}
	for (const school of input.schools) {
		blocks.push(s.heading(school.facts.name), schoolTable(school, c));
		const notes = school.indicators.filter((i) => i.note).map((i) => `${i.label}: ${i.note}`);
		if (notes.length) blocks.push(callout('note', 'Hinweise zu den Angaben', notes.join(' ')));
	}
	blocks.push(
		s.heading('Infrastruktur und Ausstattung im Detail'),
		schoolAnswerTable(
			input,
			c,
			'infrastruktur',
			'Anbindung, Netz, WLAN, Präsentationstechnik und Endgeräte (Angaben der IT-Betreuung)',
			'itStaff',
			CHAPTER_ANSWER_KEYS.infrastructure
		)
	);
	blocks.push(s.heading('Sicht der Lehrkräfte'), ...surveyBlocks(input, c));
	return blocks;
}

export function targetState(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const guides = new Map<string, Cell[]>();
	for (const school of input.schools) {
		for (const i of school.indicators) {
			const k = `${i.label}|${i.guideText}`;
			if (!guides.has(k)) guides.set(k, [i.label, i.guideText, i.source]);
		}
	}
	const rollupRows: Cell[][] = input.rollup.map((r) => [
		r.label,
		r.value === null ? '–' : `${formatNumber(r.value, 2)} ${r.unit}`.trim(),
		r.basis,
		`${r.lights.gruen} / ${r.lights.gelb} / ${r.lights.rot} / ${r.lights.grau}`
	]);
	const findingRows: Cell[][] = input.findings.map((f) => [
		f.schoolName,
		ACTION_FIELD_LABELS[f.actionField],
		f.reason,
		lightCell(f.light, LIGHT_TEXT[f.light])
	]);
	return [
		s.heading('Orientierungswerte'),
		p(
			'Der Soll-Zustand orientiert sich an öffentlich dokumentierten Orientierungswerten. Sie sind keine Rechtsnorm, sondern Richtgrößen für eine zeitgemäße und nachhaltige Ausstattung.'
		),
		c.table(
			'orientierungswerte',
			'Orientierungswerte und Quellen',
			[
				col('Kennzahl', 'left', 1.4),
				col('Orientierungswert', 'left', 1.8),
				col('Quelle', 'left', 2.2)
			],
			[...guides.values()]
		),
		s.heading('Schulträger gesamt'),
		c.table(
			'schultraeger',
			'Kennzahlen des Schulträgers',
			[
				col('Kennzahl', 'left', 1.6),
				col('Wert', 'right', 1.1),
				col('Grundlage', 'left', 2),
				col('Schulen grün / gelb / rot / grau', 'center', 1.2)
			],
			rollupRows,
			{
				source: 'Gewichtete Mittel bzw. Summen über alle Schulen (größere Schulen zählen stärker)'
			}
		),
		s.heading('Handlungsbedarf (Soll-Ist-Abgleich)'),
		findingRows.length
			? c.table(
					'befunde',
					'Befunde je Schule',
					[
						col('Schule', 'left', 1.3),
						col('Handlungsfeld', 'left', 1.2),
						col('Befund', 'left', 3.2),
						col('Bewertung', 'center', 1)
					],
					findingRows,
					{
						source:
							'Regeln des MEK-Assistenten: Abweichung der Kennzahl vom Orientierungswert bzw. Signale der Befragung'
					}
				)
			: callout('info', 'Kein Handlungsbedarf', 'Alle Kennzahlen erreichen die Orientierungswerte.')
	];
}
