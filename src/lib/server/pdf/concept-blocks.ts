// Renders the blocks of the concept model as pdfmake content. Text goes only into `text` values
// (pdfmake never interprets markup in strings); nothing from the model reaches an image, link or
// other resource field. Pure.
import type {
	Block,
	CalloutBlock,
	Cell,
	ChartBlock,
	KeyFiguresBlock,
	TableBlock,
	TextRun
} from '$lib/domain/concept/model';
import { chartSvg } from './chart-svg';
import { CALLOUT_ACCENT, CONTENT_WIDTH, LIGHT_STYLE } from './theme';
import type { PdfContent } from './types';

export function runs(list: readonly TextRun[]): PdfContent[] {
	return list.map((r) => (r.emphasis ? { text: r.text, italics: true } : { text: r.text }));
}

function cellContent(cell: Cell, align: string, style: string | string[]): PdfContent {
	if (typeof cell === 'string') return { text: cell, style, alignment: align };
	const light = cell.light ? LIGHT_STYLE[cell.light] : null;
	return {
		text: cell.text,
		style,
		alignment: align,
		...(light ? { color: light.color, fillColor: light.fill, bold: true } : {})
	};
}

/** Relative widths → points that fill the content width (pdfmake has no weighted star widths). */
export function columnWidths(weights: readonly number[], padding = 10): number[] {
	const total = weights.reduce((a, b) => a + b, 0) || 1;
	const available = CONTENT_WIDTH - padding * weights.length;
	return weights.map((w) => Math.floor((available * w * 100) / total) / 100);
}

/** Tables up to this many rows are never split across pages (they fit on one). */
export const SHORT_TABLE_ROWS = 15;

/** Tables with this many columns or more use a smaller type and narrower padding. */
export const DENSE_COLUMNS = 7;

export function table(block: TableBlock): PdfContent {
	const cols = block.columns;
	const dense = cols.length >= DENSE_COLUMNS;
	const cellStyle = dense ? ['tableCell', 'dense'] : 'tableCell';
	const totalStyle = dense ? ['tableTotal', 'dense'] : 'tableTotal';
	const headerStyle = dense ? ['tableHeader', 'dense'] : 'tableHeader';
	const span = (text: string, style: string | string[], extra: Record<string, unknown> = {}) => [
		{ text, style, colSpan: cols.length, ...extra },
		...cols.slice(1).map(() => ({}))
	];
	const body: PdfContent[][] = [span(block.caption, 'caption')];
	if (block.groupHeader) {
		const row: PdfContent[] = [];
		for (const g of block.groupHeader) {
			row.push({ text: g.label, style: headerStyle, colSpan: g.span, alignment: 'center' });
			for (let i = 1; i < g.span; i++) row.push({});
		}
		body.push(row);
	}
	body.push(cols.map((c) => ({ text: c.label, style: headerStyle, alignment: c.align })));
	const headerRows = body.length;
	for (const row of block.rows)
		body.push(row.map((cell, i) => cellContent(cell, cols[i]?.align ?? 'left', cellStyle)));
	for (const row of block.totals)
		body.push(row.map((cell, i) => cellContent(cell, cols[i]?.align ?? 'left', totalStyle)));
	if (block.rows.length === 0 && block.totals.length === 0) {
		body.push(span('Keine Einträge.', 'tableCell', { italics: true }));
	}
	const node: PdfContent[] = [
		{
			table: {
				headerRows,
				keepWithHeaderRows: 1,
				dontBreakRows: true,
				widths: columnWidths(
					cols.map((c) => c.width ?? 1),
					dense ? 6 : 10
				),
				body
			},
			layout: 'mekTable',
			mekCaption: true,
			mekDense: dense,
			mekTotals: block.totals.length,
			margin: [0, 4, 0, block.source ? 0 : 12]
		}
	];
	if (block.source)
		node.push({ text: `Quelle: ${block.source}`, style: 'source', unbreakable: true });
	// a short table stays on one page with its source line; a long one may break (it repeats its header)
	const short = block.rows.length + block.totals.length <= SHORT_TABLE_ROWS;
	return { stack: node, id: block.id, ...(short ? { unbreakable: true } : {}) };
}

export function chart(block: ChartBlock): PdfContent {
	const drawn = chartSvg(block.chart, CONTENT_WIDTH);
	return {
		stack: [
			{ text: block.caption, style: 'caption', margin: [0, 6, 0, 6] },
			{ svg: drawn.svg, width: drawn.width, height: drawn.height },
			{ text: block.source ? `Quelle: ${block.source}` : (block.chart.note ?? ''), style: 'source' }
		],
		unbreakable: true,
		id: block.chart.id
	};
}

export function keyFigures(block: KeyFiguresBlock): PdfContent {
	const cards = block.items.map((f) => {
		const light = f.light ? LIGHT_STYLE[f.light] : null;
		return {
			stack: [
				{ text: f.label, style: 'figureLabel' },
				{ text: f.value, style: 'figureValue', ...(light ? { color: light.color } : {}) },
				...(f.detail ? [{ text: f.detail, style: 'figureDetail' }] : [])
			],
			fillColor: light ? light.fill : '#EEF3F8'
		};
	});
	const rows: PdfContent[][] = [];
	for (let i = 0; i < cards.length; i += 3) {
		const row: PdfContent[] = cards.slice(i, i + 3);
		while (row.length < 3) row.push({ text: '' });
		rows.push(row);
	}
	return {
		table: { widths: ['*', '*', '*'], body: rows, dontBreakRows: true },
		layout: 'mekCards',
		margin: [0, 4, 0, 14]
	};
}

export function callout(block: CalloutBlock): PdfContent {
	return {
		table: {
			widths: ['*'],
			body: [
				[
					{
						stack: [
							{ text: block.title, style: 'calloutTitle' },
							{ text: runs(block.runs), style: 'calloutText' }
						],
						fillColor: '#F4F6F9'
					}
				]
			]
		},
		layout: 'mekBox',
		mekAccent: CALLOUT_ACCENT[block.tone],
		margin: [0, 2, 0, 12],
		unbreakable: true
	};
}

/** Section heading (level 2): in the table of contents and the bookmarks under its chapter. */
export function sectionHeading(
	block: Extract<Block, { type: 'heading' }>,
	chapterAnchor: string
): PdfContent {
	return {
		text: `${block.number}  ${block.text}`,
		style: 'sectionTitle',
		id: block.anchor,
		tocItem: true,
		tocStyle: 'tocSection',
		tocMargin: [18, 3, 0, 0],
		outline: true,
		outlineParentId: chapterAnchor,
		outlineText: `${block.number} ${block.text}`
	};
}

export function block(b: Block, chapterAnchor: string): PdfContent {
	switch (b.type) {
		case 'heading':
			return sectionHeading(b, chapterAnchor);
		case 'paragraph':
			return { text: runs(b.runs), style: 'body' };
		case 'list':
			return {
				ul: b.items.map((item) => ({ text: runs(item), style: 'body', margin: [0, 0, 0, 2] })),
				margin: [0, 0, 0, 8]
			};
		case 'table':
			return table(b);
		case 'chart':
			return chart(b);
		case 'keyFigures':
			return keyFigures(b);
		case 'callout':
			return callout(b);
	}
}
