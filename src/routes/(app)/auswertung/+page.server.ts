// "Auswertung": for KISA consultants the overview across their Schulträger (admins: all); for every
// other role the rounds and schools whose survey or evaluation they may open.
import { error } from '@sveltejs/kit';
import { canReadEvaluationOverview } from '$lib/server/auth/survey-access';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { getEvaluationOverview, listEvaluationEntries } from '$lib/server/evaluation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	try {
		const overview = canReadEvaluationOverview(user) ? await getEvaluationOverview(db, user) : null;
		const entries = await listEvaluationEntries(db, user);
		return {
			overview:
				overview?.map((r) => ({
					roundId: r.round.id,
					title: r.round.title,
					operatorName: r.round.operatorName,
					status: r.round.status,
					schools: r.schools,
					lights: r.lights,
					schoolsWithSurvey: r.schoolsWithSurvey,
					teacherResponses: r.teacherResponses
				})) ?? null,
			entries: entries.map((e) => ({
				roundId: e.round.id,
				title: e.round.title,
				operatorName: e.round.operatorName,
				canReadRound: e.canReadRound,
				schools: e.schools
			}))
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
