// Comparing two frozen concept versions: per chapter the text (narrative and generated prose, one
// line per block) as a word/line diff, and the figures that changed (key figures by label, table
// cells by table, row label and column). Pure.
import { diffText, hasChanges, type DiffPart } from './diff';
import type { Block, Cell, Chapter, ConceptDocument, TableBlock } from './model';
import { runsText } from './narrative';

export interface FigureChange {
	/** "Kennzahlen" or the table caption */
	where: string;
	/** row label or key figure label */
	item: string;
	/** column label; null for a key figure or a whole row added or removed */
	field: string | null;
	from: string | null;
	to: string | null;
}

export interface ChapterComparison {
	key: string;
	number: string;
	title: string;
	isAppendix: boolean;
	/** only in one of the versions */
	presence: 'both' | 'added' | 'removed';
	text: DiffPart[];
	textChanged: boolean;
	figures: FigureChange[];
}

export interface ConceptComparison {
	chapters: ChapterComparison[];
	/** chapters with any change */
	changedCount: number;
	figureCount: number;
}

const cellText = (cell: Cell) => (typeof cell === 'string' ? cell : cell.text);

/** The prose of a chapter, one line per paragraph, list item, heading or callout. */
export function chapterText(chapter: Chapter): string {
	const lines: string[] = [];
	for (const block of chapter.blocks) {
		if (block.type === 'heading') lines.push(`${block.number} ${block.text}`);
		else if (block.type === 'paragraph') lines.push(runsText(block.runs));
		else if (block.type === 'list')
			for (const item of block.items) lines.push(`– ${runsText(item)}`);
		else if (block.type === 'callout') lines.push(`${block.title}: ${runsText(block.runs)}`);
	}
	return lines.join('\n');
}

/** Row label → cells; repeated labels get a running number so rows still pair up. */
function rowsByLabel(rows: readonly Cell[][], prefix = ''): Map<string, string[]> {
	const result = new Map<string, string[]>();
	const seen = new Map<string, number>();
	for (const row of rows) {
		const texts = row.map(cellText);
		const label = prefix + (texts[0] ?? '');
		const count = (seen.get(label) ?? 0) + 1;
		seen.set(label, count);
		result.set(count > 1 ? `${label} (${count})` : label, texts);
	}
	return result;
}

function tableRows(table: TableBlock): Map<string, string[]> {
	return new Map([...rowsByLabel(table.rows), ...rowsByLabel(table.totals, 'Summe: ')]);
}

function compareTables(a: TableBlock | undefined, b: TableBlock | undefined): FigureChange[] {
	const where = (b ?? a)!.caption;
	const rowsA = a ? tableRows(a) : new Map<string, string[]>();
	const rowsB = b ? tableRows(b) : new Map<string, string[]>();
	const columns = (b ?? a)!.columns.map((c) => c.label);
	const changes: FigureChange[] = [];
	for (const [item, cellsB] of rowsB) {
		const cellsA = rowsA.get(item);
		if (!cellsA) {
			changes.push({ where, item, field: null, from: null, to: cellsB.join(' · ') });
			continue;
		}
		for (let i = 1; i < Math.max(cellsA.length, cellsB.length); i++) {
			if ((cellsA[i] ?? '') !== (cellsB[i] ?? ''))
				changes.push({
					where,
					item,
					field: columns[i] ?? `Spalte ${i + 1}`,
					from: cellsA[i] ?? null,
					to: cellsB[i] ?? null
				});
		}
	}
	for (const [item, cellsA] of rowsA)
		if (!rowsB.has(item))
			changes.push({ where, item, field: null, from: cellsA.join(' · '), to: null });
	return changes;
}

function keyFigures(blocks: readonly Block[]): Map<string, string> {
	const result = new Map<string, string>();
	for (const block of blocks)
		if (block.type === 'keyFigures')
			for (const f of block.items)
				result.set(f.label, f.detail ? `${f.value} (${f.detail})` : f.value);
	return result;
}

function tables(blocks: readonly Block[]): Map<string, TableBlock> {
	const result = new Map<string, TableBlock>();
	for (const block of blocks) if (block.type === 'table') result.set(block.id, block);
	return result;
}

/** Figures that differ between two versions of one chapter. */
export function compareFigures(a: Chapter | undefined, b: Chapter | undefined): FigureChange[] {
	const changes: FigureChange[] = [];
	const figuresA = keyFigures(a?.blocks ?? []);
	const figuresB = keyFigures(b?.blocks ?? []);
	for (const label of new Set([...figuresA.keys(), ...figuresB.keys()])) {
		const from = figuresA.get(label) ?? null;
		const to = figuresB.get(label) ?? null;
		if (from !== to) changes.push({ where: 'Kennzahlen', item: label, field: null, from, to });
	}
	const tablesA = tables(a?.blocks ?? []);
	const tablesB = tables(b?.blocks ?? []);
	for (const id of new Set([...tablesA.keys(), ...tablesB.keys()]))
		changes.push(...compareTables(tablesA.get(id), tablesB.get(id)));
	return changes;
}

/** Chapter by chapter comparison of version `from` with version `to`. */
export function compareConcepts(from: ConceptDocument, to: ConceptDocument): ConceptComparison {
	const all = (d: ConceptDocument) => [...d.chapters, ...d.appendices];
	const before = new Map(all(from).map((c) => [c.key, c]));
	const after = new Map(all(to).map((c) => [c.key, c]));
	const order = [...all(to).map((c) => c.key), ...all(from).map((c) => c.key)];
	const chapters: ChapterComparison[] = [];
	for (const key of new Set(order)) {
		const a = before.get(key);
		const b = after.get(key);
		const shown = (b ?? a)!;
		const text = diffText(a ? chapterText(a) : '', b ? chapterText(b) : '');
		const figures = compareFigures(a, b);
		chapters.push({
			key,
			number: shown.number,
			title: shown.title,
			isAppendix: shown.isAppendix,
			presence: a && b ? 'both' : a ? 'removed' : 'added',
			text,
			textChanged: hasChanges(text),
			figures
		});
	}
	return {
		chapters,
		changedCount: chapters.filter((c) => c.textChanged || c.figures.length > 0).length,
		figureCount: chapters.reduce((sum, c) => sum + c.figures.length, 0)
	};
}
