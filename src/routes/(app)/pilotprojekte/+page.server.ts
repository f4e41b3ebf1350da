import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { buildTimeline, isoDateIn, isPilotStatus } from '$lib/domain/pilots';
import { listPilots, pilotPermissions } from '$lib/server/pilots';
import type { PageServerLoad } from './$types';

/** Overview: every pilot the user may read on a timeline, filtered by status and Schulträger (GET). */
export const load: PageServerLoad = async ({ locals, url }) => {
	const { user } = requireUser(locals);
	const statusParam = url.searchParams.get('status');
	const operatorParam = url.searchParams.get('schultraeger');
	const status = isPilotStatus(statusParam) ? statusParam : null;
	const all = await listPilots(db, user);
	// Only Schulträger offered in the filter count; anything else is ignored, never an error.
	const operatorId = all.operators.some((o) => o.id === operatorParam) ? operatorParam : null;
	const { pilots } = await listPilots(db, user, { status, operatorId });
	const today = isoDateIn(new Date());
	return {
		timeline: buildTimeline(pilots, today),
		total: all.pilots.length,
		operators: all.operators,
		filter: { status, operatorId },
		canCreate: pilotPermissions(user).canCreate
	};
};
