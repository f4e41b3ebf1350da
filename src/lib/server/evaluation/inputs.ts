// The indicator inputs of every school of a round (master data + answers). No access check: callers
// (round evaluation, measure proposals) check the round first.
import type { SchoolEvaluationInput } from '$lib/domain/evaluation';
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
	roundId: string,
	now: Date
): Promise<RoundSchoolInput[]> {
	const schools = await listRoundSchools(db, roundId);
	const answers = await listSchoolAnswers(
		db,
		roundId,
		schools.map((s) => s.id)
	);
	const operator = await listOperatorAnswers(db, roundId);
	return schools.map((school) => ({
		school,
		answers: answers.get(school.id),
		input: { ...evaluationInput(school, answers.get(school.id), now), operator }
	}));
}
