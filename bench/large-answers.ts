// Plausible answers for the Saxony-size data set (P9): one valid value per question, drawn from a
// seeded random source so every run builds the same data. Values are checked by the questionnaire
// engine's own validation; a question whose drawn value is not valid is left unanswered.
import type { AnswerValue, Question } from '../src/lib/domain/questionnaire/types';
import { validateAnswer } from '../src/lib/domain/questionnaire/validate';

/** Deterministic pseudo-random numbers (mulberry32). */
export function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function between(rnd: () => number, min: number, max: number, integer: boolean): number {
	const v = min + rnd() * (max - min);
	return integer ? Math.round(v) : Math.round(v * 10) / 10;
}

function draw(q: Question, rnd: () => number): unknown {
	const pick = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(rnd() * xs.length))];
	switch (q.type) {
		case 'integer':
		case 'decimal':
		case 'currency':
		case 'percent':
		case 'year': {
			const min = q.min ?? (q.type === 'year' ? 2012 : 0);
			const max = q.max ?? (q.type === 'year' ? 2026 : q.type === 'percent' ? 100 : 400);
			return between(rnd, min, Math.min(max, min + 400), q.type !== 'decimal');
		}
		case 'boolean':
			return rnd() < 0.6;
		case 'single':
			return pick(q.options).value;
		case 'multi': {
			const selected = q.options.filter(() => rnd() < 0.35).map((o) => o.value);
			return { selected: selected.slice(0, q.maxSelections ?? 3) };
		}
		case 'likert':
			return 1 + Math.floor(rnd() * 5);
		case 'digcompedu':
			return pick(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
		case 'text':
			return `Angabe ${Math.floor(rnd() * 1000)}`;
		case 'longtext':
			return 'Freitext aus dem Lasttest-Datensatz, ohne Bezug zu einer Person.';
		case 'date':
			return `2026-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`;
		case 'grid': {
			const grid: Record<string, Record<string, number>> = {};
			for (const row of q.rows) {
				grid[row.key] = {};
				for (const col of q.columns)
					grid[row.key][col.key] = between(rnd, q.min ?? 0, Math.min(q.max ?? 30, 30), true);
			}
			return grid;
		}
	}
}

/** [question key, JSON value] for every question that gets a valid answer. */
export function drawAnswers(questions: readonly Question[], rnd: () => number): [string, string][] {
	const out: [string, string][] = [];
	for (const q of questions) {
		const result = validateAnswer(q, draw(q, rnd));
		if (!result.ok || result.value === null) continue;
		out.push([q.key, JSON.stringify(result.value as AnswerValue)]);
	}
	return out;
}
