// Maßnahmenplanung of a round: the rules' open proposals (accept, reject with reason), the measures
// the user may read, and adding a measure by hand.
import { error, fail, redirect } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import {
	NewMeasureInput,
	RejectInput,
	RuleKeyInput,
	acceptProposal,
	createMeasure,
	domainFailure,
	fieldErrors,
	getMeasuresOverview,
	measureValues,
	readForm,
	rejectProposal,
	text
} from '$lib/server/measures';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const overview = await getMeasuresOverview(db, user, params.roundId);
		return {
			...overview,
			notice: url.searchParams.get('erledigt'),
			changedId: url.searchParams.get('massnahme')
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

const NEW_FIELDS = [
	'title',
	'description',
	'actionField',
	'owner',
	'priority',
	'startQuarter',
	'endQuarter',
	'schoolIds'
];

export const actions = {
	accept: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const form = await readForm(request);
		const parsed = RuleKeyInput.safeParse({ ruleKey: text(form, 'ruleKey') });
		if (!parsed.success)
			return fail(400, { decision: { ruleKey: '', message: 'Unbekannter Vorschlag.' } });
		let measureId: string;
		try {
			measureId = (await acceptProposal(db, user, params.roundId, parsed.data.ruleKey)).id;
		} catch (err) {
			const { status, errors } = domainFailure(err, []);
			return fail(status, {
				decision: { ruleKey: parsed.data.ruleKey, message: errors._form?.[0] ?? '' }
			});
		}
		redirect(
			303,
			`/runden/${params.roundId}/massnahmen?erledigt=angenommen&massnahme=${measureId}`
		);
	},

	reject: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const form = await readForm(request);
		const values = { ruleKey: text(form, 'ruleKey'), reason: text(form, 'reason') };
		const parsed = RejectInput.safeParse(values);
		if (!parsed.success) {
			const errors = fieldErrors(parsed.error);
			return fail(400, { reject: { ...values, errors } });
		}
		try {
			await rejectProposal(db, user, params.roundId, parsed.data);
		} catch (err) {
			const { status, errors } = domainFailure(err, ['reason']);
			return fail(status, { reject: { ...values, errors } });
		}
		redirect(303, `/runden/${params.roundId}/massnahmen?erledigt=abgelehnt`);
	},

	create: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = measureValues(await readForm(request));
		const parsed = NewMeasureInput.safeParse(values);
		if (!parsed.success)
			return fail(400, { create: { values, errors: fieldErrors(parsed.error) } });
		let measureId: string;
		try {
			measureId = (await createMeasure(db, user, params.roundId, parsed.data)).id;
		} catch (err) {
			const { status, errors } = domainFailure(err, NEW_FIELDS);
			return fail(status, { create: { values, errors } });
		}
		redirect(303, `/runden/${params.roundId}/massnahmen/${measureId}?erledigt=angelegt`);
	}
} satisfies Actions;
