// A small text diff for comparing concept versions: Myers' O(ND) algorithm over lines, and within a
// changed run of lines over words (whitespace kept), so a reader sees which words changed. Pure.

export type DiffKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
	kind: DiffKind;
	text: string;
}

/** Beyond this many edits a sequence counts as replaced as a whole (bounds time and memory). */
export const MAX_EDITS = 2000;

type Op = { kind: DiffKind; a: number; b: number };

/**
 * Myers' shortest edit script between a and b (after the common prefix and suffix are trimmed by the
 * caller). Returns null when more than `maxEdits` edits would be needed.
 */
function shortestEdit<T>(a: readonly T[], b: readonly T[], maxEdits: number): Op[] | null {
	const n = a.length;
	const m = b.length;
	const max = Math.min(n + m, maxEdits);
	const offset = max + 1;
	const v = new Int32Array(2 * max + 3);
	// trace[d] holds v[k] for k in -d-1 … d+1 as it was before step d
	const trace: Int32Array[] = [];
	for (let d = 0; d <= max; d++) {
		trace.push(v.slice(offset - d - 1, offset + d + 2));
		for (let k = -d; k <= d; k += 2) {
			const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
			let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
			let y = x - k;
			while (x < n && y < m && a[x] === b[y]) {
				x++;
				y++;
			}
			v[offset + k] = x;
			if (x >= n && y >= m) return backtrack(trace, n, m);
		}
	}
	return null;
}

function backtrack(trace: Int32Array[], n: number, m: number): Op[] {
	const ops: Op[] = [];
	let x = n;
	let y = m;
	for (let d = trace.length - 1; d >= 0; d--) {
		const at = (k: number) => trace[d][k + d + 1];
		const k = x - y;
		const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
		const prevK = down ? k + 1 : k - 1;
		const prevX = d === 0 ? 0 : at(prevK);
		const prevY = d === 0 ? 0 : prevX - prevK;
		while (x > prevX && y > prevY) {
			ops.push({ kind: 'equal', a: --x, b: --y });
		}
		if (d > 0) {
			if (down) ops.push({ kind: 'insert', a: x, b: --y });
			else ops.push({ kind: 'delete', a: --x, b: y });
		}
	}
	return ops.reverse();
}

/** Edit operations between two sequences: equal, insert (from b) and delete (from a) items. */
export function diffSequences<T>(
	a: readonly T[],
	b: readonly T[],
	maxEdits = MAX_EDITS
): { kind: DiffKind; item: T }[] {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let endA = a.length;
	let endB = b.length;
	while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
		endA--;
		endB--;
	}
	const midA = a.slice(start, endA);
	const midB = b.slice(start, endB);
	const head = a.slice(0, start).map((item) => ({ kind: 'equal' as const, item }));
	const tail = a.slice(endA).map((item) => ({ kind: 'equal' as const, item }));
	const ops = shortestEdit(midA, midB, maxEdits);
	const middle = ops
		? ops.map((op) => ({ kind: op.kind, item: op.kind === 'insert' ? midB[op.b] : midA[op.a] }))
		: [
				...midA.map((item) => ({ kind: 'delete' as const, item })),
				...midB.map((item) => ({ kind: 'insert' as const, item }))
			];
	return [...head, ...middle, ...tail];
}

/** Adjacent parts of the same kind joined; empty parts dropped. */
export function mergeParts(parts: readonly DiffPart[]): DiffPart[] {
	const out: DiffPart[] = [];
	for (const part of parts) {
		if (!part.text) continue;
		const last = out[out.length - 1];
		if (last && last.kind === part.kind) last.text += part.text;
		else out.push({ ...part });
	}
	return out;
}

/** Words and the whitespace between them, so joining the tokens gives the text back. */
export function wordTokens(text: string): string[] {
	return text.match(/\s+|[^\s]+/g) ?? [];
}

/**
 * Turns edit operations into parts: equal items as they are, each run of changes through `change`
 * (deleted text, inserted text). With `joinWhitespace`, whitespace between the words of a
 * replacement belongs to it, so "a b" → "c d" reads as one replacement rather than two (it is added
 * to both sides, which keeps both texts exact).
 */
