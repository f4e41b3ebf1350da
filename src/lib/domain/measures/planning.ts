// Measures as stored in a planning round (issue 5): the owned Measure plus round, version and times;
// default quarters for an accepted proposal; and the quarter choices of a plan period. Pure.
import type { Cents } from '../costs/money';
import type { Measure, MeasureStatus, Quarter } from './measure';
import { quarterIndex } from './measure';
import type { ActionField, CostEstimate, Priority } from './types';

export interface MeasureRecord extends Measure {
	roundId: string;
	/** optimistic locking: send it back with every change */
	version: number;
	createdAt: Date;
	updatedAt: Date;
	createdByName: string | null;
}

/**
 * A measure as a reader sees it (issue 10): the Schulträger's staff and KISA in charge get every
 * field; school leads and IT staff get investment and running cost as null (no cost figure), and
 * only the schools and reasons of the schools they work for.
 */
export type MeasureView = Omit<MeasureRecord, 'investment' | 'runningPerYear'> & {
	investment: Cents | null;
	runningPerYear: Cents | null;
};

/** A reason line as the rules write it: "<school name>: <what the indicators show>". */
export function reasonOfSchool(reason: string, schoolNames: readonly string[]): boolean {
	return schoolNames.some((name) => reason.startsWith(`${name}: `));
}

/** A rule's proposal that nobody has accepted or rejected yet in this round. */
export interface OpenProposal {
	ruleKey: string;
	title: string;
	description: string;
	actionField: ActionField;
	priority: Priority;
	schoolIds: string[];
	schoolNames: string[];
	/** one reason per school, "Grundschule …: WLAN deckt 60 % der Unterrichtsräume ab, …" */
	reasons: string[];
	estimate: CostEstimate;
	/** "12 Anschluss × 380,00 € = 4.560,00 €" with the basis, per cost line */
	costLines: { label: string; formula: string; basis: string; kind: string; amount: Cents }[];
}

/** Statuses a person may set on an existing measure (rejecting needs a reason). */
export const SETTABLE_STATUSES: readonly MeasureStatus[] = [
	'proposed',
	'planned',
	'in_progress',
	'done',
	'rejected'
];

/** When an accepted proposal starts and ends by default: high in year 1, medium 2, low 3. */
export function defaultQuarters(
	priority: Priority,
	startYear: number
): { startQuarter: Quarter; endQuarter: Quarter } {
	const offset = priority === 'high' ? 0 : priority === 'medium' ? 1 : 2;
	const year = startYear + offset;
	return { startQuarter: `${year}-Q1` as Quarter, endQuarter: `${year}-Q4` as Quarter };
}

/** Every quarter from a year before the plan to its last year (choices in the forms). */
export function quarterChoices(startYear: number, endYear: number): Quarter[] {
	const result: Quarter[] = [];
	for (let y = startYear - 1; y <= endYear; y++)
		for (const q of [1, 2, 3, 4] as const) result.push(`${y}-Q${q}` as Quarter);
	return result;
}

/** Null when fine, else the German message for the end quarter field. */
export function checkQuarterOrder(start: string | null, end: string | null): string | null {
	if (!start || !end) return null;
	return quarterIndex(end) < quarterIndex(start)
		? 'Das Endquartal darf nicht vor dem Startquartal liegen.'
		: null;
}

/** Reasons are stored as one text, one line per school. */
export function joinReasons(reasons: readonly string[]): string {
	return reasons.map((r) => r.replace(/\s+/g, ' ').trim()).join('\n');
}

export function splitReasons(text: string): string[] {
	return text
		.split('\n')
		.map((r) => r.trim())
		.filter(Boolean);
}

/** Measures whose cost items count in the cost plan: all but rejected ones. */
export function countsInPlan(status: MeasureStatus): boolean {
	return status !== 'rejected';
}
