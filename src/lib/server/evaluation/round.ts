// The evaluation of a whole round (one Schulträger): every school side by side, roll-ups, and the
// teacher survey pooled over the schools that may be shown. Access: auth/survey-access.ts.
import {
	computeIndicators,
	rollupOperator,
	surveyView,
	type Indicator,
	type OperatorRollup,
	type SurveyView
} from '$lib/domain/evaluation';
import type { Round } from '$lib/domain/rounds';
import { isShowable, poolShownGroups } from '$lib/domain/survey';
import { authorizeRoundEvaluation, type Authorized } from '../auth/authorized';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError } from '../errors';
import { getRound } from '../rounds';
import { surveyDataOfRound } from '../survey';
import { evaluationInputsOfRound } from './inputs';
import type { RoundSchool, SchoolAnswers } from './repository';

export interface SchoolRow {
	school: RoundSchool;
	indicators: Indicator[];
	questionnaireStatus: SchoolAnswers['status'];
	/** responses in the survey's snapshot; null when no snapshot yet (or no survey) */
	teacherResponses: number | null;
	/** a survey without a snapshot yet: say "weniger als 5", never the live number */
	teacherResponsesBelowThreshold: boolean;
	surveyOpen: boolean | null;
}

export interface RoundEvaluation {
	round: Round;
	schools: SchoolRow[];
	rollup: OperatorRollup;
	/** the survey over all schools with at least 5 responses each */
	pooledSurvey: SurveyView | null;
	schoolsInPool: number;
	schoolsLeftOutOfPool: number;
}

export async function assertRoundEvaluation(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<Authorized<Round, 'round' | 'roundEvaluation'>> {
	const { round } = await getRound(db, user, roundId);
	const evaluated = authorizeRoundEvaluation(user, round);
	if (!evaluated) {
		throw new ForbiddenError(
			'Die Auswertung aller Schulen sehen der Schulträger und die zuständige Beratung.'
		);
	}
	return evaluated;
}

export async function getRoundEvaluation(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<RoundEvaluation> {
	const round = await assertRoundEvaluation(db, user, roundId);
	return computeRoundEvaluation(db, round, now);
}

/** The evaluation of a round authorized for it (the page, the overview, the CSV, the concept). */
export async function computeRoundEvaluation(
	db: Db,
	round: Authorized<Round, 'roundEvaluation'>,
	now: Date
): Promise<RoundEvaluation> {
	const entries = await evaluationInputsOfRound(db, round, now);
	const survey = await surveyDataOfRound(db, round, now);
	const inputs = entries.map((e) => e.input);
	const perSchool = inputs.map(computeIndicators);
	const rows: SchoolRow[] = entries.map(({ school, answers }, i) => {
		const data = survey.get(school.id);
		const n = data?.responses.length ?? 0;
		return {
			school,
			indicators: perSchool[i],
			questionnaireStatus: answers?.status ?? { schoolLead: null, itStaff: null },
			teacherResponses: data && isShowable(n) ? n : null,
			teacherResponsesBelowThreshold: data !== undefined && !isShowable(n),
			surveyOpen: data ? data.wave.status === 'offen' : null
		};
	});
	const groups = entries.map((e) => survey.get(e.school.id)?.responses ?? []);
	const pool = poolShownGroups(groups);
	const definition = [...survey.values()][0]?.version.definition;
	const pooledSurvey =
		definition && pool.responses.length > 0 ? surveyView(definition, pool.responses) : null;
	return {
		round,
		schools: rows,
		rollup: rollupOperator(inputs, perSchool),
		pooledSurvey,
		schoolsInPool: pool.schoolsIncluded,
		// every survey without a snapshot yet, whether it has 0 or 4 responses (the live count is not told)
		schoolsLeftOutOfPool: rows.filter((r) => r.teacherResponsesBelowThreshold).length
	};
}
