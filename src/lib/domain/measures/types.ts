// Findings and proposed measures: what the rules derive from indicator gaps and survey signals,
// each with its reason and a cost estimate priced from the catalogue. Pure and client-safe.
import type { Cents } from '../costs/money';
import type { PriceCatalogueItem } from '../costs/price-catalogue';
import type { CostCategory, CostKind, PlanPeriod } from '../costs/types';
import type { TrafficLight } from '../evaluation/types';
import type { SchoolType } from '../roles';

export const ACTION_FIELDS = [
	'infrastructure',
	'devices',
	'presentation',
	'platforms',
	'support',
	'training',
	'pedagogy',
	'data_protection'
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export const ACTION_FIELD_LABELS: Record<ActionField, string> = {
	infrastructure: 'Infrastruktur',
	devices: 'Endgeräte',
	presentation: 'Präsentationstechnik',
	platforms: 'Plattformen und Software',
	support: 'Betrieb und Support',
	training: 'Fortbildung',
	pedagogy: 'Unterrichts- und Organisationsentwicklung',
	data_protection: 'Datenschutz und Informationssicherheit'
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const PRIORITY_LABELS: Record<Priority, string> = {
	high: 'hoch',
	medium: 'mittel',
	low: 'niedrig'
};

/** The figures of one school that quantities are derived from (null: unknown). */
export interface SchoolFacts {
	schoolId: string;
	name: string;
	type: SchoolType | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
	/** classrooms + subject rooms */
	teachingRooms: number | null;
	studentDevices: number | null;
	teacherDevices: number | null;
	technicianFte: number | null;
}

/** What the anonymous teacher survey says, only from groups at or above the threshold. */
export interface SurveySignals {
	respondents: number;
	/** percent of DigCompEdu self-ratings at A1/A2 (all areas pooled); null if not shown */
	lowProficiencyShare: number | null;
	/** percent using digital media never or less than monthly; null if not shown */
	rareUseShare: number | null;
	/** obstacles with the percent of respondents naming them, most named first */
	obstacles: { value: string; label: string; share: number }[];
}

/** One priced line of a measure's cost estimate, traceable to the catalogue and its quantity. */
export interface CostLine {
	catalogueItemId: string;
	label: string;
	category: CostCategory;
	kind: CostKind;
	usefulLifeYears: number | null;
	unit: string;
	quantity: number;
	unitPrice: Cents;
	/** one purchase (investment) or one year (running cost) */
	amount: Cents;
	/** "12 Anschluss × 380,00 € = 4.560,00 €" */
	formula: string;
	/** why this quantity, e.g. "12 von 30 Unterrichtsräumen ohne WLAN" */
	basis: string;
	schoolId: string | null;
	/** running costs only: how many years from the start (null: every plan year) */
	years: number | null;
	/** the year of the purchase when it is not the plan's first (e.g. a cohort's renewal) */
	firstYear?: number;
}

export interface CostEstimate {
	investment: Cents;
	runningPerYear: Cents;
	/** cash over the plan years incl. replacements, first year = plan start */
	planTotal: Cents;
}

export interface Finding {
	/** `${ruleId}@${schoolId}` */
	id: string;
	ruleId: string;
	schoolId: string;
	schoolName: string;
	/** indicator key, or `survey` for survey rules */
	source: string;
	light: TrafficLight;
	actionField: ActionField;
	/** "WLAN deckt 60 % der Unterrichtsräume ab, Orientierungswert 100 %" */
	reason: string;
}

export interface ProposedMeasure {
	/** the rule id: one proposal per rule, covering every school it applies to */
	key: string;
	ruleId: string;
	title: string;
	description: string;
	actionField: ActionField;
	priority: Priority;
	schoolIds: string[];
	findingIds: string[];
	/** one reason per school, prefixed with its name */
	reasons: string[];
	costLines: CostLine[];
	estimate: CostEstimate;
}

/** Everything the rules need besides the findings' inputs. */
export interface RuleContext {
	period: PlanPeriod;
	catalogue: readonly PriceCatalogueItem[];
}
