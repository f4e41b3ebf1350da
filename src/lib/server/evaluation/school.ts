// The evaluation of one school in a round: indicators against guide values, the teacher survey under
// the threshold rule, and the role gaps. Access: auth/survey-access.ts.
import {
	computeIndicators,
	roleGaps,
	surveyView,
	type Indicator,
	type RoleGap,
	type SchoolEvaluationInput,
	type SurveyView
} from '$lib/domain/evaluation';
import type { Round } from '$lib/domain/rounds';
import type { SnapshotState } from '$lib/domain/survey/release';
import { canReadOrganisation } from '../auth/authorize';
import { authorizeSchoolEvaluation } from '../auth/authorized';
import { canManageSurvey, canReadSurveyFreeText } from '../auth/survey-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { getRound } from '../rounds';
import { surveyDataOfSchool, type Wave } from '../survey';
import {
	listRoundSchools,
	listSchoolAnswers,
	type RoundSchool,
	type SchoolAnswers
} from './repository';

export interface SchoolEvaluation {
	round: Round;
	school: RoundSchool;
	indicators: Indicator[];
	questionnaireStatus: SchoolAnswers['status'];
	/** null: no survey was opened for this school */
	wave: Pick<Wave, 'status' | 'openedOn' | 'closedOn' | 'freeTextVisible'> | null;
	survey: SurveyView | null;
	/** the snapshot the survey results come from (issue 10, point 5); null: none yet */
	snapshot: SnapshotState | null;
	roleGaps: RoleGap[];
	/** the school's own lead: may see (and switch on) free texts */
	isSchoolLead: boolean;
	canManageSurvey: boolean;
}

export function evaluationInput(
	school: RoundSchool,
	answers: SchoolAnswers | undefined,
	now: Date
): SchoolEvaluationInput {
	return {
		school: {
			id: school.id,
			name: school.name,
			schoolType: school.schoolType,
			pupils: school.pupils,
			classes: school.classes,
			teachers: school.teachers
		},
		schoolLead: answers?.schoolLead ?? {},
		itStaff: answers?.itStaff ?? {},
		referenceYear: now.getFullYear()
	};
}

export async function getSchoolEvaluation(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string,
	now = new Date()
): Promise<SchoolEvaluation> {
	const { round } = await getRound(db, user, roundId);
	const school = (await listRoundSchools(db, roundId)).find((s) => s.id === schoolId);
	const ref = school ? { id: school.id, kind: 'school' as const, parentId: school.parentId } : null;
	if (!school || !ref || !canReadOrganisation(user, ref))
		throw new NotFoundError('Die Schule nimmt an dieser Planungsrunde nicht teil.');
	const evaluated = authorizeSchoolEvaluation(user, round, ref);
	if (!evaluated)
		throw new ForbiddenError(
			'Die Auswertung sehen die Schulleitung, der Schulträger und die zuständige Beratung.'
		);
	const answers = (await listSchoolAnswers(db, round.id, [school.id])).get(school.id);
	const surveyData = await surveyDataOfSchool(db, evaluated, now);
	const isSchoolLead = canReadSurveyFreeText(user, ref);
	const teachers = surveyData?.responses ?? [];
	const survey = surveyData
		? surveyView(surveyData.version.definition, teachers, {
				includeFreeText: isSchoolLead && surveyData.wave.freeTextVisible
			})
		: null;
	return {
		round,
		school,
		indicators: computeIndicators(evaluationInput(school, answers, now)),
		questionnaireStatus: answers?.status ?? { schoolLead: null, itStaff: null },
		wave: surveyData
			? {
					status: surveyData.wave.status,
					openedOn: surveyData.wave.openedOn,
					closedOn: surveyData.wave.closedOn,
					freeTextVisible: surveyData.wave.freeTextVisible
				}
			: null,
		survey,
		snapshot: surveyData?.snapshot ?? null,
		roleGaps: roleGaps({
			schoolLead: answers?.schoolLead ?? {},
			itStaff: answers?.itStaff ?? {},
			teachers
		}),
		isSchoolLead,
		canManageSurvey: canManageSurvey(user, ref)
	};
}
