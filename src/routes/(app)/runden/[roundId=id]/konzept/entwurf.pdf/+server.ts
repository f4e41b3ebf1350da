// The live draft of the concept as PDF (the Schulträger's staff and KISA in charge).
import { requireUser } from '$lib/server/auth/guards';
import { draftPdf, orErrorPage, pdfResponse } from '$lib/server/concepts';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	return pdfResponse(await orErrorPage(draftPdf(db, user, params.roundId)));
};
