// The school lead's page of the teacher survey: open and close it, the code with link and QR code,
// the printable sheet, the number of responses, and the switch for free texts.
import { error, fail, redirect } from '@sveltejs/kit';
import { formatCode, SURVEY_PATH, surveyLink } from '$lib/domain/survey/code';
import { requireUser } from '$lib/server/auth/guards';
import type { AuthUser } from '$lib/server/auth/user';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { qrMatrix, qrSvg } from '$lib/server/pdf/qr';
import {
	closeSurvey,
	getSurveyAdmin,
	openSurvey,
	renewSurveyCode,
	setFreeTextVisible
} from '$lib/server/survey';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const view = await getSurveyAdmin(db, user, params.roundId, params.schoolId);
		const link = view.wave ? surveyLink(url.origin, view.wave.code) : null;
		return {
			round: { id: view.round.id, title: view.round.title },
			school: { id: view.school.id, name: view.school.name },
			wave: view.wave
				? {
						status: view.wave.status,
						code: formatCode(view.wave.code),
						openedOn: view.wave.openedOn,
						closedOn: view.wave.closedOn,
						freeTextVisible: view.wave.freeTextVisible
					}
				: null,
			link,
			entryAddress: `${url.origin}${SURVEY_PATH}`,
			qr: link ? qrSvg(qrMatrix(link), `QR-Code mit dem Link ${link}`) : null,
			responseBand: view.responseBand,
			snapshot: view.snapshot,
			canOpen: view.canOpen,
			canToggleFreeText: view.canToggleFreeText,
			done: url.searchParams.get('erledigt')
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

async function run(
	event: RequestEvent,
	done: string,
	action: (user: AuthUser) => Promise<unknown>
) {
	const { user } = requireUser(event.locals);
	try {
		await action(user);
	} catch (err) {
		if (err instanceof DomainError) return fail(err.status, { error: err.message });
		throw err;
	}
	redirect(303, `${event.url.pathname}?erledigt=${done}`);
}

export const actions = {
	oeffnen: (e) =>
		run(e, 'geoeffnet', (u) => openSurvey(db, u, e.params.roundId, e.params.schoolId)),
	schliessen: (e) =>
		run(e, 'geschlossen', (u) => closeSurvey(db, u, e.params.roundId, e.params.schoolId)),
	neuerCode: (e) =>
		run(e, 'neuer-code', (u) => renewSurveyCode(db, u, e.params.roundId, e.params.schoolId)),
	freitexte: async (e) => {
		const form = await e.request.formData().catch(() => new FormData());
		const visible = form.get('sichtbar') === 'ja';
		return run(e, visible ? 'freitexte-an' : 'freitexte-aus', (u) =>
			setFreeTextVisible(db, u, e.params.roundId, e.params.schoolId, visible)
		);
	}
} satisfies Actions;
