// Aggregates of anonymous teacher answers for a whole survey: every question of the (frozen) survey
// definition, each under the threshold rule (suppression.ts), plus the free texts when asked for. Pure.
import type { Answers, Question, QuestionnaireDefinition } from '../questionnaire/types';
import { aggregateQuestion, type QuestionAggregate } from './question-aggregate';
import { suppress, type Suppressed } from './suppression';

export * from './question-aggregate';

export interface FreeTextAggregate {
	key: string;
	label: string;
	/** Sorted alphabetically, so nothing reveals the order of submission. */
	texts: string[];
}

export interface SurveyResults {
	/** Number of responses. */
	n: number;
	/** Per question (free text excluded), each under the threshold rule; empty when n < 5. */
	questions: { key: string; result: Suppressed<QuestionAggregate> }[];
	overall: Suppressed<true>;
	/** Only when asked for (school lead, switched on): all free texts, from 10 responses. */
	freeText: Suppressed<FreeTextAggregate[]> | null;
}

function isFreeText(q: Question): boolean {
	return q.type === 'text' || q.type === 'longtext';
}

export interface AggregateOptions {
	/** Include free texts (only for the school lead, and only when switched on). */
	includeFreeText?: boolean;
}

/** All aggregates of a survey, with the threshold rule applied to the whole group and each question. */
export function aggregateSurvey(
	definition: QuestionnaireDefinition,
	responses: readonly Answers[],
	options: AggregateOptions = {}
): SurveyResults {
	const n = responses.length;
	const overall = suppress({ n, value: true as const });
	const questions: SurveyResults['questions'] = [];
	if (overall.shown) {
		for (const section of definition.sections) {
			for (const q of section.questions) {
				if (isFreeText(q)) continue;
				const aggregate = aggregateQuestion(q, responses, section.title);
				if (aggregate)
					questions.push({ key: q.key, result: suppress({ n: aggregate.base, value: aggregate }) });
			}
		}
	}
	const freeText = options.includeFreeText
		? suppress({ n, value: () => freeTexts(definition, responses) }, 'freeText')
		: null;
	return { n, questions, overall, freeText };
}

function freeTexts(
	definition: QuestionnaireDefinition,
	responses: readonly Answers[]
): FreeTextAggregate[] {
	const result: FreeTextAggregate[] = [];
	for (const section of definition.sections) {
		for (const q of section.questions) {
			if (!isFreeText(q)) continue;
			const texts = responses
				.map((r) => r[q.key])
				.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
				.map((t) => t.trim())
				.sort((a, b) => a.localeCompare(b, 'de'));
			result.push({ key: q.key, label: q.label, texts });
		}
	}
	return result;
}

/** The shown aggregate of a question, or undefined (suppressed, missing). */
export function shownAggregate(results: SurveyResults, key: string): QuestionAggregate | undefined {
	const entry = results.questions.find((q) => q.key === key);
	return entry && entry.result.shown ? entry.result.value : undefined;
}
