// Glue between the pilot detail page's many small forms and the service: each form belongs to a
// section; failures come back as fail(status, { section, values, errors }) so only that section shows
// its error summary; success redirects (303) back to the section with a notice key.
import { fail, redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import { requireUser } from '../auth/guards';
import type { AuthUser } from '../auth/user';
import { DomainError, ValidationError } from '../errors';
import { echo, readForm } from '../organisations';
import { parseInput, type FieldErrors } from './input';

export type PilotSection =
	| 'stammdaten'
	| 'ampel'
	| 'schulen'
	| 'massnahmen'
	| 'meilensteine'
	| 'kennzahlen'
	| 'risiken'
	| 'erkenntnisse'
	| 'entscheidung';

interface ActionEvent {
	request: Request;
	locals: App.Locals;
	params: { pilotId: string };
}

/** Row buttons carry only ids: any problem with them is shown for the whole form, not a field. */
function formLevel(errors: FieldErrors, rowFields: string[]): FieldErrors {
	const moved = rowFields.flatMap((f) => errors[f] ?? []);
	const rest = Object.fromEntries(Object.entries(errors).filter(([k]) => !rowFields.includes(k)));
	return moved.length ? { ...rest, _form: [...(errors._form ?? []), ...moved] } : rest;
}

/**
 * A form action of one section: parse with `schema`, call `run`, redirect to the section with
 * `?hinweis=<section>.<notice>`. DomainErrors become fail(status) at their field (or `_form`).
 */
export function sectionAction<T>(
	section: PilotSection,
	schema: z.ZodType<T>,
	notice: string,
	run: (user: AuthUser, pilotId: string, data: T) => Promise<unknown>,
	rowFields: string[] = ['rowId']
) {
	return async ({ request, locals, params }: ActionEvent) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseInput(schema, values);
		if (!parsed.ok) {
			return fail(400, {
				section,
				values: echo(values),
				errors: formLevel(parsed.errors, rowFields)
			});
		}
		try {
			await run(user, params.pilotId, parsed.data);
		} catch (err) {
			if (!(err instanceof DomainError)) throw err;
			const field = err instanceof ValidationError && err.field ? err.field : '_form';
			const errors = formLevel({ [field]: [err.message] }, rowFields);
			return fail(err.status, { section, values: echo(values), errors });
		}
		redirect(303, `/pilotprojekte/${params.pilotId}?hinweis=${section}.${notice}#${section}`);
	};
}
