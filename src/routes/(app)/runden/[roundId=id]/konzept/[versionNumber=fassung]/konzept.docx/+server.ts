// A frozen concept version as DOCX, for everyone who may read that version (auth/concept-access.ts).
import { requireUser } from '$lib/server/auth/guards';
import { docxResponse, orErrorPage, versionDocx } from '$lib/server/concepts';
import { db } from '$lib/server/db';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	const file = await orErrorPage(
		versionDocx(db, user, params.roundId, Number(params.versionNumber))
	);
	return docxResponse(file);
};
