// A frozen concept version as PDF, for everyone who may read that version (auth/concept-access.ts).
import { requireUser } from '$lib/server/auth/guards';
import { orErrorPage, pdfResponse, versionPdf } from '$lib/server/concepts';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const file = await orErrorPage(
		versionPdf(db, user, params.roundId, Number(params.versionNumber))
	);
	return pdfResponse(file);
};
