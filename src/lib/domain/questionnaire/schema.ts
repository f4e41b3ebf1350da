// Zod schema of a questionnaire definition (shape), plus cross-reference checks (schema-checks.ts).

import { z } from 'zod';
import { definitionIssues } from './schema-checks';
import {
	AUDIENCES,
	CONDITION_OPS,
	NUMBER_TYPES,
	REQUIREMENTS,
	SCOPES,
	SECTION_CODES,
	type Condition,
	type QuestionnaireDefinition
} from './types';

export const QUESTION_KEY_PATTERN = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const ITEM_KEY_PATTERN = /^[a-z0-9][a-z0-9_]*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const text = z.string().trim().min(1);
const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		z.strictObject({
			key: z.string(),
			op: z.enum(CONDITION_OPS),
			value: z.union([scalar, z.array(scalar)]).optional()
		}),
		z.strictObject({ all: z.array(conditionSchema) }),
		z.strictObject({ any: z.array(conditionSchema) }),
		z.strictObject({ not: conditionSchema })
	])
);

const base = {
	key: z
		.string()
		.regex(QUESTION_KEY_PATTERN, 'key must be dotted lower-case, e.g. wlan.coverage_percent'),
	label: text,
	help: text.optional(),
	warning: text.optional(),
	requirement: z.enum(REQUIREMENTS),
	guideValue: z.strictObject({ ref: text }).optional(),
	showIf: conditionSchema.optional(),
	competenceTags: z.array(text).optional()
};

const option = z.strictObject({
	value: z.string().regex(ITEM_KEY_PATTERN),
	label: text,
	help: text.optional()
});
const axisItem = z.strictObject({ key: z.string().regex(ITEM_KEY_PATTERN), label: text });
const finite = z.number().refine(Number.isFinite, 'must be a finite number');

const numberQuestion = z.strictObject({
	...base,
	type: z.enum(NUMBER_TYPES),
	unit: text.optional(),
	min: finite.optional(),
	max: finite.optional(),
	step: finite.positive().optional()
});

export const questionSchema = z.discriminatedUnion('type', [
	numberQuestion,
	z.strictObject({
		...base,
		type: z.literal('boolean'),
		trueLabel: text.optional(),
		falseLabel: text.optional()
	}),
	z.strictObject({
		...base,
		type: z.literal('single'),
		options: z.array(option).min(1),
		display: z.enum(['radio', 'select']).optional()
	}),
	z.strictObject({
		...base,
		type: z.literal('multi'),
		options: z.array(option).min(1),
		allowOther: z.boolean().optional(),
		maxSelections: z.int().positive().optional()
	}),
	z.strictObject({
		...base,
		type: z.literal('likert'),
		labels: z.array(text).length(5).optional(),
		allowNoAnswer: z.boolean().optional()
	}),
	z.strictObject({ ...base, type: z.literal('digcompedu'), allowNoAnswer: z.boolean().optional() }),
	z.strictObject({
		...base,
		type: z.enum(['text', 'longtext']),
		maxLength: z.int().positive().optional(),
		placeholder: text.optional()
	}),
	z.strictObject({
		...base,
		type: z.literal('date'),
		minDate: z.string().regex(ISO_DATE).optional(),
		maxDate: z.string().regex(ISO_DATE).optional()
	}),
	z.strictObject({
		...base,
		type: z.literal('grid'),
		rows: z.array(axisItem).min(1),
		columns: z.array(axisItem).min(1),
		unit: text,
		min: finite.optional(),
		max: finite.optional(),
		integer: z.boolean().optional()
	})
]);

export const sectionSchema = z.strictObject({
	key: z.string().regex(ITEM_KEY_PATTERN),
	code: z.enum(SECTION_CODES),
	title: text,
	intro: text.optional(),
	questions: z.array(questionSchema).min(1)
});

export const definitionSchema = z
	.strictObject({
		key: z.string().regex(/^[a-z][a-z0-9-]*$/),
		version: z.int().positive(),
		title: text,
		description: text,
		audience: z.enum(AUDIENCES),
		scope: z.enum(SCOPES),
		sections: z.array(sectionSchema).min(1),
		source: text
	})
	.superRefine((def, ctx) => {
		for (const issue of definitionIssues(def as QuestionnaireDefinition)) {
			ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
		}
	});

export class DefinitionError extends Error {
	constructor(readonly issues: { path: string; message: string }[]) {
		super(
			`Invalid questionnaire definition:\n${issues.map((i) => `- ${i.path}: ${i.message}`).join('\n')}`
		);
		this.name = 'DefinitionError';
	}
}

export type DefinitionParseResult =
	| { ok: true; definition: QuestionnaireDefinition }
	| { ok: false; issues: { path: string; message: string }[] };

export function safeParseDefinition(input: unknown): DefinitionParseResult {
	const result = definitionSchema.safeParse(input);
	if (result.success) return { ok: true, definition: result.data as QuestionnaireDefinition };
	return {
		ok: false,
		issues: result.error.issues.map((i) => ({
			path: i.path.map(String).join('.'),
			message: i.message
		}))
	};
}

/** Validate a definition (shape and cross-references); throws DefinitionError listing every issue. */
export function parseDefinition(input: unknown): QuestionnaireDefinition {
	const result = safeParseDefinition(input);
	if (!result.ok) throw new DefinitionError(result.issues);
	return result.definition;
}
