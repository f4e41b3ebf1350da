import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import {
	SchoolInput,
	failFromError,
	failValidation,
	getOperator,
	getSchool,
	listPeople,
	orErrorPage,
	parseInput,
	readForm,
	schoolPermissions,
	setSchoolActive,
	updateSchool
} from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const school = await orErrorPage(getSchool(db, user, params.schoolId));
	// Whoever reads a school also sees its Schulträger (canSeeOperator); the name links back.
	const operator = await orErrorPage(getOperator(db, user, school.parentId ?? ''));
	const permissions = schoolPermissions(user, school);
	const people = permissions.canViewPeople ? await listPeople(db, user, school.id) : null;
	return { school, operator: { id: operator.id, name: operator.name }, permissions, people };
};

async function changeActive(locals: App.Locals, schoolId: string, isActive: boolean) {
	const { user } = requireUser(locals);
	try {
		await setSchoolActive(db, user, schoolId, isActive);
	} catch (err) {
		return failFromError(err);
	}
	redirect(303, `/schulen/${schoolId}?hinweis=${isActive ? 'reaktiviert' : 'deaktiviert'}`);
}

export const actions = {
	update: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(SchoolInput, values);
		if (!parsed.ok) return failValidation(parsed.errors, values);
		try {
			await updateSchool(db, user, params.schoolId, parsed.data);
		} catch (err) {
			return failFromError(err, values);
		}
		redirect(303, `/schulen/${params.schoolId}?hinweis=gespeichert`);
	},
	deactivate: ({ locals, params }) => changeActive(locals, params.schoolId, false),
	reactivate: ({ locals, params }) => changeActive(locals, params.schoolId, true)
} satisfies Actions;
