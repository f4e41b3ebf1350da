// Gathers what the live concept of a round is assembled from: the evaluation (indicators, roll-ups),
// the rules' findings, the teacher survey (only what the threshold rule lets through), the owned
// measures, the cost plan, pilot projects and the stored narrative texts. Every source takes the
// round authorized for it (DraftAccess from requireDrafts: operator staff and KISA in charge).
import type {
	ConceptInput,
	PilotProjectSummary,
	QuestionnaireMeta
} from '$lib/domain/concept/input';
import type { SectionKey } from '$lib/domain/concept/model';
import { proposeMeasures } from '$lib/domain/measures';
import { toConceptPilotSummary } from '$lib/domain/pilots';
import type { Round } from '$lib/domain/rounds';
import { aggregateSurvey } from '$lib/domain/survey';
import type { Authorized } from '../auth/authorized';
import type { AuthUser } from '../auth/user';
import { getCostPlan } from '../costs';
import type { Db } from '../db/client';
import { computeRoundEvaluation } from '../evaluation/round';
import { listMeasuresForConcept, roundRuleContext, ruleInputsOfRound } from '../measures';
import { pilotsForMeasures } from '../pilots';
import type { DraftAccess } from './context';
import type { RoundDetails } from '../rounds';
import { surveyDataOfRound } from '../survey';
import { getVersions } from '../questionnaires';
import { conceptSurvey } from '$lib/domain/concept/survey-charts';

const AUDIENCE_LABELS: Record<string, string> = {
	school_lead: 'Schulleitung',
	it_staff: 'IT-Betreuung',
	operator: 'Schulträger',
	teacher: 'Lehrkräfte (anonym)'
};

function questionnaireMeta(details: RoundDetails, teacherResponses: number): QuestionnaireMeta[] {
	const perAudience: Record<string, number> = {
		school_lead: details.schoolIds.length,
		it_staff: details.schoolIds.length,
		operator: 1,
		teacher: teacherResponses
	};
	return details.questionnaires.map((q) => ({
		title: q.title,
		version: String(q.version),
		audience: AUDIENCE_LABELS[q.audience] ?? q.audience,
		responses: perAudience[q.audience] ?? 0
	}));
}

/** Pilot projects testing the concept's measures (chapter 13). */
async function pilotSummaries(
	db: Db,
	measures: readonly Authorized<{ id: string }, 'measure'>[]
): Promise<PilotProjectSummary[]> {
	if (measures.length === 0) return [];
	return (await pilotsForMeasures(db, measures)).map(toConceptPilotSummary);
}

export interface ConceptSources {
	round: Round;
	operatorName: string;
	details: RoundDetails;
	narratives: Partial<Record<SectionKey, string>>;
}

/** The assembly input of the live concept, from the sources `drafts` grants. */
export async function gatherConceptInput(
	db: Db,
	user: AuthUser,
	sources: ConceptSources,
	drafts: DraftAccess,
	now: Date
): Promise<ConceptInput> {
	const { round, details } = sources;
	const [evaluation, ruleInputs, survey, measures, costs] = await Promise.all([
		computeRoundEvaluation(db, drafts.evaluation, now),
		ruleInputsOfRound(db, drafts.evaluation, now),
		surveyDataOfRound(db, drafts.evaluation, now),
		listMeasuresForConcept(db, drafts.costs),
		getCostPlan(db, user, round.id)
	]);
	const versions = await getVersions(
		db,
		details.questionnaires.map((q) => q.versionId)
	);
	const definitionFor = (audience: string) => {
		const q = details.questionnaires.find((x) => x.audience === audience);
		return q ? versions.get(q.versionId)?.definition : undefined;
	};
	const pilots = await pilotSummaries(db, measures);
	const { findings } = proposeMeasures(ruleInputs, roundRuleContext(round));
	let teacherResponses = 0;
	const schools = ruleInputs.map((input) => {
		const data = survey.get(input.facts.schoolId);
		teacherResponses += data?.responses.length ?? 0;
		const results = data ? aggregateSurvey(data.version.definition, data.responses) : null;
		return {
			facts: input.facts,
			indicators: input.indicators,
			answers: input.answers
				? { schoolLead: input.answers.schoolLead, itStaff: input.answers.itStaff }
				: undefined,
			survey: conceptSurvey(results)
		};
	});
	return {
		operatorName: sources.operatorName,
		schools,
		rollup: evaluation.rollup.indicators,
		findings,
		measures,
		costPlan: costs.plan,
		pilotProjects: pilots,
		operatorAnswers: ruleInputs[0]?.answers?.operator ?? {},
		definitions: {
			schoolLead: definitionFor('school_lead'),
			itStaff: definitionFor('it_staff'),
			operator: definitionFor('operator')
		},
		questionnaires: questionnaireMeta(details, teacherResponses),
		narratives: sources.narratives
	};
}
