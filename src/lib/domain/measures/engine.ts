// Runs the rule set over the schools of a Schulträger: findings per school, and one proposed measure
// per rule covering every school it fired for (reasons, cost lines and estimate per school). Pure.
import { PRICE_CATALOGUE } from '../costs/price-catalogue';
import { PLAN_YEARS, type PlanPeriod } from '../costs/types';
import type { TrafficLight } from '../evaluation/types';
import { estimate } from './cost-lines';
import type { MeasureRule, SchoolRuleInput } from './rule-kit';
import { cohortRenewalRule, DEVICE_RULES, teacherRenewalRule } from './rules-devices';
import { INFRASTRUCTURE_RULES } from './rules-infrastructure';
import { OPERATION_RULES, SURVEY_RULES } from './rules-operations';
import {
	ACTION_FIELDS,
	PRIORITIES,
	type CostLine,
	type Finding,
	type Priority,
	type ProposedMeasure,
	type RuleContext
} from './types';

export const MEASURE_RULES: readonly MeasureRule[] = [
	...INFRASTRUCTURE_RULES,
	...DEVICE_RULES,
	cohortRenewalRule,
	teacherRenewalRule,
	...OPERATION_RULES,
	...SURVEY_RULES
];

export function ruleContext(
	startYear: number,
	catalogue = PRICE_CATALOGUE,
	years = PLAN_YEARS
): RuleContext {
	const period: PlanPeriod = { startYear, years };
	return { period, catalogue };
}

const PRIORITY_BY_LIGHT: Partial<Record<TrafficLight, Priority>> = { rot: 'high', gelb: 'medium' };

interface Fired {
	finding: Finding;
	costLines: CostLine[];
}

function fire(rule: MeasureRule, school: SchoolRuleInput, context: RuleContext): Fired | null {
	const base = { ruleId: rule.id, schoolId: school.facts.schoolId, schoolName: school.facts.name };
	const id = `${rule.id}@${school.facts.schoolId}`;
	if (rule.kind === 'indicator') {
		const indicator = school.indicators.find((i) => i.key === rule.indicatorKey);
		if (!indicator || !rule.lights.includes(indicator.light)) return null;
		if (rule.applies && !rule.applies(indicator, school, context)) return null;
		return {
			finding: {
				...base,
				id,
				source: indicator.key,
				light: indicator.light,
				actionField: rule.actionField,
				reason: rule.reason(indicator, school, context)
			},
			costLines: rule.costs(indicator, school, context)
		};
	}
	const signals = school.survey;
	const light = signals ? rule.assess(signals) : null;
	if (!signals || !light) return null;
	return {
		finding: {
			...base,
			id,
			source: 'survey',
			light,
			actionField: rule.actionField,
			reason: rule.reason(signals, school)
		},
		costLines: rule.costs(signals, school, context)
	};
}

export interface RuleResult {
	findings: Finding[];
	measures: ProposedMeasure[];
}

/** Findings and proposed measures for a set of schools, in priority and action-field order. */
export function proposeMeasures(
	schools: readonly SchoolRuleInput[],
	context: RuleContext,
	rules: readonly MeasureRule[] = MEASURE_RULES
): RuleResult {
	const findings: Finding[] = [];
	const measures: ProposedMeasure[] = [];
	for (const rule of rules) {
		const fired = schools
			.map((school) => fire(rule, school, context))
			.filter((f): f is Fired => f !== null);
		if (fired.length === 0) continue;
		const costLines = fired.flatMap((f) => f.costLines.filter((l) => l.quantity > 0));
		const priorities = fired.map((f) => PRIORITY_BY_LIGHT[f.finding.light] ?? 'low');
		findings.push(...fired.map((f) => f.finding));
		measures.push({
			key: rule.id,
			ruleId: rule.id,
			title: rule.title,
			description: rule.description,
			actionField: rule.actionField,
			priority: PRIORITIES.find((p) => priorities.includes(p)) ?? 'low',
			schoolIds: fired.map((f) => f.finding.schoolId),
			findingIds: fired.map((f) => f.finding.id),
			reasons: fired.map((f) => `${f.finding.schoolName}: ${f.finding.reason}`),
			costLines,
			estimate: estimate(costLines, context)
		});
	}
	const order = (m: ProposedMeasure) =>
		PRIORITIES.indexOf(m.priority) * 100 + ACTION_FIELDS.indexOf(m.actionField);
	measures.sort((a, b) => order(a) - order(b));
	return { findings, measures };
}
