// Building blocks of the pilot report (pilot-report.ts): headings, tables, the master-data facts and
// the timeline drawn as a pdfmake canvas from the pure timeline model. Pure.
import {
	PILOT_LIGHT_LABELS,
	PILOT_STATUS_LABELS,
	buildTimeline,
	formatDate,
	formatEuroCents,
	type PilotDetails
} from '$lib/domain/pilots';
import { columnWidths } from './concept-blocks';
import { COLORS, CONTENT_WIDTH } from './theme';
import type { PdfContent } from './types';

export const heading = (text: string): PdfContent => ({
	text,
	style: 'sectionTitle',
	headlineLevel: 1
});
export const body = (text: string): PdfContent => ({ text, style: 'body' });

export function table(headers: string[], weights: number[], rows: string[][]): PdfContent {
	return {
		table: {
			headerRows: 1,
			dontBreakRows: true,
			widths: columnWidths(weights),
			body: [
				headers.map((h) => ({ text: h, style: 'tableHeader' })),
				...rows.map((r) => r.map((c) => ({ text: c, style: 'tableCell' })))
			]
		},
		layout: 'mekTable',
		margin: [0, 0, 0, 10]
	};
}

export function facts(pilot: PilotDetails): PdfContent {
	const budget =
		pilot.budgetPlannedCents === null
			? 'nicht angegeben'
			: `${formatEuroCents(pilot.budgetPlannedCents)} geplant` +
				(pilot.budgetSpentCents === null
					? ''
					: `, davon ${formatEuroCents(pilot.budgetSpentCents)} verbraucht`);
	const light =
		`${PILOT_LIGHT_LABELS[pilot.light]}` +
		(pilot.lightAssessedOn ? ` (eingeschätzt am ${formatDate(pilot.lightAssessedOn)})` : '') +
		(pilot.lightReason ? `: ${pilot.lightReason}` : '');
	const rows: [string, string][] = [
		['Ziel', pilot.goal],
		...(pilot.hypothesis ? [['Hypothese', pilot.hypothesis] as [string, string]] : []),
		...(pilot.description ? [['Beschreibung', pilot.description] as [string, string]] : []),
		['Zeitraum', `${formatDate(pilot.startOn)} bis ${formatDate(pilot.endOn)}`],
		['Status', PILOT_STATUS_LABELS[pilot.status]],
		['Ampel', light],
		['Verantwortlich', pilot.owner?.name || 'nicht angegeben'],
		['Budget', budget],
		['Finanzierung', pilot.fundingSource ?? 'nicht angegeben'],
		[
			'Schulen',
			pilot.schools.map((s) => `${s.name} (${s.operatorName})`).join('\n') || 'noch keine'
		]
	];
	return {
		table: {
			widths: [95, CONTENT_WIDTH - 95 - 20],
			body: rows.map(([k, v]) => [
				{ text: k, bold: true, style: 'tableCell' },
				{ text: v, style: 'tableCell' }
			])
		},
		layout: 'noBorders',
		margin: [0, 0, 0, 8]
	};
}

/** One bar from start to end with the milestones as diamonds and a line for today. */
export function timeline(pilot: PilotDetails, today: string): PdfContent {
	const model = buildTimeline([pilot], today);
	const row = model.rows[0];
	const w = CONTENT_WIDTH;
	const x = (f: number) => f * w;
	const diamond = (cx: number, cy: number, fill: string, stroke: string) => ({
		type: 'polyline',
		closePath: true,
		points: [
			{ x: cx, y: cy - 6 },
			{ x: cx + 6, y: cy },
			{ x: cx, y: cy + 6 },
			{ x: cx - 6, y: cy }
		],
		color: fill,
		lineColor: stroke,
		lineWidth: 1.2
	});
	const canvas = [
		{ type: 'line', x1: 0, y1: 30, x2: w, y2: 30, lineWidth: 0.5, lineColor: COLORS.rule },
		...model.ticks.map((t) => ({
			type: 'line',
			x1: x(t.x),
			y1: 4,
			x2: x(t.x),
			y2: 34,
			lineWidth: 0.5,
			lineColor: COLORS.rule
		})),
		{
			type: 'rect',
			x: x(row.x1),
			y: 12,
			w: Math.max(2, x(row.x2) - x(row.x1)),
			h: 12,
			r: 2,
			color: COLORS.accent
		},
		...row.milestones.map((m) =>
			m.state === 'erledigt'
				? diamond(x(m.x), 18, COLORS.ink, COLORS.ink)
				: diamond(x(m.x), 18, '#FFFFFF', m.state === 'ueberfaellig' ? '#9B1C1C' : COLORS.ink)
		),
		{
			type: 'line',
			x1: x(model.today.x),
			y1: 0,
			x2: x(model.today.x),
			y2: 36,
			lineWidth: 1.5,
			lineColor: '#B7791F',
			dash: { length: 3 }
		}
	];
	return {
		stack: [
			{ canvas },
			{
				columns: [
					{ text: model.ticks[0]?.label ?? '', style: 'figureDetail' },
					{ text: `Heute: ${formatDate(today)}`, style: 'figureDetail', alignment: 'center' },
					{
						text: model.ticks[model.ticks.length - 1]?.label ?? '',
						style: 'figureDetail',
						alignment: 'right'
					}
				],
				margin: [0, 2, 0, 2]
			},
			{
				text: `Balken: Laufzeit ${row.summary}. Rauten: Meilensteine (gefüllt = erledigt, rot umrandet = überfällig). Senkrechte Linie: heute.`,
				style: 'source'
			}
		]
	};
}
