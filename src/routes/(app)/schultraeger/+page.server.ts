import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { canCreateOperator, listOperators } from '$lib/server/organisations';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	return {
		operators: await listOperators(db, user),
		canCreate: canCreateOperator(user)
	};
};
