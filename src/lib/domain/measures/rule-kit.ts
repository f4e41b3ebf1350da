// Shapes of the rules (data + pure functions) and the small helpers they share. Pure.
import { formatNumber } from '../evaluation/format';
import type { Indicator, TrafficLight } from '../evaluation/types';
import type { AnswerValue, GridAnswer } from '../questionnaire/types';
import type { ActionField, CostLine, RuleContext, SchoolFacts, SurveySignals } from './types';

/** The raw answers of a school's questionnaires (by question key). */
export interface SchoolAnswerSet {
	schoolLead: Readonly<Record<string, AnswerValue | null | undefined>>;
	itStaff: Readonly<Record<string, AnswerValue | null | undefined>>;
	/** the Schulträger's answers (the same for every school of the round) */
	operator?: Readonly<Record<string, AnswerValue | null | undefined>>;
}

/** What one school brings to the rules. */
export interface SchoolRuleInput {
	facts: SchoolFacts;
	/** the answers themselves, for rules that need more than the indicators (e.g. cabling) */
	answers?: SchoolAnswerSet;
	indicators: readonly Indicator[];
	/** null: no survey, or below the threshold */
	survey?: SurveySignals | null;
}

interface RuleBase {
	id: string;
	actionField: ActionField;
	title: string;
	description: string;
}

/** Fires when an indicator of a school has one of `lights` (and `applies`, if given, agrees). */
export interface IndicatorRule extends RuleBase {
	kind: 'indicator';
	indicatorKey: string;
	lights: readonly TrafficLight[];
	/** a further check on the school's answers (e.g. central support already covers the gap) */
	applies?: (indicator: Indicator, school: SchoolRuleInput, context: RuleContext) => boolean;
	reason: (indicator: Indicator, school: SchoolRuleInput, context: RuleContext) => string;
	costs: (indicator: Indicator, school: SchoolRuleInput, context: RuleContext) => CostLine[];
}

/** Fires on survey signals; `assess` returns the light (null: does not apply). */
export interface SurveyRule extends RuleBase {
	kind: 'survey';
	/** the threshold and why, shown with the finding (assumptions are named as such) */
	threshold: string;
	assess: (signals: SurveySignals) => TrafficLight | null;
	reason: (signals: SurveySignals, school: SchoolRuleInput) => string;
	costs: (signals: SurveySignals, school: SchoolRuleInput, context: RuleContext) => CostLine[];
}

export type MeasureRule = IndicatorRule | SurveyRule;

export const RED_OR_YELLOW: readonly TrafficLight[] = ['rot', 'gelb'];

export const num = (value: number, decimals = 1) => formatNumber(value, decimals);
export const percent = (value: number, decimals = 0) => `${formatNumber(value, decimals)} %`;

/** Another indicator of the same school. */
export function indicatorOf(school: SchoolRuleInput, key: string): Indicator | undefined {
	return school.indicators.find((i) => i.key === key);
}

/** Teaching rooms, falling back to the number of classes (one room per class). */
export function roomsOf(facts: SchoolFacts): { rooms: number; basis: string } | null {
	if (facts.teachingRooms !== null && facts.teachingRooms > 0) {
		return { rooms: facts.teachingRooms, basis: `${facts.teachingRooms} Unterrichtsräume` };
	}
	if (facts.classes !== null && facts.classes > 0) {
		return {
			rooms: facts.classes,
			basis: `Annahme: ein Unterrichtsraum je Klasse (${facts.classes})`
		};
	}
	return null;
}

/** A share-based shortfall rounded up to whole units, never negative. */
export function shortfall(total: number, actualPercent: number, targetPercent = 100): number {
	return Math.max(0, Math.ceil((total * (targetPercent - actualPercent)) / 100 - 1e-9));
}

/** An answer of the school, or null when missing. */
export function answerOf(
	school: SchoolRuleInput,
	origin: keyof SchoolAnswerSet,
	key: string
): AnswerValue | null {
	return school.answers?.[origin]?.[key] ?? null;
}

/** A numeric IT-staff answer (percent, count), or null. */
export function indicatorInput(school: SchoolRuleInput, key: string): number | null {
	const v = answerOf(school, 'itStaff', key);
	return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A grid answer, or null. */
export function gridOf(
	school: SchoolRuleInput,
	origin: keyof SchoolAnswerSet,
	key: string
): GridAnswer | null {
	const v = answerOf(school, origin, key);
	return v && typeof v === 'object' && !('selected' in v) ? (v as GridAnswer) : null;
}
