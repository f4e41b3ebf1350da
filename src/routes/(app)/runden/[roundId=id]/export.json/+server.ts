// JSON export of the answers the user may read (stored values plus their German text).
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { exportFileName, exportRound } from '$lib/server/rounds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	try {
		const data = await exportRound(db, user, params.roundId);
		return new Response(JSON.stringify(data, null, 2), {
			headers: {
				'Content-Type': 'application/json; charset=utf-8',
				'Content-Disposition': `attachment; filename="${exportFileName(data, 'json')}"`
			}
		});
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
