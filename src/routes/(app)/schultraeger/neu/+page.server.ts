import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import {
	OperatorInput,
	canCreateOperator,
	createOperator,
	failFromError,
	failValidation,
	parseInput,
	readForm
} from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	if (!canCreateOperator(user))
		error(403, 'Schulträger legen nur KISA-Beraterinnen und -Berater an.');
	return {};
};

export const actions = {
	default: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(OperatorInput, values);
		if (!parsed.ok) return failValidation(parsed.errors, values);
		let id: string;
		try {
			id = (await createOperator(db, user, parsed.data)).id;
		} catch (err) {
			return failFromError(err, values);
		}
		redirect(303, `/schultraeger/${id}?hinweis=angelegt`);
	}
} satisfies Actions;
