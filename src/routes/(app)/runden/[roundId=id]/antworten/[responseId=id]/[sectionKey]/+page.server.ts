// A section of a questionnaire: the form (works without JavaScript: the default action saves every
// valid answer and returns German errors per field) and, with JavaScript, autosave per answer.
import { error, fail, redirect } from '@sveltejs/kit';
import { guideValue } from '$lib/domain/guide-values';
import { guideValueText, type GuideValueText } from '$lib/domain/guide-value-text';
import { REQUIRED_MESSAGE } from '$lib/domain/questionnaire/validate';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { isPayloadTooLarge, tooLargeMessage } from '$lib/server/http/body-limit';
import {
	IncompleteError,
	completeSection,
	reopenSection,
	saveSection,
	versionFieldName
} from '$lib/server/responses';
import { rawFromForm, type RawValue } from '$lib/components/questionnaire/field-values';
import { loadResponseOrError, pageBase, responseUrl } from '../response-page.server';
import { entriesWithout, takenKeys } from './section-form.server';
import type { Actions, PageServerLoad } from './$types';

const UNREADABLE_FORM_MESSAGE =
	'Das Formular konnte nicht gelesen werden. Es wurde nichts gespeichert. Bitte laden Sie die Seite neu.';
const NOTHING_SAVED_MESSAGE =
	'Nichts wurde gespeichert. Bitte korrigieren Sie die markierten Angaben und speichern Sie erneut.';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const found = await loadResponseOrError(user, params);
	const definition = found.questionnaire.definition;
	const index = definition.sections.findIndex((s) => s.key === params.sectionKey);
	if (index < 0) error(404, 'Diesen Abschnitt gibt es in diesem Fragebogen nicht.');
	const section = definition.sections[index];

	const guides: Record<string, GuideValueText> = {};
	for (const q of section.questions) {
		const g = q.guideValue ? guideValue(q.guideValue.ref) : undefined;
		if (g) guides[q.key] = guideValueText(g);
	}
	const answers = Object.fromEntries(
		Object.entries(found.answers).map(([key, a]) => [key, { value: a.value, version: a.version }])
	);
	const savedKey = url.searchParams.get('gespeichert');
	return {
		...pageBase(found),
		definition,
		sectionKey: section.key,
		nextSectionKey: definition.sections[index + 1]?.key ?? null,
		answers,
		guides,
		savedSectionKey: savedKey,
		savedSectionTitle: definition.sections.find((s) => s.key === savedKey)?.title ?? null
	};
};

export const actions = {
	default: async ({ locals, params, request }) => {
		const { user } = requireUser(locals);
		let form: FormData;
		try {
			form = await request.formData();
		} catch (err) {
			// Never treat an unreadable post as an empty one (that would answer "gespeichert").
			const message = isPayloadTooLarge(err) ? tooLargeMessage() : UNREADABLE_FORM_MESSAGE;
			return fail(isPayloadTooLarge(err) ? 413 : 400, {
				errors: {},
				values: {},
				conflicts: {},
				message
			});
		}
		const intent = String(form.get('intent') ?? 'speichern');
		const here = responseUrl(params.roundId, params.responseId, params.sectionKey);
		try {
			if (intent === 'wiedereroeffnen') {
				await reopenSection(db, user, params.responseId, params.sectionKey);
				redirect(303, here);
			}
			const found = await loadResponseOrError(user, params);
			const definition = found.questionnaire.definition;
			const index = definition.sections.findIndex((s) => s.key === params.sectionKey);
			if (index < 0) error(404, 'Diesen Abschnitt gibt es in diesem Fragebogen nicht.');
			const section = definition.sections[index];

			const result = await saveSection(
				db,
				user,
				params.responseId,
				section.key,
				entriesWithout(form, takenKeys(form, section.questions))
			);
			if (Object.keys(result.errors).length > 0) {
				// Nothing was stored: every posted field is shown again as typed.
				const values: Record<string, RawValue> = {};
				for (const q of section.questions)
					if (form.has(versionFieldName(q.key))) values[q.key] = rawFromForm(q, form);
				return fail(400, {
					errors: result.errors,
					values,
					conflicts: result.conflicts,
					message: NOTHING_SAVED_MESSAGE
				});
			}
			if (intent === 'abschliessen') {
				await completeSection(db, user, params.responseId, section.key);
				redirect(
					303,
					`${responseUrl(params.roundId, params.responseId)}?abgeschlossen=${encodeURIComponent(section.key)}`
				);
			}
			const next = intent === 'weiter' ? definition.sections[index + 1]?.key : section.key;
			const target = next
				? responseUrl(params.roundId, params.responseId, next)
				: responseUrl(params.roundId, params.responseId);
			redirect(303, `${target}?gespeichert=${encodeURIComponent(section.key)}`);
		} catch (err) {
			if (err instanceof IncompleteError) {
				const errors = Object.fromEntries(
					err.missing.map((m) => [m.questionKey, REQUIRED_MESSAGE])
				);
				return fail(400, { errors, values: {}, conflicts: {}, message: err.message });
			}
			if (err instanceof DomainError && err.status !== 404) {
				return fail(err.status, { errors: {}, values: {}, conflicts: {}, message: err.message });
			}
			if (err instanceof DomainError) error(404, err.message);
			throw err;
		}
	}
} satisfies Actions;
