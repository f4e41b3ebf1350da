/**
 * Questionnaire engine types (pure, no I/O).
 *
 * A questionnaire definition is DATA (see `db/questionnaires/*.ts`), validated by `schema.ts`
 * and published as a frozen version. Answers are stored one row per (response, question key)
 * with a JSON value whose shape depends on the question type:
 *
 * | question type                                   | AnswerValue                          |
 * |-------------------------------------------------|--------------------------------------|
 * | integer, decimal, currency, percent, year       | number                               |
 * | boolean                                         | boolean                              |
 * | single                                          | string (option value)                |
 * | multi                                           | { selected: string[]; other?: string } (other only with `allowOther` and OTHER_OPTION selected) |
 * | likert                                          | 1 | 2 | 3 | 4 | 5 | 'keine_angabe'   |
 * | digcompedu                                      | 'A1' … 'C2' | 'keine_angabe'         |
 * | text, longtext                                  | string (trimmed, non-empty)          |
 * | date                                            | string 'YYYY-MM-DD'                  |
 * | grid                                            | { [rowKey]: { [colKey]: number | null } } |
 *
 * "Unanswered" is represented by `null` or a missing key in `Answers` — never by an empty string,
 * empty array or empty grid (validation normalises those to `null`).
 * "keine Angabe" (NO_ANSWER) counts as answered.
 */

export const NO_ANSWER = 'keine_angabe' as const;
export type NoAnswer = typeof NO_ANSWER;

/** Option value that triggers the "Sonstiges" free text for multi questions with `allowOther`. */
export const OTHER_OPTION = 'sonstiges' as const;

export const DEFAULT_LIKERT_LABELS = [
	'trifft gar nicht zu',
	'trifft eher nicht zu',
	'teils/teils',
	'trifft eher zu',
	'trifft voll zu'
] as const;

export const DIGCOMPEDU_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export type DigCompEduLevel = (typeof DIGCOMPEDU_LEVELS)[number];

export const DIGCOMPEDU_LEVEL_LABELS: Record<DigCompEduLevel, string> = {
	A1: 'A1 Einsteiger/-in',
	A2: 'A2 Entdecker/-in',
	B1: 'B1 Insider/-in',
	B2: 'B2 Experte/Expertin',
	C1: 'C1 Leader/-in',
	C2: 'C2 Vorreiter/-in'
};

