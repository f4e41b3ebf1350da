// Progress overview of a round: one row per response the viewer may read (school × role, and the
// Schulträger's own), with percent complete, missing required answers and the last activity.
import { questionnaireProgress } from '$lib/domain/questionnaire/progress';
import type { ProgressRow, Round } from '$lib/domain/rounds';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { answerValues, listReadableResponses } from '../responses';
import { getRound } from './service';

export interface RoundProgress {
	round: Round;
	canManage: boolean;
	rows: ProgressRow[];
}

export async function getRoundProgress(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<RoundProgress> {
	const { round, canManage } = await getRound(db, user, roundId);
	const readable = await listReadableResponses(db, user, round);
	const rows = readable.map(({ response, version, answers, canWrite }): ProgressRow => {
		const progress = questionnaireProgress(version.definition, answerValues(answers));
		const last = answers.reduce<Date | null>(
			(max, a) => (!max || a.updatedAt > max ? a.updatedAt : max),
			null
		);
		return {
			responseId: response.id,
			organisationId: response.organisation.id,
			organisationName: response.organisation.name,
			schoolNumber: response.organisation.schoolNumber,
			audience: response.audience,
			status: response.status,
			percent: progress.percent,
			answeredRequired: progress.requiredAnswered,
			totalRequired: progress.required,
			missingRequired: progress.missingRequired,
			completedSections: response.completedSections,
			sectionCount: version.definition.sections.length,
			lastActivity: last,
			canWrite
		};
	});
	return { round, canManage, rows };
}
