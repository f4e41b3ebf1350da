// The concept document model (design.md): a small tree of chapters and blocks that the HTML preview
// and the PDF both render without computing anything. Text is always plain text in runs; there is no
// HTML and no renderer-specific markup anywhere in the model. Pure and client-safe.
import type { ChartModel } from '../evaluation/charts';
import type { TrafficLight } from '../evaluation/types';

/** Plain text, optionally emphasised (the only inline formatting narrative text can carry). */
export interface TextRun {
	text: string;
	emphasis?: boolean;
}

export interface HeadingBlock {
	type: 'heading';
	/** "5.2" */
	number: string;
	text: string;
	/** stable anchor, e.g. "kapitel-5-2" */
	anchor: string;
}

export interface ParagraphBlock {
	type: 'paragraph';
	runs: TextRun[];
}

export interface ListBlock {
	type: 'list';
	items: TextRun[][];
}

export type Align = 'left' | 'right' | 'center';

export interface TableColumn {
	label: string;
	align: Align;
	/** relative width (star units); default 1 */
	width?: number;
}

export interface TableCell {
	/** plain text; "\n" separates lines within the cell */
	text: string;
	/** shown as a coloured mark with its label */
	light?: TrafficLight;
}

export type Cell = string | TableCell;

export interface TableBlock {
	type: 'table';
	/** stable id, e.g. "tabelle-kosten-jahre" */
	id: string;
	/** "Tabelle 12.1: Kosten je Kategorie und Jahr" */
	caption: string;
	columns: TableColumn[];
	/** optional grouping rows above the column labels (e.g. ["", "2026–2030"]) */
	groupHeader?: { label: string; span: number }[];
	rows: Cell[][];
	/** sum rows, shown emphasised at the end */
	totals: Cell[][];
	/** where the figures come from (traceability), shown under the table */
	source?: string;
}

export interface ChartBlock {
	type: 'chart';
	/** "Abbildung 5.1" */
	caption: string;
	chart: ChartModel;
	source?: string;
}

export interface KeyFigure {
	label: string;
	value: string;
	detail?: string;
	light?: TrafficLight;
	/** how the figure was computed */
	source?: string;
}

export interface KeyFiguresBlock {
	type: 'keyFigures';
	items: KeyFigure[];
}

export type CalloutTone = 'info' | 'note' | 'warning';

export interface CalloutBlock {
	type: 'callout';
	tone: CalloutTone;
	title: string;
	runs: TextRun[];
}

export type Block =
	| HeadingBlock
	| ParagraphBlock
	| ListBlock
	| TableBlock
	| ChartBlock
	| KeyFiguresBlock
	| CalloutBlock;

export const CHAPTER_KEYS = [
	'summary',
	'basis',
	'profile',
	'competences',
	'current_state',
	'target_state',
	'development',
	'training',
	'operations',
	'data_protection',
	'action_plan',
	'costs',
	'pilots',
	'evaluation'
] as const;
export type ChapterKey = (typeof CHAPTER_KEYS)[number];

export const APPENDIX_KEYS = [
	'inventory',
	'rooms',
	'survey_meta',
	'funding_annex',
	'answers',
	'accessibility'
] as const;
export type AppendixKey = (typeof APPENDIX_KEYS)[number];

export type SectionKey = ChapterKey | AppendixKey;

export interface Chapter {
	key: SectionKey;
	/** "5" for chapters, "A" for appendices */
	number: string;
	title: string;
	isAppendix: boolean;
	anchor: string;
	/** narrative first, then generated content */
	blocks: Block[];
}

export interface ConceptDocument {
	title: string;
	subtitle: string;
	operatorName: string;
	/** "2026–2030" */
	periodLabel: string;
	chapters: Chapter[];
	appendices: Chapter[];
}
