import { describe, expect, it } from 'vitest';
import {
	diffSequences,
	diffText,
	diffWords,
	hasChanges,
	sideOf,
	wordTokens
} from '../../src/lib/domain/concept/diff';

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function lcsLength(a: string[], b: string[]): number {
	const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++)
			dp[i][j] =
				a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
	return dp[a.length][b.length];
}

describe('diffSequences', () => {
	it('finds the shortest edit script (equal items = longest common subsequence)', () => {
		const rnd = random(42);
		for (let round = 0; round < 200; round++) {
			const gen = () =>
				Array.from({ length: Math.floor(rnd() * 12) }, () => 'abcd'[Math.floor(rnd() * 4)]);
			const a = gen();
			const b = gen();
			const ops = diffSequences(a, b);
			expect(ops.filter((o) => o.kind !== 'insert').map((o) => o.item)).toEqual(a);
			expect(ops.filter((o) => o.kind !== 'delete').map((o) => o.item)).toEqual(b);
			expect(ops.filter((o) => o.kind === 'equal').length).toBe(lcsLength(a, b));
		}
	});

	it('replaces everything when the edits exceed the limit, still reproducing both sides', () => {
		const a = ['a', 'b', 'c', 'd'];
		const b = ['w', 'x', 'y', 'z'];
		const ops = diffSequences(a, b, 2);
		expect(ops.map((o) => o.kind)).toEqual([
			'delete',
			'delete',
			'delete',
			'delete',
			'insert',
			'insert',
			'insert',
			'insert'
		]);
	});

	it('handles empty sides', () => {
		expect(diffSequences([], ['x'])).toEqual([{ kind: 'insert', item: 'x' }]);
		expect(diffSequences(['x'], [])).toEqual([{ kind: 'delete', item: 'x' }]);
		expect(diffSequences([], [])).toEqual([]);
	});
});

describe('diffWords', () => {
	it('marks only the changed word', () => {
		expect(diffWords('WLAN in 60 % der Räume', 'WLAN in 100 % der Räume')).toEqual([
			{ kind: 'equal', text: 'WLAN in ' },
			{ kind: 'delete', text: '60' },
			{ kind: 'insert', text: '100' },
			{ kind: 'equal', text: ' % der Räume' }
		]);
	});

	it('keeps whitespace so both sides are reproduced exactly', () => {
		const a = 'Die  Schulen\tplanen gemeinsam.';
		const b = 'Die Schulen planen  künftig gemeinsam!';
		const parts = diffWords(a, b);
		expect(sideOf(parts, 'old')).toBe(a);
		expect(sideOf(parts, 'new')).toBe(b);
		expect(wordTokens(a).join('')).toBe(a);
	});
});

describe('diffText', () => {
	it('keeps unchanged lines whole and word-diffs a changed line', () => {
		const a = 'Erster Absatz.\nZweiter Absatz mit altem Text.\nDritter Absatz.';
		const b = 'Erster Absatz.\nZweiter Absatz mit neuem Text.\nDritter Absatz.';
		const parts = diffText(a, b);
		expect(parts).toEqual([
			{ kind: 'equal', text: 'Erster Absatz.\nZweiter Absatz mit ' },
			{ kind: 'delete', text: 'altem' },
			{ kind: 'insert', text: 'neuem' },
			{ kind: 'equal', text: ' Text.\nDritter Absatz.' }
		]);
	});

	it('shows added and removed lines', () => {
		const parts = diffText('A\nB\nC', 'A\nC\nD');
		expect(sideOf(parts, 'old')).toBe('A\nB\nC');
		expect(sideOf(parts, 'new')).toBe('A\nC\nD');
		expect(parts.filter((p) => p.kind === 'delete').map((p) => p.text.trim())).toEqual(['B']);
		expect(parts.filter((p) => p.kind === 'insert').map((p) => p.text.trim())).toEqual(['D']);
	});

	it('reproduces both sides for random edits of a long text', () => {
		const rnd = random(7);
		const words =
			'Die Schulen des Trägers planen WLAN Geräte Fortbildung und Support für alle Klassen'.split(
				' '
			);
		const text = (n: number) =>
			Array.from(
				{ length: n },
				(_, i) =>
					Array.from({ length: 8 }, () => words[Math.floor(rnd() * words.length)]).join(' ') +
					(i % 3 === 0 ? '.' : '')
			).join('\n');
		for (let round = 0; round < 20; round++) {
			const a = text(30);
			const lines = a.split('\n');
			lines.splice(Math.floor(rnd() * lines.length), 1, 'Eine neue Zeile');
			lines.splice(Math.floor(rnd() * lines.length), 0, 'Noch eine');
			const b = lines.join('\n');
			const parts = diffText(a, b);
			expect(sideOf(parts, 'old')).toBe(a);
			expect(sideOf(parts, 'new')).toBe(b);
			expect(hasChanges(parts)).toBe(true);
		}
	});

	it('reports no change for equal texts and stays fast for a 20,000-character rewrite', () => {
		expect(hasChanges(diffText('gleich\nbleibt', 'gleich\nbleibt'))).toBe(false);
		const a = 'alt '.repeat(5000);
		const b = 'neu '.repeat(5000);
		const started = performance.now();
		const parts = diffText(a, b);
		expect(sideOf(parts, 'new')).toBe(b);
		expect(performance.now() - started).toBeLessThan(5000);
	});
});

describe('diffWords replacements', () => {
	it('reads a replaced phrase as one replacement, not word by word', () => {
		expect(diffWords('Ein pädagogischer Tag.', 'Zwei pädagogische Tage.')).toEqual([
			{ kind: 'delete', text: 'Ein pädagogischer Tag.' },
			{ kind: 'insert', text: 'Zwei pädagogische Tage.' }
		]);
	});
});
