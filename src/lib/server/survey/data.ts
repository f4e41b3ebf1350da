// Teacher answers of a round per school, for the evaluation and the measure rules. Takes an
// authorized value (auth/authorized.ts): every school with 'roundEvaluation', one with
// 'schoolEvaluation'.
import type { Answers } from '$lib/domain/questionnaire/types';
import type { Authorized, SchoolOfRound } from '../auth/authorized';
import type { Db } from '../db/client';
import { getVersions, type QuestionnaireVersion } from '../questionnaires';
import { listTeacherAnswers } from './answers-repository';
import { listWavesOfRound, type Wave } from './repository';

export interface SchoolSurveyData {
	wave: Wave;
	version: QuestionnaireVersion;
	/** one entry per response, in the order of their random ids */
	responses: Answers[];
}

/** Every wave of the round with its responses, by school id (schools without a wave are absent). */
export function surveyDataOfRound(
	db: Db,
	round: Authorized<{ id: string }, 'roundEvaluation'>
): Promise<Map<string, SchoolSurveyData>> {
	return surveyData(db, round.id);
}

/** The wave of one school with its responses (undefined: the school has no wave). */
export async function surveyDataOfSchool(
	db: Db,
	school: Authorized<SchoolOfRound, 'schoolEvaluation'>
): Promise<SchoolSurveyData | undefined> {
	return (await surveyData(db, school.roundId, school.schoolId)).get(school.schoolId);
}

async function surveyData(
	db: Db,
	roundId: string,
	schoolId?: string
): Promise<Map<string, SchoolSurveyData>> {
	const waves = (await listWavesOfRound(db, roundId)).filter(
		(w) => schoolId === undefined || w.schoolId === schoolId
	);
	const answers = await listTeacherAnswers(
		db,
		waves.map((w) => w.id)
	);
	const versions = await getVersions(
		db,
		waves.map((w) => w.versionId)
	);
	const result = new Map<string, SchoolSurveyData>();
	for (const wave of waves) {
		const version = versions.get(wave.versionId);
		if (!version) throw new Error(`survey version ${wave.versionId} missing`);
		result.set(wave.schoolId, { wave, version, responses: answers.get(wave.id) ?? [] });
	}
	return result;
}
