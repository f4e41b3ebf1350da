// The concept model as a Word document (DOCX), from the same ConceptDocument as the HTML preview and
// the PDF: Word heading styles (navigation pane), a table-of-contents field, tables whose header rows
// repeat on every page, charts as PNG images with alternative text, language de-DE, title and author
// in the document properties. Consultants and operators edit it further in Word or LibreOffice.
// User text only ever becomes text runs; nothing from the model reaches a link or an image source.
import {
	AlignmentType,
	BorderStyle,
	Document,
	Footer,
	Header,
	HeadingLevel,
	ImageRun,
	Packer,
	PageBreak,
	PageNumber,
	Paragraph,
	ShadingType,
	Table,
	TableCell,
	TableOfContents,
	TableRow,
	TextRun,
	WidthType,
	type FileChild,
	type ParagraphChild
} from 'docx';
import type {
	Align,
	Block,
	CalloutBlock,
	Cell,
	Chapter,
	ChartBlock,
	ConceptDocument,
	KeyFiguresBlock,
	TableBlock,
	TextRun as ModelRun
} from '$lib/domain/concept/model';
import { formatIsoDate } from '$lib/domain/answer-format';
import type { TrafficLight } from '$lib/domain/evaluation/types';
import { chartSvg } from '../pdf/chart-svg';
import { LIGHT_STYLE } from '../pdf/theme';
import type { ConceptPdfMeta } from '../pdf/types';
import { chartPng } from './chart-png';

const FONT = 'Arial';
const PRIMARY = '0B4F8A';
const MUTED = '5A6672';
/** A4 portrait text width in twentieths of a point (21 cm − 2 × 2.5 cm). */
const TEXT_WIDTH_TWIP = 9070;
/** Width of a chart image in pixels at 96 dpi (about 16 cm). */
const CHART_WIDTH_PX = 600;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
	left: AlignmentType.LEFT,
	right: AlignmentType.RIGHT,
	center: AlignmentType.CENTER
};

function runs(list: readonly ModelRun[]): TextRun[] {
	return list.map((r) => new TextRun(r.emphasis ? { text: r.text, italics: true } : r.text));
}

/** Cell text may hold "\n" line breaks. */
function lines(text: string, options: { bold?: boolean; color?: string } = {}): TextRun[] {
	return text
		.split('\n')
		.map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...options }));
}

function cellText(cell: Cell): { text: string; light?: TrafficLight } {
	// the text of a light cell already names the rating (as in the PDF); the tint only repeats it
	return typeof cell === 'string' ? { text: cell } : { text: cell.text, light: cell.light };
}

function tableCell(
	cell: Cell,
	align: Align,
	options: { bold?: boolean; header?: boolean; span?: number } = {}
): TableCell {
	const { text, light } = cellText(cell);
	const fill = options.header ? 'E6EEF6' : light ? LIGHT_STYLE[light].fill.slice(1) : undefined;
	return new TableCell({
		children: [
			new Paragraph({
				alignment: ALIGN[align],
				children: lines(text, { bold: options.bold || options.header })
			})
		],
		...(options.span && options.span > 1 ? { columnSpan: options.span } : {}),
		...(fill ? { shading: { type: ShadingType.CLEAR, fill, color: 'auto' } } : {})
	});
}

function caption(text: string): Paragraph {
	return new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(text)] });
}

function sourceLine(text: string): Paragraph {
	return new Paragraph({ style: 'SourceNote', children: [new TextRun(`Quelle: ${text}`)] });
}

function columnWidths(weights: readonly number[]): number[] {
	const total = weights.reduce((a, b) => a + b, 0) || 1;
	return weights.map((w) => Math.floor((TEXT_WIDTH_TWIP * w) / total));
}

export function tableBlock(block: TableBlock): FileChild[] {
	const cols = block.columns;
	const header: TableRow[] = [];
	if (block.groupHeader) {
		header.push(
			new TableRow({
				tableHeader: true,
				cantSplit: true,
				children: block.groupHeader.map((g) =>
					tableCell(g.label, 'center', { header: true, span: g.span })
				)
			})
		);
	}
	header.push(
		new TableRow({
			tableHeader: true,
			cantSplit: true,
			children: cols.map((c) => tableCell(c.label, c.align, { header: true }))
		})
	);
	const body = block.rows.map(
		(row) =>
			new TableRow({
				cantSplit: true,
				children: row.map((cell, i) => tableCell(cell, cols[i]?.align ?? 'left'))
			})
	);
	const totals = block.totals.map(
		(row) =>
			new TableRow({
				cantSplit: true,
				children: row.map((cell, i) => tableCell(cell, cols[i]?.align ?? 'left', { bold: true }))
			})
	);
	if (body.length === 0 && totals.length === 0) {
		body.push(
			new TableRow({
				children: [tableCell('Keine Einträge.', 'left', { span: cols.length })]
			})
		);
	}
	const table = new Table({
		width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
		columnWidths: columnWidths(cols.map((c) => c.width ?? 1)),
		rows: [...header, ...body, ...totals]
	});
	return [caption(block.caption), table, ...(block.source ? [sourceLine(block.source)] : [])];
}

