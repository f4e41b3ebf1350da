import { requireUser } from '$lib/server/auth/guards';
import { getConceptVersion, orErrorPage } from '$lib/server/concepts';
import { db } from '$lib/server/db';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const view = await orErrorPage(
		getConceptVersion(db, user, params.roundId, Number(params.versionNumber))
	);
	return {
		round: view.context.round,
		version: view.version,
		canSeeReview: view.permissions.canSeeReview
	};
};