export const AUDIENCES = ['school_lead', 'it_staff', 'operator', 'teacher'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const SCOPES = ['school', 'operator'] as const;
export type Scope = (typeof SCOPES)[number];

export const REQUIREMENTS = ['required', 'soft', 'optional'] as const;
/** required: blocks completion (error); soft: warns but lets you go on; optional: nothing. */
export type Requirement = (typeof REQUIREMENTS)[number];

export const SECTION_CODES = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L'] as const;
export type SectionCode = (typeof SECTION_CODES)[number];

export const QUESTION_TYPES = [
	'integer',
	'decimal',
	'currency',
	'percent',
	'year',
	'boolean',
	'single',
	'multi',
	'likert',
	'digcompedu',
	'text',
	'longtext',
	'date',
	'grid'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export const NUMBER_TYPES = ['integer', 'decimal', 'currency', 'percent', 'year'] as const;
export type NumberType = (typeof NUMBER_TYPES)[number];

// ---------------------------------------------------------------- conditions

export const CONDITION_OPS = [
	'eq',
	'neq',
	'gt',
	'gte',
	'lt',
	'lte',
	'in',
	'notIn',
	'answered',
	'notAnswered',
	'includes'
] as const;
export type ConditionOp = (typeof CONDITION_OPS)[number];

/** Scalar values a condition can compare with. */
export type ConditionValue = string | number | boolean;

/**
 * One comparison against the answer of another question (`key`).
 * - eq/neq: equality (single → option value, boolean, number, likert, digcompedu level)
 * - gt/gte/lt/lte: numbers (and likert 1–5, digcompedu levels by their order A1 < … < C2)
 * - in/notIn: `value` is an array; the answer is one of them
 * - includes: multi answer contains option `value`
 * - answered/notAnswered: no `value`
 * An unanswered question makes every comparison false except `notAnswered` (and `neq`/`notIn`,
 * which are also false: "not equal to X" needs an answer).
 */
export interface Comparison {
	key: string;
	op: ConditionOp;
	value?: ConditionValue | ConditionValue[];
}

export type Condition =
	Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

// ---------------------------------------------------------------- questions

export interface GuideValueRef {
	/** id of a guide value in `src/lib/domain/guide-values.ts` */
	ref: string;
}

export interface Option {
	value: string;
	label: string;
	help?: string;
}

interface QuestionBase {
	/** stable, dotted key, e.g. `wlan.coverage_percent`; never reused for a different meaning */
	key: string;
	label: string;
	help?: string;
	/** shown prominently next to the field, e.g. an identifiability warning for free text */
	warning?: string;
	requirement: Requirement;
	guideValue?: GuideValueRef;
	showIf?: Condition;
	/** e.g. 'kmk:4.2', 'digcompedu:3' */
	competenceTags?: string[];
}

export interface NumberQuestion extends QuestionBase {
	type: NumberType;
	/** unit shown after the field and in messages, e.g. 'Mbit/s', 'Geräte', '€/Jahr', '%' */
	unit?: string;
	min?: number;
	max?: number;
	step?: number;
}

export interface BooleanQuestion extends QuestionBase {
	type: 'boolean';
	/** defaults to 'Ja' / 'Nein' */
	trueLabel?: string;
	falseLabel?: string;
}

export interface SingleQuestion extends QuestionBase {
	type: 'single';
	options: Option[];
	/** UI hint; default radio */
	display?: 'radio' | 'select';
}

export interface MultiQuestion extends QuestionBase {
	type: 'multi';
	options: Option[];
	/** adds an option OTHER_OPTION ("Sonstiges") with a free-text field */
	allowOther?: boolean;
	/** e.g. 3 for "top 3" */
	maxSelections?: number;
}

export interface LikertQuestion extends QuestionBase {
	type: 'likert';
	/** labels for 1..5 (exactly 5); default DEFAULT_LIKERT_LABELS */
	labels?: string[];
	/** allow "keine Angabe"; default true */
	allowNoAnswer?: boolean;
}

export interface DigCompEduQuestion extends QuestionBase {
	type: 'digcompedu';
	allowNoAnswer?: boolean;
}

export interface TextQuestion extends QuestionBase {
	type: 'text' | 'longtext';
	maxLength?: number;
	placeholder?: string;
}

export interface DateQuestion extends QuestionBase {
	type: 'date';
	/** ISO dates 'YYYY-MM-DD' */
	minDate?: string;
	maxDate?: string;
}

export interface GridAxisItem {
	key: string;
	label: string;
}

export interface GridQuestion extends QuestionBase {
	type: 'grid';
	rows: GridAxisItem[];
	columns: GridAxisItem[];
	/** unit of every cell, e.g. 'Geräte' */
	unit: string;
	min?: number;
	max?: number;
	/** whole numbers only; default true */
	integer?: boolean;
}

export type Question =
	| NumberQuestion
	| BooleanQuestion
	| SingleQuestion
	| MultiQuestion
	| LikertQuestion
	| DigCompEduQuestion
	| TextQuestion
	| DateQuestion
	| GridQuestion;

export interface Section {
	key: string;
	code: SectionCode;
	title: string;
	intro?: string;
	questions: Question[];
}

export interface QuestionnaireDefinition {
	/** e.g. 'school-lead'; unique across definitions */
	key: string;
	/** content revision of this definition in the repo (integer ≥ 1) */
	version: number;
	title: string;
	description: string;
	audience: Audience;
	scope: Scope;
	sections: Section[];
	/** where the content comes from (domain.md references) */
	source: string;
}

// ---------------------------------------------------------------- answers

export interface MultiAnswer {
	selected: string[];
	other?: string;
}
export type LikertAnswer = 1 | 2 | 3 | 4 | 5 | NoAnswer;
export type DigCompEduAnswer = DigCompEduLevel | NoAnswer;
export type GridAnswer = Record<string, Record<string, number | null>>;

export type AnswerValue =
	number | boolean | string | MultiAnswer | LikertAnswer | DigCompEduAnswer | GridAnswer;

/** Answer value type per question type. */
export interface AnswerValueByType {
	integer: number;
	decimal: number;
	currency: number;
	percent: number;
	year: number;
	boolean: boolean;
	single: string;
	multi: MultiAnswer;
	likert: LikertAnswer;
	digcompedu: DigCompEduAnswer;
	text: string;
	longtext: string;
	date: string;
	grid: GridAnswer;
}

/** Answers of one response, by question key; missing or null = unanswered. */
export type Answers = Readonly<Record<string, AnswerValue | null | undefined>>;

export type ValidationResult<T = AnswerValue | null> =
	{ ok: true; value: T } | { ok: false; message: string };
