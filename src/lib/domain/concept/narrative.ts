// Narrative text of a chapter: stored as plain text with a tiny markup (a blank line starts a new
// paragraph, lines starting with "- " are list items, *emphasis*) and parsed here into paragraph and
// list blocks of plain text runs. Nothing in the text is ever interpreted as HTML or as renderer
// markup: "<script>" or '{"image": …}' stay exactly that text. Pure.
import type { ListBlock, ParagraphBlock, TextRun } from './model';

export type NarrativeBlock = ParagraphBlock | ListBlock;

/** Longest narrative we accept per chapter (characters). */
export const MAX_NARRATIVE_LENGTH = 20000;

// C0/C1 control characters except tab and newline, plus lone surrogates and non-characters.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/g;

/** Line endings unified, control characters removed, tabs as spaces, size limited. */
export function normaliseNarrative(text: string): string {
	return text
		.replace(/\r\n?/g, '\n')
		.replace(UNSAFE, '')
		.replace(/\t/g, ' ')
		.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
		.slice(0, MAX_NARRATIVE_LENGTH);
}

/** "*betont*" → emphasised run; an unmatched "*" stays a literal star. */
export function parseInline(text: string): TextRun[] {
	const runs: TextRun[] = [];
	const pattern = /\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;
	let last = 0;
	for (const match of text.matchAll(pattern)) {
		const index = match.index ?? 0;
		if (index > last) runs.push({ text: text.slice(last, index) });
		runs.push({ text: match[1], emphasis: true });
		last = index + match[0].length;
	}
	if (last < text.length) runs.push({ text: text.slice(last) });
	return runs.filter((r) => r.text.length > 0);
}

const LIST_ITEM = /^\s*[-–•]\s+(.*)$/;

/** Parse narrative text into paragraphs and lists of plain text runs. */
export function parseNarrative(text: string | null | undefined): NarrativeBlock[] {
	if (!text) return [];
	const blocks: NarrativeBlock[] = [];
	for (const chunk of normaliseNarrative(text).split(/\n[ ]*\n/)) {
		let paragraph: string[] = [];
		let list: TextRun[][] = [];
		const flushParagraph = () => {
			const joined = paragraph
				.map((l) => l.trim())
				.filter(Boolean)
				.join(' ');
			if (joined) blocks.push({ type: 'paragraph', runs: parseInline(joined) });
			paragraph = [];
		};
		const flushList = () => {
			if (list.length) blocks.push({ type: 'list', items: list });
			list = [];
		};
		for (const line of chunk.split('\n')) {
			const item = LIST_ITEM.exec(line);
			if (item) {
				flushParagraph();
				const runs = parseInline(item[1].trim());
				if (runs.length) list.push(runs);
			} else if (list.length && /^\s{2,}\S/.test(line)) {
				// an indented line continues the previous list item
				list[list.length - 1].push(...parseInline(' ' + line.trim()));
			} else {
				flushList();
				paragraph.push(line);
			}
		}
		flushParagraph();
		flushList();
	}
	return blocks;
}

/** The plain text of runs (for diffs, alt texts and search). */
export function runsText(runs: readonly TextRun[]): string {
	return runs.map((r) => r.text).join('');
}
