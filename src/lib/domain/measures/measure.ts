// A measure as people own it (after a proposal was accepted, changed, or one was added): owner,
// priority, start and end quarter, status, rejection reason. Pure and client-safe.
import type { Cents } from '../costs/money';
import type { ActionField, Priority } from './types';

export const MEASURE_STATUSES = ['proposed', 'planned', 'in_progress', 'done', 'rejected'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const MEASURE_STATUS_LABELS: Record<MeasureStatus, string> = {
	proposed: 'vorgeschlagen',
	planned: 'geplant',
	in_progress: 'in Umsetzung',
	done: 'abgeschlossen',
	rejected: 'abgelehnt'
};

/** 'YYYY-Qn', e.g. '2026-Q3'. */
export type Quarter = `${number}-Q${1 | 2 | 3 | 4}`;

const QUARTER = /^(\d{4})-Q([1-4])$/;

export function isQuarter(value: unknown): value is Quarter {
	return typeof value === 'string' && QUARTER.test(value);
}

/** '2026-Q3' → 'Q3/2026'; anything else unchanged. */
export function formatQuarter(value: string | null | undefined): string {
	if (!value) return '–';
	const m = QUARTER.exec(value);
	return m ? `Q${m[2]}/${m[1]}` : value;
}

/** Comparable index of a quarter (year × 4 + quarter − 1); NaN if malformed. */
export function quarterIndex(value: string): number {
	const m = QUARTER.exec(value);
	return m ? Number(m[1]) * 4 + Number(m[2]) - 1 : Number.NaN;
}

export interface Measure {
	id: string;
	/** the rule that proposed it; null: added by hand */
	ruleId: string | null;
	title: string;
	description: string;
	actionField: ActionField;
	schoolIds: string[];
	owner: string;
	priority: Priority;
	startQuarter: Quarter | null;
	endQuarter: Quarter | null;
	status: MeasureStatus;
	/** required when status is 'rejected' */
	rejectionReason: string | null;
	/** the findings' reasons it answers (traceability) */
	reasons: string[];
	/** investment and running cost per year of its cost items */
	investment: Cents;
	runningPerYear: Cents;
}
