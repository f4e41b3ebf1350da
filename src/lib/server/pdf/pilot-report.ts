// The pilot report as a pdfmake document definition: goal and master data, the timeline (bar,
// milestones, today), milestones, KPIs against their targets with every measurement, risks, lessons
// and the decision. Pure: same pilot and day, same document. User text only ever goes into `text`
// (pdfmake never reads markup or resources from strings).
import {
	KPI_DIRECTION_LABELS,
	MILESTONE_STATE_LABELS,
	PILOT_DECISION_LABELS,
	PILOT_LIGHT_LABELS,
	PILOT_STATUS_LABELS,
	RISK_LEVEL_LABELS,
	RISK_STATUS_LABELS,
	daysOverdue,
	formatDate,
	formatNumber,
	formatWithUnit,
	isHighRisk,
	kpiProgress,
	milestoneState,
	riskScore,
	sortMilestones,
	type Kpi,
	type PilotDetails
} from '$lib/domain/pilots';
import { body, facts, heading, table, timeline } from './pilot-report-blocks';
import { COLORS, DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './theme';
import type { PdfContent, PdfDocDefinition } from './types';

function milestoneRows(pilot: PilotDetails, today: string): string[][] {
	return sortMilestones(pilot.milestones).map((m) => {
		const state = milestoneState(m, today);
		const text =
			state === 'erledigt'
				? `Erledigt am ${formatDate(m.doneOn)}`
				: state === 'ueberfaellig'
					? `Überfällig seit ${daysOverdue(m, today)} Tagen`
					: MILESTONE_STATE_LABELS[state];
		return [m.title, formatDate(m.dueOn), m.owner ?? '–', text];
	});
}

function kpiRow(k: Kpi): string[] {
	const p = kpiProgress(k);
	const latest = p.latest
		? `${formatWithUnit(p.latest.value, k.unit)} (${formatDate(p.latest.measuredOn)})`
		: '–';
	const reached =
		p.percent === null
			? 'noch keine Messung'
			: p.achieved
				? 'Ziel erreicht'
				: `${formatNumber(p.percent, 0)} % des Wegs`;
	return [
		k.name,
		formatWithUnit(k.baseline, k.unit),
		formatWithUnit(k.target, k.unit),
		latest,
		reached
	];
}

function kpiSection(pilot: PilotDetails): PdfContent[] {
	if (pilot.kpis.length === 0) return [body('Es sind keine Kennzahlen erfasst.')];
	const measurements = pilot.kpis.flatMap((k) =>
		k.measurements.map((m) => [
			k.name,
			formatDate(m.measuredOn),
			formatWithUnit(m.value, k.unit),
			m.note ?? ''
		])
	);
	return [
		table(
			['Kennzahl', 'Ausgangswert', 'Zielwert', 'Letzter Wert', 'Zielerreichung'],
			[2.4, 1.1, 1.1, 1.5, 1.3],
			pilot.kpis.map(kpiRow)
		),
		{
			text: pilot.kpis.map((k) => `${k.name}: ${KPI_DIRECTION_LABELS[k.direction]}`).join(' · '),
			style: 'source'
		},
		...(measurements.length
			? [
					{ text: 'Messwerte', style: 'caption', margin: [0, 4, 0, 4] },
					table(['Kennzahl', 'Datum', 'Wert', 'Bemerkung'], [2.4, 1, 1.2, 2.2], measurements)
				]
			: [])
	];
}

export function pilotReportDefinition(pilot: PilotDetails, today: string): PdfDocDefinition {
	const risks = pilot.risks.map((r) => [
		r.title,
		`${RISK_LEVEL_LABELS[r.likelihood]} × ${RISK_LEVEL_LABELS[r.impact]} = ${riskScore(r)}${isHighRisk(r) ? ' (hoch)' : ''}`,
		r.mitigation ?? '–',
		RISK_STATUS_LABELS[r.status]
	]);
	const decision = pilot.decision;
	return {
		pageSize: 'A4',
		pageMargins: PAGE_MARGINS,
		language: 'de-DE',
		displayTitle: true,
		info: {
			title: `Pilotprojekt: ${pilot.title}`,
			author: 'KISA – Zweckverband Kommunale Informationsverarbeitung Sachsen',
			subject: `Bericht zum Pilotprojekt „${pilot.title}“, Stand ${formatDate(today)}`,
			keywords: 'Pilotprojekt, Medienentwicklungskonzept, Kennzahlen, Meilensteine',
			creator: 'MEK-Assistent (KISA)',
			producer: 'MEK-Assistent mit pdfmake'
		},
		styles: {
			...STYLES,
			reportTitle: { fontSize: 18, bold: true, color: COLORS.primary, margin: [0, 0, 0, 4] }
		},
		defaultStyle: DEFAULT_STYLE,
		furniture: {
			fromPage: 1,
			header: {
				text: `Pilotprojekt · ${pilot.title}`,
				style: 'furniture',
				margin: [PAGE_MARGINS[0], 34, PAGE_MARGINS[2], 0]
			},
			footer: {
				columns: [
					{ text: `Stand ${formatDate(today)}`, style: 'furniture' },
					{
						text: ['Seite ', { $field: 'page' }, ' von ', { $field: 'pages' }],
						style: 'furniture',
						alignment: 'right'
					}
				],
				margin: [PAGE_MARGINS[0], 26, PAGE_MARGINS[2], 0]
			}
		},
		content: [
			{ text: 'Bericht zum Pilotprojekt', style: 'chapterNumber' },
			{ text: pilot.title, style: 'reportTitle' },
			{
				text: `${PILOT_STATUS_LABELS[pilot.status]} · Ampel: ${PILOT_LIGHT_LABELS[pilot.light]}`,
				style: 'figureLabel',
				margin: [0, 0, 0, 10]
			},
			facts(pilot),
			heading('Zeitplan'),
			timeline(pilot, today),
			heading('Meilensteine'),
			pilot.milestones.length
				? table(
						['Meilenstein', 'Fällig am', 'Verantwortlich', 'Stand'],
						[3, 1, 1.6, 1.6],
						milestoneRows(pilot, today)
					)
				: body('Es sind keine Meilensteine erfasst.'),
			heading('Kennzahlen und Zielwerte'),
			...kpiSection(pilot),
			heading('Risiken'),
			risks.length
				? table(['Risiko', 'Bewertung', 'Gegenmaßnahme', 'Status'], [2.4, 1.4, 2.4, 0.9], risks)
				: body('Es sind keine Risiken erfasst.'),
			heading('Erkenntnisse'),
			pilot.lessons.length
				? { ul: pilot.lessons.map((l) => ({ text: l.text, style: 'body' })) }
				: body('Es sind noch keine Erkenntnisse festgehalten.'),
			heading('Entscheidung'),
			decision
				? {
						stack: [
							{
								text: `${PILOT_DECISION_LABELS[decision.decision]}${decision.decidedOn ? ` (entschieden am ${formatDate(decision.decidedOn)})` : ''}`,
								bold: true,
								style: 'body'
							},
							body(decision.reasoning)
						]
					}
				: body('Es ist noch keine Entscheidung getroffen.')
		]
	};
}
