// The printable A4 sheet (PDF) with the code, the link and its QR code, for the staff room.
import { error } from '@sveltejs/kit';
import { SURVEY_PATH, surveyLink } from '$lib/domain/survey/code';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { renderPdf } from '$lib/server/pdf/render';
import { surveySheetDefinition } from '$lib/server/pdf/survey-sheet';
import { getSurveySheet } from '$lib/server/survey';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	let sheet;
	try {
		sheet = await getSurveySheet(db, user, params.roundId, params.schoolId);
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
	const pdf = await renderPdf(
		surveySheetDefinition({
			schoolName: sheet.schoolName,
			roundTitle: sheet.roundTitle,
			code: sheet.code,
			link: surveyLink(url.origin, sheet.code),
			entryAddress: `${url.origin}${SURVEY_PATH}`
		})
	);
	const name = `Aushang-Befragung-${sheet.schoolName.replace(/[^A-Za-z0-9äöüÄÖÜß]+/g, '-')}.pdf`;
	return new Response(new Uint8Array(pdf), {
		headers: {
			'Content-Type': 'application/pdf',
			'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
			'Cache-Control': 'private, no-store'
		}
	});
};
