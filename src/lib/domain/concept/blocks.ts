// Small builders for concept blocks, so the chapter modules read like the document they produce.
// Pure.
import type { TrafficLight } from '../evaluation/types';
import type {
	Block,
	CalloutTone,
	Cell,
	ChartBlock,
	KeyFigure,
	TableBlock,
	TableColumn,
	TextRun
} from './model';
import { parseInline } from './narrative';

export const LIGHT_TEXT: Record<TrafficLight, string> = {
	gruen: 'erfüllt',
	gelb: 'teilweise',
	rot: 'nicht erfüllt',
	grau: 'keine Daten'
};

/** A generated paragraph; `*…*` marks emphasis as in narratives. */
export function p(text: string): Block {
	return { type: 'paragraph', runs: parseInline(text) };
}

export function list(items: readonly string[]): Block {
	return { type: 'list', items: items.map((i) => parseInline(i)) };
}

export function callout(tone: CalloutTone, title: string, text: string): Block {
	return { type: 'callout', tone, title, runs: [{ text }] satisfies TextRun[] };
}

export function keyFigures(items: KeyFigure[]): Block {
	return { type: 'keyFigures', items };
}

export function lightCell(light: TrafficLight, text = LIGHT_TEXT[light]): Cell {
	return { text, light };
}

export const col = (label: string, align: TableColumn['align'] = 'left', width = 1) => ({
	label,
	align,
	width
});

/** Numbers tables and charts per chapter ("Tabelle 12.3"). */
export class Captions {
	private tables = 0;
	private figures = 0;
	constructor(private readonly chapter: string) {}

	table(
		id: string,
		title: string,
		columns: TableColumn[],
		rows: Cell[][],
		options: { totals?: Cell[][]; source?: string; groupHeader?: TableBlock['groupHeader'] } = {}
	): TableBlock {
		this.tables += 1;
		return {
			type: 'table',
			id: `tabelle-${id}`,
			caption: `Tabelle ${this.chapter}.${this.tables}: ${title}`,
			columns,
			rows,
			totals: options.totals ?? [],
			...(options.source ? { source: options.source } : {}),
			...(options.groupHeader ? { groupHeader: options.groupHeader } : {})
		};
	}

	chart(chart: ChartBlock['chart'], source?: string): ChartBlock {
		this.figures += 1;
		return {
			type: 'chart',
			caption: `Abbildung ${this.chapter}.${this.figures}: ${chart.title}`,
			chart,
			...(source ? { source } : {})
		};
	}
}

/** Section headings numbered within a chapter ("5.1", "5.2"). */
export class Sections {
	private count = 0;
	constructor(private readonly chapter: string) {}

	heading(text: string): Block {
		this.count += 1;
		const number = `${this.chapter}.${this.count}`;
		return { type: 'heading', number, text, anchor: `kapitel-${number.replace('.', '-')}` };
	}
}
