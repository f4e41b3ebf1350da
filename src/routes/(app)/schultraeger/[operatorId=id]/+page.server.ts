import { redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import {
	ConsultantInput,
	assignConsultant,
	failFromError,
	failValidation,
	getOperator,
	listAssignableConsultants,
	listAssignedConsultants,
	listPeople,
	listSchools,
	operatorPermissions,
	orErrorPage,
	parseInput,
	readForm,
	setOperatorActive,
	unassignConsultant
} from '$lib/server/organisations';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const operator = await orErrorPage(getOperator(db, user, params.operatorId));
	const permissions = operatorPermissions(user, operator);
	const schools = await listSchools(db, user, operator.id);
	const consultants = await listAssignedConsultants(db, user, operator.id);
	const assignable = permissions.canAssignConsultants
		? (await listAssignableConsultants(db, user)).filter(
				(c) => !consultants.some((a) => a.id === c.id)
			)
		: [];
	const people = permissions.canViewPeople ? await listPeople(db, user, operator.id) : null;
	return { operator, permissions, schools, consultants, assignable, people };
};

/** The consultant actions share one small form shape: a consultantId. */
async function changeConsultant(
	request: Request,
	locals: App.Locals,
	operatorId: string,
	assign: boolean
) {
	const { user } = requireUser(locals);
	const values = await readForm(request);
	const parsed = parseInput(ConsultantInput, values);
	if (!parsed.ok) return failValidation(parsed.errors, values);
	try {
		if (assign) await assignConsultant(db, user, operatorId, parsed.data.consultantId);
		else await unassignConsultant(db, user, operatorId, parsed.data.consultantId);
	} catch (err) {
		return failFromError(err, values);
	}
	redirect(303, `/schultraeger/${operatorId}?hinweis=${assign ? 'zugeordnet' : 'entfernt'}`);
}

async function changeActive(locals: App.Locals, operatorId: string, isActive: boolean) {
	const { user } = requireUser(locals);
	try {
		await setOperatorActive(db, user, operatorId, isActive);
	} catch (err) {
		return failFromError(err);
	}
	redirect(303, `/schultraeger/${operatorId}?hinweis=${isActive ? 'reaktiviert' : 'deaktiviert'}`);
}

export const actions = {
	assignConsultant: ({ request, locals, params }) =>
		changeConsultant(request, locals, params.operatorId, true),
	unassignConsultant: ({ request, locals, params }) =>
		changeConsultant(request, locals, params.operatorId, false),
	deactivate: ({ locals, params }) => changeActive(locals, params.operatorId, false),
	reactivate: ({ locals, params }) => changeActive(locals, params.operatorId, true)
} satisfies Actions;
