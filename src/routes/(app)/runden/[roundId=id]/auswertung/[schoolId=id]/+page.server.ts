// Evaluation of one school: indicators against guide values, the teacher survey (from 5 responses),
// role gaps, and free texts for the school's own lead when switched on.
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { getSchoolEvaluation } from '$lib/server/evaluation';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	try {
		const e = await getSchoolEvaluation(db, user, params.roundId, params.schoolId);
		return {
			round: { id: e.round.id, title: e.round.title, operatorName: e.round.operatorName },
			school: { id: e.school.id, name: e.school.name },
			indicators: e.indicators,
			questionnaireStatus: e.questionnaireStatus,
			wave: e.wave,
			survey: e.survey,
			snapshot: e.snapshot,
			roleGaps: e.roleGaps,
			isSchoolLead: e.isSchoolLead,
			canManageSurvey: e.canManageSurvey
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
