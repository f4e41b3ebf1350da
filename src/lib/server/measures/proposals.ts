// The rules over a round: answers → indicators (the evaluation's inputs) and teacher survey signals
// (only groups at or above the threshold) → findings and proposed measures. The round must carry the
// 'roundEvaluation' grant (auth/authorized.ts): the rules read every school's answers.
import {
	proposeMeasures,
	ruleContext,
	schoolRuleInput,
	type RuleContext,
	type RuleResult,
	type SchoolRuleInput
} from '$lib/domain/measures';
import type { Round } from '$lib/domain/rounds';
import { aggregateSurvey } from '$lib/domain/survey';
import type { Authorized } from '../auth/authorized';
import { planPeriodOf } from '../costs';
import type { Db } from '../db/client';
// The evaluation (issue 4) owns how answers become indicator inputs; reuse it rather than copy it.
import { evaluationInputsOfRound } from '../evaluation';
import { surveyDataOfRound } from '../survey';

export function roundRuleContext(round: Round): RuleContext {
	const period = planPeriodOf(round);
	return ruleContext(period.startYear, undefined, period.years);
}

/** What the rules see of every school of the round. */
export async function ruleInputsOfRound(
	db: Db,
	round: Authorized<Round, 'roundEvaluation'>,
	now: Date
): Promise<SchoolRuleInput[]> {
	const entries = await evaluationInputsOfRound(db, round, now);
	const survey = await surveyDataOfRound(db, round, now);
	return entries.map(({ school, input }) => {
		const data = survey.get(school.id);
		const results = data ? aggregateSurvey(data.version.definition, data.responses) : null;
		return schoolRuleInput(input, results);
	});
}

/** Findings and every proposal of the round (decided or not). */
export async function proposalsOfRound(
	db: Db,
	round: Authorized<Round, 'roundEvaluation'>,
	now: Date
): Promise<RuleResult> {
	return proposeMeasures(await ruleInputsOfRound(db, round, now), roundRuleContext(round));
}
