import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { failFromError, failValidation, readForm } from '$lib/server/organisations';
import {
	PilotInput,
	createPilot,
	listOwnerChoices,
	parseInput,
	pilotPermissions
} from '$lib/server/pilots';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	if (!pilotPermissions(user).canCreate) {
		error(403, 'Pilotprojekte legt die Beratung der KISA an.');
	}
	return { owners: await listOwnerChoices(db, user), currentUserId: user.id };
};

export const actions = {
	default: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(PilotInput, values);
		if (!parsed.ok) return failValidation(parsed.errors, values);
		let id: string;
		try {
			id = (await createPilot(db, user, parsed.data)).id;
		} catch (err) {
			return failFromError(err, values);
		}
		redirect(303, `/pilotprojekte/${id}?hinweis=angelegt`);
	}
} satisfies Actions;