function collect(
	ops: readonly { kind: DiffKind; item: string }[],
	joinWhitespace: boolean,
	change: (deleted: string, inserted: string) => DiffPart[]
): DiffPart[] {
	const parts: DiffPart[] = [];
	let deleted = '';
	let inserted = '';
	const flush = () => {
		if (deleted || inserted) parts.push(...change(deleted, inserted));
		deleted = inserted = '';
	};
	ops.forEach((op, i) => {
		const next = ops[i + 1]?.kind;
		const both = (deleted !== '' || next === 'delete') && (inserted !== '' || next === 'insert');
		if (
			joinWhitespace &&
			op.kind === 'equal' &&
			both &&
			next !== 'equal' &&
			/^\s+$/.test(op.item)
		) {
			deleted += op.item;
			inserted += op.item;
		} else if (op.kind === 'equal') {
			flush();
			parts.push({ kind: 'equal', text: op.item });
		} else if (op.kind === 'delete') deleted += op.item;
		else inserted += op.item;
	});
	flush();
	return mergeParts(parts);
}

/** Within a change everything deleted comes before everything inserted ("alt neu" reads best). */
const replacement = (deleted: string, inserted: string): DiffPart[] => [
	{ kind: 'delete', text: deleted },
	{ kind: 'insert', text: inserted }
];

/** Word diff: deleted and inserted words of a changed passage. */
export function diffWords(a: string, b: string): DiffPart[] {
	return collect(diffSequences(wordTokens(a), wordTokens(b)), true, replacement);
}

/** Lines with their line break, so joining them gives the text back. */
function lineTokens(text: string): string[] {
	return text.match(/[^\n]*\n/g) ?? [];
}

/**
 * Removes the final character of one side (the line break diffText appended). When that character
 * sits in an equal part that the other side continues after, it stays for the other side only.
 * Returns true when the part was the last of both sides (nothing left to remove for the other).
 */
function dropFinalChar(parts: DiffPart[], side: 'old' | 'new'): boolean {
	const own: DiffKind = side === 'old' ? 'delete' : 'insert';
	const other: DiffKind = side === 'old' ? 'insert' : 'delete';
	const i = parts.findLastIndex((p) => p.kind !== other);
	if (i < 0) return false;
	const lastOfOther = parts.findLastIndex((p) => p.kind !== own);
	const part = parts[i];
	parts[i] = { ...part, text: part.text.slice(0, -1) };
	if (part.kind !== 'equal') return false;
	if (i === lastOfOther) return true;
	parts.splice(i + 1, 0, { kind: other, text: part.text.slice(-1) });
	return false;
}

/**
 * Line diff with word diffs inside changed runs of lines: unchanged lines stay whole, a changed
 * paragraph shows the words that differ. Parts carry their line breaks.
 */
export function diffText(a: string, b: string): DiffPart[] {
	// Both texts get a final line break so the last lines compare like all others; it is removed
	// from each side again at the end.
	const ops = diffSequences(lineTokens(a + '\n'), lineTokens(b + '\n'));
	const parts = collect(ops, false, (deleted, inserted) =>
		deleted && inserted ? diffWords(deleted, inserted) : replacement(deleted, inserted)
	);
	const merged = mergeParts(parts);
	if (!dropFinalChar(merged, 'old')) dropFinalChar(merged, 'new');
	return mergeParts(merged);
}

/** Whether a diff contains any change. */
export function hasChanges(parts: readonly DiffPart[]): boolean {
	return parts.some((p) => p.kind !== 'equal');
}

/** The old (kinds equal + delete) or new (equal + insert) text of a diff. */
export function sideOf(parts: readonly DiffPart[], side: 'old' | 'new'): string {
	const skip: DiffKind = side === 'old' ? 'insert' : 'delete';
	return parts
		.filter((p) => p.kind !== skip)
		.map((p) => p.text)
		.join('');
}
