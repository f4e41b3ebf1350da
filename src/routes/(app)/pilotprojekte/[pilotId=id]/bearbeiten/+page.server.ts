import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { failFromError, failValidation, orErrorPage, readForm } from '$lib/server/organisations';
import {
	PILOT_READ_ONLY,
	PilotInput,
	getPilot,
	listOwnerChoices,
	parseInput,
	updatePilot
} from '$lib/server/pilots';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const { pilot, canManage } = await orErrorPage(getPilot(db, user, params.pilotId));
	if (!canManage) error(403, PILOT_READ_ONLY);
	return { pilot, owners: await listOwnerChoices(db, user) };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(PilotInput, values);
		if (!parsed.ok) return failValidation(parsed.errors, values);
		try {
			await updatePilot(db, user, params.pilotId, parsed.data);
		} catch (err) {
			return failFromError(err, values);
		}
		redirect(303, `/pilotprojekte/${params.pilotId}?hinweis=stammdaten.gespeichert#stammdaten`);
	}
} satisfies Actions;
