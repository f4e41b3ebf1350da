import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import {
	OperatorInput,
	failFromError,
	failValidation,
	getOperator,
	operatorPermissions,
	orErrorPage,
	parseInput,
	readForm,
	updateOperator
} from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const operator = await orErrorPage(getOperator(db, user, params.operatorId));
	if (!operatorPermissions(user, operator).canEdit) {
		error(403, 'Sie dürfen die Stammdaten dieses Schulträgers nicht bearbeiten.');
	}
	return { operator };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(OperatorInput, values);
		if (!parsed.ok) return failValidation(parsed.errors, values);
		try {
			await updateOperator(db, user, params.operatorId, parsed.data);
		} catch (err) {
			return failFromError(err, values);
		}
		redirect(303, `/schultraeger/${params.operatorId}?hinweis=gespeichert`);
	}
} satisfies Actions;