export function chartBlock(block: ChartBlock): FileChild[] {
	const drawn = chartSvg(block.chart, CHART_WIDTH_PX);
	const png = chartPng(drawn.svg, drawn.width);
	const image = new ImageRun({
		type: 'png',
		data: png,
		transformation: { width: drawn.width, height: drawn.height },
		altText: {
			name: block.chart.id,
			title: block.chart.title,
			description: block.chart.textAlternative
		}
	});
	const note = block.source ? `Quelle: ${block.source}` : (block.chart.note ?? '');
	return [
		caption(block.caption),
		new Paragraph({ keepNext: true, children: [image] }),
		...(note ? [new Paragraph({ style: 'SourceNote', children: [new TextRun(note)] })] : [])
	];
}

function keyFiguresBlock(block: KeyFiguresBlock): FileChild[] {
	const rows = block.items.map(
		(f) =>
			new TableRow({
				cantSplit: true,
				children: [
					tableCell(f.label, 'left'),
					tableCell({ text: f.value, light: f.light }, 'right', { bold: true }),
					tableCell(f.detail ?? '', 'left')
				]
			})
	);
	return [
		new Table({
			width: { size: TEXT_WIDTH_TWIP, type: WidthType.DXA },
			columnWidths: columnWidths([3, 2, 4]),
			rows: [
				new TableRow({
					tableHeader: true,
					children: ['Kennzahl', 'Wert', 'Erläuterung'].map((label, i) =>
						tableCell(label, i === 1 ? 'right' : 'left', { header: true })
					)
				}),
				...rows
			]
		}),
		new Paragraph({ children: [] })
	];
}

function calloutBlock(block: CalloutBlock): FileChild[] {
	const border = { style: BorderStyle.SINGLE, size: 18, color: PRIMARY };
	return [
		new Paragraph({
			border: { left: border },
			shading: { type: ShadingType.CLEAR, fill: 'F4F6F9', color: 'auto' },
			keepNext: true,
			children: [new TextRun({ text: block.title, bold: true })]
		}),
		new Paragraph({
			border: { left: border },
			shading: { type: ShadingType.CLEAR, fill: 'F4F6F9', color: 'auto' },
			spacing: { after: 200 },
			children: runs(block.runs)
		})
	];
}

export function blockContent(b: Block): FileChild[] {
	switch (b.type) {
		case 'heading':
			return [
				new Paragraph({
					heading: HeadingLevel.HEADING_2,
					children: [new TextRun(`${b.number} ${b.text}`)]
				})
			];
		case 'paragraph':
			return [new Paragraph({ children: runs(b.runs) })];
		case 'list':
			return b.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }));
		case 'table':
			return tableBlock(b);
		case 'chart':
			return chartBlock(b);
		case 'keyFigures':
			return keyFiguresBlock(b);
		case 'callout':
			return calloutBlock(b);
	}
}

function chapterContent(chapter: Chapter): FileChild[] {
	const title = chapter.isAppendix
		? `Anhang ${chapter.number} ${chapter.title}`
		: `${chapter.number} ${chapter.title}`;
	return [
		new Paragraph({
			heading: HeadingLevel.HEADING_1,
			pageBreakBefore: true,
			children: [new TextRun(title)]
		}),
		...chapter.blocks.flatMap(blockContent)
	];
}

