// CSV export of the answers the user may read: one row per school (or Schulträger), role and question.
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { exportFileName, exportRound, exportToCsv } from '$lib/server/rounds';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	try {
		const data = await exportRound(db, user, params.roundId);
		return new Response(exportToCsv(data), {
			headers: {
				'Content-Type': 'text/csv; charset=utf-8',
				'Content-Disposition': `attachment; filename="${exportFileName(data, 'csv')}"`
			}
		});
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
