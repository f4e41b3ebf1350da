// renderConceptPdf: the concept model as a pdfmake document definition (pure, serialisable): cover,
// table of contents, chapters with bookmarks, running header and footer "Seite x von y", tables with
// repeated header rows, charts as SVG, appendices; metadata (title, author, subject, keywords) and
// language de-DE. The worker renders it (pool.ts).
import { formatIsoDate } from '$lib/domain/answer-format';
import type { Block, Chapter, ConceptDocument } from '$lib/domain/concept/model';
import { block } from './concept-blocks';
import { COLORS, CONTENT_WIDTH, DEFAULT_STYLE, PAGE_MARGINS, STYLES } from './theme';
import type { ConceptPdfMeta, PdfContent, PdfDocDefinition } from './types';

const PAGE_WIDTH = 595.28;
const BAND_HEIGHT = 300;
/** Tables up to this many rows are kept on one page with the heading before them. */
const SHORT_TABLE_ROWS = 12;

function cover(model: ConceptDocument, meta: ConceptPdfMeta): PdfContent[] {
	const row = (label: string, value: string) => [
		{ text: label, color: COLORS.muted, fontSize: 9.5 },
		{ text: value, fontSize: 10.5, bold: true, color: COLORS.ink }
	];
	return [
		{
			text: 'MEDIENENTWICKLUNGSPLANUNG',
			color: '#A9C7E3',
			fontSize: 9.5,
			bold: true,
			characterSpacing: 1.5,
			margin: [0, 18, 0, 14]
		},
		{ text: model.title, color: '#FFFFFF', fontSize: 30, bold: true, lineHeight: 1.05 },
		{ text: model.operatorName, color: '#FFFFFF', fontSize: 17, margin: [0, 10, 0, 2] },
		{ text: `Planungszeitraum ${model.periodLabel}`, color: '#D7E4F1', fontSize: 12 },
		{
			table: {
				widths: [120, '*'],
				body: [
					row('Schulträger', model.operatorName),
					row('Planungszeitraum', model.periodLabel),
					row('Version', String(meta.version)),
					row('Stand', formatIsoDate(meta.date)),
					row('Status', meta.status)
				]
			},
			layout: 'mekCards',
			margin: [0, 190, 0, 0]
		}
	];
}

function coverBackground(): PdfContent {
	return {
		stack: [
			{
				canvas: [
					{ type: 'rect', x: 0, y: 0, w: PAGE_WIDTH, h: BAND_HEIGHT, color: COLORS.primary },
					{ type: 'rect', x: 0, y: BAND_HEIGHT, w: PAGE_WIDTH, h: 5, color: COLORS.accent }
				]
			},
			{
				text: 'Erstellt mit dem MEK-Assistenten der KISA – Zweckverband Kommunale Informationsverarbeitung Sachsen',
				fontSize: 8,
				color: COLORS.muted,
				absolutePosition: { x: PAGE_MARGINS[0], y: 790 }
			}
		]
	};
}

function furniture(model: ConceptDocument, meta: ConceptPdfMeta) {
	const line = {
		canvas: [
			{
				type: 'line',
				x1: 0,
				y1: 0,
				x2: CONTENT_WIDTH,
				y2: 0,
				lineWidth: 0.5,
				lineColor: COLORS.rule
			}
		]
	};
	return {
		fromPage: 2,
		header: {
			margin: [PAGE_MARGINS[0], 34, PAGE_MARGINS[2], 0],
			stack: [
				{
					columns: [
						{ text: `${model.title} · ${model.operatorName}`, style: 'furniture' },
						{
							text: `Version ${meta.version} · ${meta.status}`,
							style: 'furniture',
							alignment: 'right'
						}
					]
				},
				{ ...line, margin: [0, 5, 0, 0] }
			]
		},
		footer: {
			margin: [PAGE_MARGINS[0], 22, PAGE_MARGINS[2], 0],
			stack: [
				{ ...line, margin: [0, 0, 0, 5] },
				{
					columns: [
						{
							text: `Stand ${formatIsoDate(meta.date)} · ${model.periodLabel}`,
							style: 'furniture'
						},
						{
							text: ['Seite ', { $field: 'page' }, ' von ', { $field: 'pages' }],
							style: 'furniture',
							alignment: 'right'
						}
					]
				}
			]
		},
		firstPageBackground: coverBackground()
	};
}

function chapterHeading(c: Chapter): PdfContent {
	const label = c.isAppendix ? `Anhang ${c.number}` : c.number;
	return {
		text: `${label}  ${c.title}`,
		style: 'chapterTitle',
		id: c.anchor,
		pageBreak: 'before',
		tocItem: true,
		tocStyle: 'tocChapter',
		tocMargin: [0, 7, 0, 0],
		outline: true,
		outlineId: c.anchor,
		outlineText: `${label} ${c.title}`
	};
}

/** Keeps a section heading on the page of the block that follows it. */
function keepsWithHeading(next: Block | undefined): boolean {
	if (!next) return false;
	return next.type !== 'table' || next.rows.length + next.totals.length <= SHORT_TABLE_ROWS;
}

function chapterContent(c: Chapter): PdfContent[] {
	const out: PdfContent[] = [chapterHeading(c)];
	for (let i = 0; i < c.blocks.length; i++) {
		const b = c.blocks[i];
		if (b.type === 'heading' && keepsWithHeading(c.blocks[i + 1])) {
			out.push({
				stack: [block(b, c.anchor), block(c.blocks[i + 1], c.anchor)],
				unbreakable: true
			});
			i += 1;
		} else {
			out.push(block(b, c.anchor));
		}
	}
	return out;
}

export function renderConceptPdf(model: ConceptDocument, meta: ConceptPdfMeta): PdfDocDefinition {
	const title = `${model.title} ${model.operatorName} ${model.periodLabel}`;
	return {
		pageSize: 'A4',
		pageMargins: PAGE_MARGINS,
		language: 'de-DE',
		displayTitle: true,
		info: {
			title,
			author: meta.author,
			subject: `${title}, Version ${meta.version} (${meta.status}), Stand ${formatIsoDate(meta.date)}`,
			keywords: [
				'Medienentwicklungsplan',
				'Medienentwicklungskonzept',
				'Schulträger',
				'DigitalPakt Schule',
				'Sachsen',
				model.operatorName
			].join(', '),
			creator: 'MEK-Assistent (KISA)',
			producer: 'MEK-Assistent mit pdfmake'
		},
		styles: STYLES,
		defaultStyle: DEFAULT_STYLE,
		furniture: furniture(model, meta),
		content: [
			...cover(model, meta),
			{
				toc: {
					title: { text: 'Inhalt', style: 'tocTitle' },
					numberStyle: { fontSize: 9.5, color: COLORS.muted }
				},
				pageBreak: 'before'
			},
			...model.chapters.flatMap(chapterContent),
			...model.appendices.flatMap(chapterContent)
		]
	};
}
