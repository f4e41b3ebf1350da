// Where a signed-in person finds the survey and the evaluation: per visible round, the round's
// evaluation (operator, KISA in charge) and the schools whose survey or evaluation they may open.
import type { Round } from '$lib/domain/rounds';
import { canReadOrganisation } from '../auth/authorize';
import {
	canManageSurvey,
	canReadRoundEvaluation,
	canReadSchoolEvaluation
} from '../auth/survey-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { listRounds } from '../rounds';
import { listRoundSchools } from './repository';

export interface EvaluationEntry {
	round: Round;
	canReadRound: boolean;
	schools: { id: string; name: string; canReadEvaluation: boolean; canManageSurvey: boolean }[];
}

export async function listEvaluationEntries(db: Db, user: AuthUser): Promise<EvaluationEntry[]> {
	const entries: EvaluationEntry[] = [];
	for (const round of await listRounds(db, user)) {
		const canReadRound = canReadRoundEvaluation(user, round.operatorId);
		const schools = (await listRoundSchools(db, round.id))
			.map((s) => ({ ref: { id: s.id, kind: 'school' as const, parentId: s.parentId }, school: s }))
			.filter(({ ref }) => canReadOrganisation(user, ref))
			.map(({ ref, school }) => ({
				id: school.id,
				name: school.name,
				canReadEvaluation: canReadSchoolEvaluation(user, ref),
				canManageSurvey: canManageSurvey(user, ref)
			}))
			.filter((s) => s.canReadEvaluation || s.canManageSurvey);
		if (canReadRound || schools.length > 0) entries.push({ round, canReadRound, schools });
	}
	return entries;
}
