// The anonymous survey: sections I and J on one page (no JavaScript needed; going back to change an
// answer is scrolling up), sent once with "Absenden". Nothing is stored before that.
import { fail, redirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { SUBMISSION_FIELD } from '$lib/domain/survey/form';
import { db } from '$lib/server/db';
import { DomainError, TooManyRequestsError, ValidationError } from '$lib/server/errors';
import {
	loadPublicSurvey,
	markSent,
	submitSurvey,
	SurveyClosedError,
	SurveyInputError,
	wasSent
} from '$lib/server/survey';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ params, getClientAddress, cookies, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	try {
		const survey = await loadPublicSurvey(db, params.code, { address: getClientAddress() });
		if (survey.code !== params.code) redirect(303, `/umfrage/${survey.code}`);
		return {
			state: 'open' as const,
			code: survey.code,
			schoolName: survey.schoolName,
			roundTitle: survey.roundTitle,
			sections: survey.definition.sections,
			alreadySent: wasSent(cookies, survey.waveId),
			submissionId: randomUUID()
		};
	} catch (err) {
		if (err instanceof TooManyRequestsError)
			return { state: 'refused' as const, message: err.message };
		if (err instanceof SurveyClosedError) return { state: 'closed' as const, message: err.message };
		if (err instanceof ValidationError) {
			return { state: 'invalid' as const, message: err.message, code: params.code.slice(0, 40) };
		}
		throw err;
	}
};

export const actions = {
	default: async ({ request, params, getClientAddress, cookies, url }) => {
		const form = await request.formData().catch(() => new FormData());
		try {
			const { waveId } = await submitSurvey(db, params.code, form.get(SUBMISSION_FIELD), form, {
				address: getClientAddress()
			});
			markSent(cookies, url, waveId);
		} catch (err) {
			if (err instanceof SurveyInputError) {
				return fail(400, { values: err.values, errors: err.errors });
			}
			if (err instanceof DomainError) {
				return fail(err.status, {
					values: {},
					errors: { _form: err.message } as Record<string, string>
				});
			}
			throw err;
		}
		redirect(303, '/umfrage/danke');
	}
} satisfies Actions;
