// The consultant's overview across their Schulträger (admins: all): one line per round with the
// traffic-light totals and the state of the teacher survey.
import { LIGHTS, type TrafficLight } from '$lib/domain/evaluation';
import type { Round } from '$lib/domain/rounds';
import { authorizeRoundEvaluation } from '../auth/authorized';
import { canReadEvaluationOverview } from '../auth/survey-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError } from '../errors';
import { listRounds } from '../rounds';
import { computeRoundEvaluation } from './round';

export interface OverviewRow {
	round: Round;
	schools: number;
	/** all indicators of all schools, by light */
	lights: Record<TrafficLight, number>;
	/** schools whose survey results can be shown (≥ 5 responses) */
	schoolsWithSurvey: number;
	/** responses of those schools */
	teacherResponses: number;
}

export async function getEvaluationOverview(
	db: Db,
	user: AuthUser,
	now = new Date()
): Promise<OverviewRow[]> {
	if (!canReadEvaluationOverview(user)) {
		throw new ForbiddenError(
			'Die Übersicht über alle Schulträger ist der KISA-Beratung vorbehalten.'
		);
	}
	const rounds = (await listRounds(db, user)).flatMap((r) => {
		const evaluated = authorizeRoundEvaluation(user, r);
		return evaluated ? [evaluated] : [];
	});
	const rows: OverviewRow[] = [];
	for (const round of rounds) {
		const evaluation = await computeRoundEvaluation(db, round, now);
		const lights = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<TrafficLight, number>;
		for (const row of evaluation.schools) for (const i of row.indicators) lights[i.light] += 1;
		rows.push({
			round,
			schools: evaluation.schools.length,
			lights,
			schoolsWithSurvey: evaluation.schoolsInPool,
			teacherResponses: evaluation.schools.reduce((sum, s) => sum + (s.teacherResponses ?? 0), 0)
		});
	}
	return rows;
}
