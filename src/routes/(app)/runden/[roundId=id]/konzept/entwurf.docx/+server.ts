// The live draft of the concept as DOCX (the Schulträger's staff and KISA in charge).
import { requireUser } from '$lib/server/auth/guards';
import { docxResponse, draftDocx, orErrorPage } from '$lib/server/concepts';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	return docxResponse(await orErrorPage(draftDocx(db, user, params.roundId)));
};
