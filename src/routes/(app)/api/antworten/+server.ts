// Autosave of one answer (JSON). Contract (documented in $lib/server/responses/index.ts):
//   POST /api/antworten  { responseId, questionKey, value, expectedVersion }
//   200 { value, version, updatedAt, updatedBy }          saved, or the same value was already stored
//   400 { message }                                       malformed request or invalid value (German)
//   413 { message }                                       body over BODY_SIZE_LIMIT (German, names the limit)
//   401 / 403 / 404 { message }                           no session / may read only / not visible
//   409 { message, current: { value, version, updatedBy, updatedAt } }   stale expectedVersion
//   409 { message, locked: true }                         questionnaire, section or round closed
// The Origin check for this JSON endpoint happens in hooks.server.ts.
import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { ConflictError, DomainError } from '$lib/server/errors';
import { isPayloadTooLarge, tooLargeMessage } from '$lib/server/http/body-limit';
import {
	AUTOSAVE_BAD_REQUEST,
	AutosaveInput,
	LockedError,
	saveAnswer,
	type ConflictInfo
} from '$lib/server/responses';
import type { RequestHandler } from './$types';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const POST: RequestHandler = async ({ request, locals }) => {
	const user = locals.user;
	if (!user)
		return json(
			{ message: 'Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.' },
			{ status: 401 }
		);
	let body: unknown;
	try {
		body = await request.json();
	} catch (err) {
		if (isPayloadTooLarge(err))
			return json({ message: tooLargeMessage('answer') }, { status: 413 });
		return json({ message: AUTOSAVE_BAD_REQUEST }, { status: 400 });
	}
	const parsed = AutosaveInput.safeParse(body);
	if (!parsed.success) return json({ message: AUTOSAVE_BAD_REQUEST }, { status: 400 });
	try {
		const saved = await saveAnswer(db, user, parsed.data);
		return json({
			value: saved.value,
			version: saved.version,
			updatedAt: iso(saved.updatedAt),
			updatedBy: saved.updatedBy
		});
	} catch (err) {
		if (err instanceof LockedError)
			return json({ message: err.message, locked: true }, { status: 409 });
		if (err instanceof ConflictError) {
			const current = err.current as ConflictInfo;
			return json(
				{ message: err.message, current: { ...current, updatedAt: iso(current.updatedAt) } },
				{ status: 409 }
			);
		}
		if (err instanceof DomainError) return json({ message: err.message }, { status: err.status });
		throw err;
	}
};
