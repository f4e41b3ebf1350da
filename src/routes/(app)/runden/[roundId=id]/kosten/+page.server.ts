// Kostenplanung of a round: the five-year plan (category × year, per school, per funding source,
// own share, € per pupil against the guide value, chart) and the cost items with their form. The
// catalogue fills defaults: with JavaScript on selection, without it via "Werte übernehmen".
import { error, fail, redirect } from '@sveltejs/kit';
import { costPlanView } from '$lib/domain/costs/plan-view';
import { formatNumberInput } from '$lib/domain/questionnaire/numbers';
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import { requireUser } from '$lib/server/auth/guards';
import {
	CostItemInput,
	VersionInput,
	applyCatalogueEntry,
	createCostItem,
	deleteCostItem,
	getCostPlan,
	updateCostItem,
	withCatalogueDefaults,
	type CostFormValues
} from '$lib/server/costs';
import { db } from '$lib/server/db';
import { ConflictError, DomainError } from '$lib/server/errors';
import { domainFailure, fieldErrors, readForm, text } from '$lib/server/measures';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = [
	'catalogueItemId',
	'label',
	'category',
	'kind',
	'quantity',
	'unitPrice',
	'usefulLifeYears',
	'firstYear',
	'lastYear',
	'fundingSource',
	'fundingRatePercent',
	'fundedUntilYear',
	'schoolId',
	'measureId',
	'note'
] as const;

/** The form's text values of a stored item (German numbers). */
function itemValues(item: CostItemRecord): CostFormValues {
	const n = (v: number | null | undefined) =>
		v === null || v === undefined ? '' : formatNumberInput(v);
	return {
		itemId: item.id,
		version: String(item.version),
		catalogueItemId: item.catalogueItemId ?? '',
		label: item.label,
		category: item.category,
		kind: item.kind,
		quantity: n(item.quantity),
		unitPrice: n(item.unitPrice / 100),
		usefulLifeYears: n(item.usefulLifeYears),
		firstYear: String(item.firstYear),
		lastYear: n(item.lastYear),
		fundingSource: item.fundingSource,
		fundingRatePercent: n(item.fundingRatePercent),
		fundedUntilYear: n(item.fundedUntilYear),
		schoolId: item.schoolId ?? '',
		measureId: item.measureId ?? '',
		note: item.note ?? ''
	};
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const data = await getCostPlan(db, user, params.roundId);
		const editId = url.searchParams.get('bearbeiten');
		const editing = editId ? data.items.find((i) => i.id === editId) : undefined;
		const measureId = url.searchParams.get('massnahme') ?? '';
		return {
			round: data.round,
			canEdit: data.canEdit,
			schools: data.schools.map((s) => ({ id: s.id, name: s.name })),
			measures: data.measures,
			items: data.items,
			countedItemIds: data.plan.items.map((i) => i.id),
			view: costPlanView(data.plan, data.schools),
			editing: editing ? itemValues(editing) : null,
			preset: data.measures.some((m) => m.id === measureId) ? { measureId } : null,
			notice: url.searchParams.get('erledigt')
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

function formValues(form: FormData): CostFormValues {
	const values: CostFormValues = { itemId: text(form, 'itemId'), version: text(form, 'version') };
	for (const f of FIELDS) values[f] = text(form, f);
	return values;
}

export const actions = {
	/** Without JavaScript: take the chosen catalogue entry's values into the form, save nothing. */
	catalogue: async ({ request, locals }) => {
		requireUser(locals);
		const values = formValues(await readForm(request));
		return { values: applyCatalogueEntry(values), errors: {}, applied: true };
	},

	save: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = formValues(await readForm(request));
		const parsed = CostItemInput.safeParse(withCatalogueDefaults(values));
		if (!parsed.success) return fail(400, { values, errors: fieldErrors(parsed.error) });
		let version: number | null = null;
		if (values.itemId) {
			const v = VersionInput.safeParse({ version: values.version });
			if (!v.success) return fail(400, { values, errors: { _form: [v.error.issues[0].message] } });
			version = v.data.version;
		}
		try {
			if (values.itemId && version !== null)
				await updateCostItem(db, user, values.itemId, parsed.data, version);
			else await createCostItem(db, user, params.roundId, parsed.data);
		} catch (err) {
			if (err instanceof ConflictError && err.current) {
				const current = itemValues(err.current as CostItemRecord);
				return fail(409, {
					values: { ...values, version: current.version } as CostFormValues,
					errors: { _form: [err.message] },
					current: {
						label: current.label,
						quantity: current.quantity,
						unitPrice: current.unitPrice,
						firstYear: current.firstYear
					}
				});
			}
			const { status, errors } = domainFailure(err, FIELDS);
			return fail(status, { values, errors });
		}
		redirect(
			303,
			`/runden/${params.roundId}/kosten?erledigt=${values.itemId ? 'gespeichert' : 'angelegt'}`
		);
	},

	delete: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const form = await readForm(request);
		const itemId = text(form, 'itemId');
		const v = VersionInput.safeParse({ version: text(form, 'version') });
		if (!itemId || !v.success)
			return fail(400, {
				deleteError:
					'Die Kostenposition konnte nicht zugeordnet werden. Bitte laden Sie die Seite neu.'
			});
		try {
			await deleteCostItem(db, user, itemId, v.data.version);
		} catch (err) {
			const { status, errors } = domainFailure(err, []);
			return fail(status, { deleteError: errors._form?.[0] ?? '' });
		}
		redirect(303, `/runden/${params.roundId}/kosten?erledigt=geloescht`);
	}
} satisfies Actions;
