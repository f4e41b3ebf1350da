// The indicator inputs of every school of a round (master data + answers), for the round evaluation
// and the measure rules. The round must carry the 'roundEvaluation' grant (auth/authorized.ts).
import type { SchoolEvaluationInput } from '$lib/domain/evaluation';
import type { Authorized } from '../auth/authorized';
import type { Db } from '../db/client';
import {
	listOperatorAnswers,
	listRoundSchools,
	listSchoolAnswers,
	type RoundSchool,
	type SchoolAnswers
} from './repository';
import { evaluationInput } from './school';

export interface RoundSchoolInput {
	school: RoundSchool;
	answers: SchoolAnswers | undefined;
	input: SchoolEvaluationInput;
}

export async function evaluationInputsOfRound(
	db: Db,
	round: Authorized<{ id: string }, 'roundEvaluation'>,
	now: Date
): Promise<RoundSchoolInput[]> {
	const schools = await listRoundSchools(db, round.id);
	const answers = await listSchoolAnswers(
		db,
		round.id,
		schools.map((s) => s.id)
	);
	const operator = await listOperatorAnswers(db, round.id);
	return schools.map((school) => ({
		school,
		answers: answers.get(school.id),
		input: { ...evaluationInput(school, answers.get(school.id), now), operator }
	}));
}
