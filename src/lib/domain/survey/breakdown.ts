// Breakdowns of survey results by the answer to a grouping question (e.g. results per subject group).
// Every group passes the same threshold as the whole survey; a single-choice breakdown is a partition
// of the respondents, so a lone hidden group also hides the smallest shown one (no "total minus the
// rest"). Pure.
import { NO_ANSWER, type Answers, type MultiAnswer, type Question } from '../questionnaire/types';
import {
	isShowable,
	partitionIndexesToHide,
	SUPPRESSED_MESSAGE,
	type Suppressed
} from './suppression';

export const WITHOUT_ANSWER_GROUP = 'ohne_angabe';

export interface BreakdownGroup<T> {
	value: string;
	label: string;
	result: Suppressed<T>;
}

function memberOf(q: Question, answers: Answers, value: string): boolean {
	const v = answers[q.key];
	if (q.type === 'multi') {
		return (
			!!v && typeof v === 'object' && 'selected' in v && (v as MultiAnswer).selected.includes(value)
		);
	}
	if (value === WITHOUT_ANSWER_GROUP)
		return v === null || v === undefined || v === '' || v === NO_ANSWER;
	return String(v) === value;
}

function groupsOf(q: Question): { value: string; label: string }[] {
	if (q.type === 'single' || q.type === 'multi')
		return q.options.map((o) => ({ value: o.value, label: o.label }));
	if (q.type === 'likert')
		return [1, 2, 3, 4, 5].map((v) => ({ value: String(v), label: String(v) }));
	if (q.type === 'boolean')
		return [
			{ value: 'true', label: q.trueLabel ?? 'Ja' },
			{ value: 'false', label: q.falseLabel ?? 'Nein' }
		];
	throw new Error(`cannot break down by a ${q.type} question`);
}

/**
 * Groups the responses by `grouping` and computes `metric` for every group that may be shown.
 * Single-choice, likert and boolean groupings add a group "ohne Angabe" so the groups form a partition.
 */
export function breakdown<T>(
	grouping: Question,
	responses: readonly Answers[],
	metric: (group: Answers[]) => T
): BreakdownGroup<T>[] {
	const isPartition = grouping.type !== 'multi';
	const defs = groupsOf(grouping);
	if (isPartition) defs.push({ value: WITHOUT_ANSWER_GROUP, label: 'ohne Angabe' });
	const members = defs.map((d) => responses.filter((r) => memberOf(grouping, r, d.value)));
	const hidden = isPartition
		? partitionIndexesToHide(members.map((m) => m.length))
		: new Set(members.flatMap((m, i) => (isShowable(m.length) ? [] : [i])));
	return defs.map((d, i) => {
		const group = members[i];
		const result: Suppressed<T> =
			hidden.has(i) || !isShowable(group.length)
				? { shown: false, n: null, reason: SUPPRESSED_MESSAGE }
				: { shown: true, n: group.length, value: metric(group) };
		return { value: d.value, label: d.label, result };
	});
}
