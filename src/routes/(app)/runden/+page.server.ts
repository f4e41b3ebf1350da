import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { listOperatorsForNewRound, listRounds } from '$lib/server/rounds';
import type { PageServerLoad } from './$types';

/** The rounds the user may see (filtered by the rounds service) and whether they may start one. */
export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	const [rounds, operators] = await Promise.all([
		listRounds(db, user),
		listOperatorsForNewRound(db, user)
	]);
	return { rounds, canCreate: operators.length > 0 };
};
