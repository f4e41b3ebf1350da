import { error, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import {
	SchoolInput,
	createSchool,
	failFromError,
	failValidation,
	getOperator,
	operatorPermissions,
	orErrorPage,
	parseInput,
	readForm
} from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const operator = await orErrorPage(getOperator(db, user, params.operatorId));
	if (!operatorPermissions(user, operator).canCreateSchool) {
		error(403, 'Sie dürfen für diesen Schulträger keine Schulen anlegen.');
	}
	return { operator: { id: operator.id, name: operator.name } };
};

export const actions = {
	default: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(SchoolInput, values);
		if (!parsed.ok) return failValidation(parsed.errors, values);
		let id: string;
		try {
			id = (await createSchool(db, user, params.operatorId, parsed.data)).id;
		} catch (err) {
			return failFromError(err, values);
		}
		redirect(303, `/schulen/${id}?hinweis=angelegt`);
	}
} satisfies Actions;
