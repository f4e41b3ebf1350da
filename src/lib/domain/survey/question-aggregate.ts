// Aggregate of one survey question over a set of responses: distributions (single, boolean, likert),
// rankings (multi), DigCompEdu levels. "keine Angabe" is counted but never enters a mean. Pure.
import {
	DEFAULT_LIKERT_LABELS,
	DIGCOMPEDU_LEVELS,
	DIGCOMPEDU_LEVEL_LABELS,
	NO_ANSWER,
	type Answers,
	type AnswerValue,
	type MultiAnswer,
	type Question
} from '../questionnaire/types';

export const NO_ANSWER_LABEL = 'keine Angabe';

export interface CountItem {
	value: string;
	label: string;
	count: number;
	/** Percent of the question's base (respondents who answered it), one decimal. */
	share: number;
}

interface AggregateBase {
	key: string;
	label: string;
	sectionTitle: string;
	/** Respondents who answered the question ("keine Angabe" included). */
	base: number;
}

/** single, boolean, likert: every option with its count, in scale order. */
export interface DistributionAggregate extends AggregateBase {
	kind: 'distribution';
	items: CountItem[];
	noAnswer: number;
	/** Likert only: mean of 1–5 without "keine Angabe"; null otherwise or when nobody rated. */
	mean: number | null;
}

/** multi: options ranked by how many respondents chose them (ties in option order). */
export interface RankingAggregate extends AggregateBase {
	kind: 'ranking';
	items: CountItem[];
}

/** digcompedu: counts per level A1–C2 and the mean level (A1 = 1 … C2 = 6). */
export interface LevelAggregate extends AggregateBase {
	kind: 'levels';
	items: CountItem[];
	noAnswer: number;
	mean: number | null;
}

export type QuestionAggregate = DistributionAggregate | RankingAggregate | LevelAggregate;

export function round1(x: number): number {
	return Math.round(x * 10) / 10;
}

function pct(count: number, base: number): number {
	return base > 0 ? round1((count / base) * 100) : 0;
}

function answered(value: AnswerValue | null | undefined): boolean {
	if (value === null || value === undefined) return false;
	if (typeof value === 'string') return value.trim() !== '';
	if (typeof value === 'object' && 'selected' in value) {
		return Array.isArray(value.selected) && value.selected.length > 0;
	}
	return true;
}

function distribution(
	q: Question,
	values: AnswerValue[],
	sectionTitle: string
): DistributionAggregate {
	const noAnswer = values.filter((v) => v === NO_ANSWER).length;
	const base = values.length;
	let options: { value: string; label: string; matches: (v: AnswerValue) => boolean }[] = [];
	let mean: number | null = null;
	if (q.type === 'single') {
		options = q.options.map((o) => ({
			value: o.value,
			label: o.label,
			matches: (v) => v === o.value
		}));
	} else if (q.type === 'boolean') {
		options = [
			{ value: 'ja', label: q.trueLabel ?? 'Ja', matches: (v) => v === true },
			{ value: 'nein', label: q.falseLabel ?? 'Nein', matches: (v) => v === false }
		];
	} else if (q.type === 'likert') {
		const labels = q.labels ?? [...DEFAULT_LIKERT_LABELS];
		options = labels.map((label, i) => ({
			value: String(i + 1),
			label: `${i + 1} – ${label}`,
			matches: (v) => v === i + 1
		}));
		const rated = values.filter((v): v is number => typeof v === 'number');
		mean =
			rated.length > 0
				? Math.round((rated.reduce((a, b) => a + b, 0) / rated.length) * 100) / 100
				: null;
	}
	const items = options.map((o) => {
		const count = values.filter(o.matches).length;
		return { value: o.value, label: o.label, count, share: pct(count, base) };
	});
	if (q.type === 'likert')
		items.push({
			value: NO_ANSWER,
			label: NO_ANSWER_LABEL,
			count: noAnswer,
			share: pct(noAnswer, base)
		});
	return {
		kind: 'distribution',
		key: q.key,
		label: q.label,
		sectionTitle,
		base,
		items,
		noAnswer,
		mean
	};
}

function ranking(
	q: Question & { type: 'multi' },
	values: AnswerValue[],
	sectionTitle: string
): RankingAggregate {
	const base = values.length;
	const items = q.options.map((o, order) => {
		const count = values.filter((v) => (v as MultiAnswer).selected.includes(o.value)).length;
		return { value: o.value, label: o.label, count, share: pct(count, base), order };
	});
	items.sort((a, b) => b.count - a.count || a.order - b.order);
	return {
		kind: 'ranking',
		key: q.key,
		label: q.label,
		sectionTitle,
		base,
		items: items.map(({ order: _o, ...i }) => i)
	};
}

function levels(q: Question, values: AnswerValue[], sectionTitle: string): LevelAggregate {
	const base = values.length;
	const noAnswer = values.filter((v) => v === NO_ANSWER).length;
	const items: CountItem[] = DIGCOMPEDU_LEVELS.map((level) => {
		const count = values.filter((v) => v === level).length;
		return {
			value: level as string,
			label: DIGCOMPEDU_LEVEL_LABELS[level],
			count,
			share: pct(count, base)
		};
	});
	items.push({
		value: NO_ANSWER,
		label: NO_ANSWER_LABEL,
		count: noAnswer,
		share: pct(noAnswer, base)
	});
	const ranks = values
		.map((v) => DIGCOMPEDU_LEVELS.indexOf(v as (typeof DIGCOMPEDU_LEVELS)[number]) + 1)
		.filter((r) => r > 0);
	const mean =
		ranks.length > 0
			? Math.round((ranks.reduce((a, b) => a + b, 0) / ranks.length) * 100) / 100
			: null;
	return { kind: 'levels', key: q.key, label: q.label, sectionTitle, base, items, noAnswer, mean };
}

/** The aggregate of one question over the given responses, or null for types not aggregated. */
export function aggregateQuestion(
	q: Question,
	responses: readonly Answers[],
	sectionTitle = ''
): QuestionAggregate | null {
	const values = responses.map((r) => r[q.key]).filter(answered) as AnswerValue[];
	switch (q.type) {
		case 'single':
		case 'boolean':
		case 'likert':
			return distribution(q, values, sectionTitle);
		case 'multi':
			return ranking(q, values, sectionTitle);
		case 'digcompedu':
			return levels(q, values, sectionTitle);
		default:
			return null;
	}
}
