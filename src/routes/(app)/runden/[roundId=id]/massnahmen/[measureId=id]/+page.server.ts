// One measure: its reasons, every field to edit (with the version it was loaded with: a concurrent
// change answers 409 and shows the stored state), its cost items (null for school staff), and the
// pilot projects that test it. Measures and pilots are combined here, on the route: the pilots
// module reads the measures module, never the other way round.
import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import type { AuthUser } from '$lib/server/auth/user';
import { db } from '$lib/server/db';
import { ConflictError, DomainError } from '$lib/server/errors';
import {
	EditMeasureInput,
	domainFailure,
	fieldErrors,
	getMeasure,
	measureValues,
	readForm,
	updateMeasure
} from '$lib/server/measures';
import { pilotsOfMeasure } from '$lib/server/pilots';
import type { MeasureRecord } from '$lib/domain/measures/planning';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
	'title',
	'description',
	'actionField',
	'owner',
	'priority',
	'startQuarter',
	'endQuarter',
	'schoolIds',
	'status',
	'rejectionReason'
];

async function load_(user: AuthUser, roundId: string, measureId: string) {
	const detail = await getMeasure(db, user, measureId);
	// the id pair in the URL must belong together; otherwise the page does not exist
	if (detail.round.id !== roundId) error(404, 'Die Maßnahme wurde nicht gefunden.');
	return detail;
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const detail = await load_(user, params.roundId, params.measureId);
		return {
			...detail,
			pilots: await pilotsOfMeasure(db, user, detail.measure),
			notice: url.searchParams.get('erledigt')
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

function conflictView(current: MeasureRecord | undefined) {
	return current
		? {
				version: current.version,
				title: current.title,
				owner: current.owner,
				priority: current.priority,
				status: current.status,
				startQuarter: current.startQuarter,
				endQuarter: current.endQuarter
			}
		: null;
}

export const actions = {
	update: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = measureValues(await readForm(request));
		const parsed = EditMeasureInput.safeParse(values);
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		try {
			await load_(user, params.roundId, params.measureId);
			await updateMeasure(db, user, params.measureId, parsed.data);
		} catch (err) {
			if (err instanceof ConflictError && err.current)
				return fail(409, {
					values,
					errors: { _form: [err.message] },
					conflict: conflictView(err.current as MeasureRecord)
				});
			const { status, errors } = domainFailure(err, FIELDS);
			return fail(status, { values, errors });
		}
		redirect(303, `/runden/${params.roundId}/massnahmen/${params.measureId}?erledigt=gespeichert`);
	}
} satisfies Actions;
