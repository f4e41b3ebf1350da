// Cross-reference checks of a questionnaire definition that a shape schema cannot express:
// unique keys, bounds, options, guide-value references and show-if conditions. Pure.

import { isGuideValueId } from '../guide-values';
import { isComparison } from './conditions';
import {
	DIGCOMPEDU_LEVELS,
	NUMBER_TYPES,
	OTHER_OPTION,
	type Comparison,
	type Condition,
	type Question,
	type QuestionnaireDefinition
} from './types';

export interface DefinitionIssue {
	path: (string | number)[];
	message: string;
}

const ORDERED_TYPES = new Set<string>([...NUMBER_TYPES, 'likert', 'digcompedu']);
const CHOICE_TYPES = new Set<string>(['single', 'multi']);

function duplicates(values: string[]): string[] {
	const seen = new Set<string>();
	return [...new Set(values.filter((v) => seen.size === seen.add(v).size))];
}

function checkQuestion(q: Question, path: (string | number)[], issues: DefinitionIssue[]): void {
	const add = (message: string, ...sub: (string | number)[]) =>
		issues.push({ path: [...path, ...sub], message });
	if ('min' in q && q.min !== undefined && 'max' in q && q.max !== undefined && q.min > q.max) {
		add(`min (${q.min}) must not exceed max (${q.max})`, 'min');
	}
	if ((q.type === 'integer' || q.type === 'decimal') && !q.unit)
		add('number questions need a unit', 'unit');
	if (q.type === 'integer' && q.step !== undefined && !Number.isInteger(q.step))
		add('integer step must be whole', 'step');
	if (q.type === 'single' || q.type === 'multi') {
		for (const d of duplicates(q.options.map((o) => o.value)))
			add(`duplicate option value "${d}"`, 'options');
		if (q.type === 'multi' && q.allowOther && q.options.some((o) => o.value === OTHER_OPTION)) {
			add(`option "${OTHER_OPTION}" is added by allowOther; do not list it`, 'options');
		}
		if (q.type === 'multi' && q.maxSelections !== undefined) {
			const available = q.options.length + (q.allowOther ? 1 : 0);
			if (q.maxSelections > available)
				add('maxSelections exceeds the number of options', 'maxSelections');
		}
	}
	if (q.type === 'grid') {
		for (const d of duplicates(q.rows.map((r) => r.key))) add(`duplicate row key "${d}"`, 'rows');
		for (const d of duplicates(q.columns.map((c) => c.key)))
			add(`duplicate column key "${d}"`, 'columns');
	}
	if (q.type === 'date' && q.minDate && q.maxDate && q.minDate > q.maxDate)
		add('minDate after maxDate', 'minDate');
	if (q.guideValue && !isGuideValueId(q.guideValue.ref))
		add(`unknown guide value "${q.guideValue.ref}"`, 'guideValue');
}

function optionValues(q: Question): Set<string> | null {
	if (q.type !== 'single' && q.type !== 'multi') return null;
	const values = new Set(q.options.map((o) => o.value));
	if (q.type === 'multi' && q.allowOther) values.add(OTHER_OPTION);
	return values;
}

function checkComparison(c: Comparison, target: Question, add: (message: string) => void): void {
	const needsNoValue = c.op === 'answered' || c.op === 'notAnswered';
	const needsList = c.op === 'in' || c.op === 'notIn';
	if (needsNoValue) {
		if (c.value !== undefined) add(`op "${c.op}" takes no value`);
		return;
	}
	if (c.value === undefined) return add(`op "${c.op}" needs a value`);
	if (needsList !== Array.isArray(c.value)) {
		return add(
			needsList ? `op "${c.op}" needs an array value` : `op "${c.op}" needs a single value`
		);
	}
	const values = Array.isArray(c.value) ? c.value : [c.value];
	if (c.op === 'includes' && target.type !== 'multi')
		add(`op "includes" needs a multi question, "${c.key}" is ${target.type}`);
	if (['gt', 'gte', 'lt', 'lte'].includes(c.op)) {
		if (!ORDERED_TYPES.has(target.type))
			add(`op "${c.op}" needs a number, likert or digcompedu question`);
		const valid = (v: unknown) =>
			typeof v === 'number' ||
			(target.type === 'digcompedu' && (DIGCOMPEDU_LEVELS as readonly unknown[]).includes(v));
		if (!values.every(valid)) add(`op "${c.op}" needs a number value`);
	}
	const options = optionValues(target);
	if (options && CHOICE_TYPES.has(target.type)) {
		for (const v of values)
			if (typeof v !== 'string' || !options.has(v))
				add(`"${String(v)}" is not an option of "${c.key}"`);
	}
	if (target.type === 'boolean' && !values.every((v) => typeof v === 'boolean'))
		add('boolean conditions need true/false');
}

function checkCondition(
	condition: Condition,
	self: Question,
	available: Map<string, Question>,
	path: (string | number)[],
	issues: DefinitionIssue[]
): void {
	if (!isComparison(condition)) {
		const [kind, inner] = Object.entries(condition)[0] as [string, Condition | Condition[]];
		const list = Array.isArray(inner) ? inner : [inner];
		list.forEach((c, i) =>
			checkCondition(
				c,
				self,
				available,
				Array.isArray(inner) ? [...path, kind, i] : [...path, kind],
				issues
			)
		);
		return;
	}
	const add = (message: string): void => {
		issues.push({ path, message });
	};
	if (condition.key === self.key) return add(`condition of "${self.key}" refers to itself`);
	const target = available.get(condition.key);
	if (!target)
		return add(
			`condition refers to "${condition.key}", which is neither earlier nor in the same section`
		);
	checkComparison(condition, target, add);
}

/** Every cross-reference problem of a (shape-valid) definition; empty when the definition is sound. */
export function definitionIssues(def: QuestionnaireDefinition): DefinitionIssue[] {
	const issues: DefinitionIssue[] = [];
	for (const d of duplicates(def.sections.map((s) => s.key)))
		issues.push({ path: ['sections'], message: `duplicate section key "${d}"` });
	const allKeys = def.sections.flatMap((s) => s.questions.map((q) => q.key));
	for (const d of duplicates(allKeys))
		issues.push({ path: ['sections'], message: `duplicate question key "${d}"` });

	const earlier = new Map<string, Question>();
	def.sections.forEach((section, si) => {
		const available = new Map(earlier);
		for (const q of section.questions) available.set(q.key, q);
		section.questions.forEach((q, qi) => {
			const path = ['sections', si, 'questions', qi];
			checkQuestion(q, path, issues);
			if (q.showIf) checkCondition(q.showIf, q, available, [...path, 'showIf'], issues);
		});
		for (const q of section.questions) earlier.set(q.key, q);
	});
	return issues;
}