function cover(model: ConceptDocument, meta: ConceptPdfMeta): FileChild[] {
	const row = (label: string, value: string) =>
		new TableRow({
			children: [
				new TableCell({
					children: [new Paragraph({ children: [new TextRun({ text: label, color: MUTED })] })]
				}),
				new TableCell({
					children: [new Paragraph({ children: [new TextRun({ text: value, bold: true })] })]
				})
			]
		});
	return [
		new Paragraph({
			spacing: { before: 1200, after: 240 },
			children: [
				new TextRun({ text: 'MEDIENENTWICKLUNGSPLANUNG', bold: true, color: PRIMARY, size: 20 })
			]
		}),
		new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
		new Paragraph({
			spacing: { after: 120 },
			children: [new TextRun({ text: model.operatorName, size: 34 })]
		}),
		new Paragraph({
			spacing: { after: 600 },
			children: [new TextRun({ text: `Planungszeitraum ${model.periodLabel}`, size: 24 })]
		}),
		new Table({
			width: { size: 6000, type: WidthType.DXA },
			columnWidths: [2200, 3800],
			rows: [
				row('Schulträger', model.operatorName),
				row('Planungszeitraum', model.periodLabel),
				row('Version', String(meta.version)),
				row('Stand', formatIsoDate(meta.date)),
				row('Status', meta.status)
			]
		}),
		new Paragraph({
			spacing: { before: 2400 },
			children: [
				new TextRun({
					text: 'Erstellt mit dem MEK-Assistenten der KISA – Zweckverband Kommunale Informationsverarbeitung Sachsen',
					size: 16,
					color: MUTED
				})
			]
		}),
		new Paragraph({ children: [new PageBreak()] }),
		new Paragraph({
			spacing: { after: 200 },
			children: [new TextRun({ text: 'Inhaltsverzeichnis', bold: true, size: 32, color: PRIMARY })]
		}),
		new TableOfContents('Inhaltsverzeichnis', { hyperlink: true, headingStyleRange: '1-2' }),
		new Paragraph({
			children: [
				new TextRun({
					text: 'Das Verzeichnis aktualisiert Word beim Öffnen (ggf. „Felder aktualisieren“ bestätigen); in LibreOffice: Extras › Aktualisieren › Alles aktualisieren.',
					italics: true,
					color: MUTED,
					size: 18
				})
			]
		})
	];
}

function pageFooter(): Footer {
	const children: ParagraphChild[] = [
		new TextRun({ children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })
	];
	return new Footer({
		children: [new Paragraph({ alignment: AlignmentType.RIGHT, children })]
	});
}

/** Builds the document object (exported for tests that inspect it before packing). */
export function conceptDocx(model: ConceptDocument, meta: ConceptPdfMeta): Document {
	const language = { value: 'de-DE' };
	return new Document({
		title: `${model.title} – ${model.operatorName}`,
		subject: `${model.subtitle}, Planungszeitraum ${model.periodLabel}`,
		creator: meta.author,
		lastModifiedBy: meta.author,
		description: `Version ${meta.version}, Stand ${formatIsoDate(meta.date)}, Status: ${meta.status}`,
		keywords: 'Medienentwicklungskonzept, Medienentwicklungsplan, Schulträger, Sachsen, KISA',
		features: { updateFields: true },
		styles: {
			default: {
				document: { run: { font: FONT, size: 21, language } },
				heading1: {
					run: { font: FONT, size: 32, bold: true, color: PRIMARY, language },
					paragraph: { spacing: { before: 240, after: 160 }, keepNext: true }
				},
				heading2: {
					run: { font: FONT, size: 26, bold: true, color: PRIMARY, language },
					paragraph: { spacing: { before: 240, after: 120 }, keepNext: true }
				},
				title: { run: { font: FONT, size: 56, bold: true, color: PRIMARY, language } }
			},
			paragraphStyles: [
				{
					id: 'Caption',
					name: 'Caption',
					basedOn: 'Normal',
					next: 'Normal',
					quickFormat: true,
					run: { bold: true, size: 19, color: PRIMARY },
					paragraph: { spacing: { before: 160, after: 80 } }
				},
				{
					id: 'SourceNote',
					name: 'Quellenangabe',
					basedOn: 'Normal',
					next: 'Normal',
					run: { size: 16, color: MUTED },
					paragraph: { spacing: { before: 60, after: 200 } }
				}
			]
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: 11906, height: 16838 },
						margin: { top: 1418, bottom: 1418, left: 1418, right: 1418 }
					}
				},
				headers: {
					default: new Header({
						children: [
							new Paragraph({
								children: [
									new TextRun({
										text: `${model.title} – ${model.operatorName}`,
										color: MUTED,
										size: 16
									})
								]
							})
						]
					})
				},
				footers: { default: pageFooter() },
				children: [
					...cover(model, meta),
					...model.chapters.flatMap(chapterContent),
					...model.appendices.flatMap(chapterContent)
				]
			}
		]
	});
}

export async function renderConceptDocx(
	model: ConceptDocument,
	meta: ConceptPdfMeta
): Promise<Uint8Array> {
	return new Uint8Array(await Packer.toBuffer(conceptDocx(model, meta)));
}

export function conceptDocxFileName(pdfFileName: string): string {
	return pdfFileName.replace(/\.pdf$/, '.docx');
}
