// Teacher answers of a round per school, for the evaluation service (which checks access first).
import type { Answers } from '$lib/domain/questionnaire/types';
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
export async function surveyDataOfRound(
	db: Db,
	roundId: string
): Promise<Map<string, SchoolSurveyData>> {
	const waves = await listWavesOfRound(db, roundId);
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
