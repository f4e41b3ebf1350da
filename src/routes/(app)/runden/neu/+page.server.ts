import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError, ValidationError } from '$lib/server/errors';
import { CreateRoundInput, createRound, listOperatorsForNewRound } from '$lib/server/rounds';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals }) => {
	const { user } = requireUser(locals);
	const operators = await listOperatorsForNewRound(db, user);
	if (operators.length === 0) {
		error(403, 'Planungsrunden legt die zuständige Beratung oder die Administration an.');
	}
	const year = new Date().getFullYear();
	return { operators, defaults: { periodStart: year, periodEnd: year + 4 } };
};

const text = (v: FormDataEntryValue | null) => (typeof v === 'string' ? v : '');

type Field = 'operatorId' | 'title' | 'periodStart' | 'periodEnd' | 'schoolIds' | '_form';
type Errors = Partial<Record<Field, string[]>>;

export const actions = {
	default: async ({ request, locals }) => {
		const { user } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const operators = await listOperatorsForNewRound(db, user);
		const operator = operators.find((o) => o.id === text(form.get('operatorId')));
		// Only the checked schools of the chosen Schulträger count (the form lists every group).
		const schoolIds = form
			.getAll('schoolIds')
			.filter(
				(v): v is string => typeof v === 'string' && !!operator?.schools.some((s) => s.id === v)
			);
		const values = {
			operatorId: text(form.get('operatorId')),
			title: text(form.get('title')),
			periodStart: text(form.get('periodStart')),
			periodEnd: text(form.get('periodEnd')),
			schoolIds
		};
		const parsed = CreateRoundInput.safeParse(values);
		const errors: Errors = parsed.success ? {} : { ...z.flattenError(parsed.error).fieldErrors };
		if (values.operatorId && !operator)
			errors.operatorId = ['Bitte wählen Sie einen Schulträger aus der Liste.'];
		if (operator && schoolIds.length === 0)
			errors.schoolIds = ['Bitte wählen Sie mindestens eine Schule aus.'];
		if (!parsed.success || Object.keys(errors).length > 0) return fail(400, { values, errors });

		let roundId: string;
		try {
			roundId = (await createRound(db, user, parsed.data)).id;
		} catch (err) {
			if (err instanceof ValidationError) {
				const field = (err.field && err.field in values ? err.field : '_form') as Field;
				return fail(400, { values, errors: { [field]: [err.message] } as Errors });
			}
			if (err instanceof DomainError) {
				return fail(err.status, { values, errors: { _form: [err.message] } as Errors });
			}
			throw err;
		}
		redirect(303, `/runden/${roundId}?angelegt=1`);
	}
} satisfies Actions;
