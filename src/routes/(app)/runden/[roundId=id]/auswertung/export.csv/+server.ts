// CSV export of the round's evaluation, always under the threshold rule (no free text, no group < 5).
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { exportRoundEvaluationCsv } from '$lib/server/evaluation';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	try {
		const { csv, fileName } = await exportRoundEvaluationCsv(db, user, params.roundId);
		return new Response(csv, {
			headers: {
				'Content-Type': 'text/csv; charset=utf-8',
				'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
				'Cache-Control': 'private, no-store'
			}
		});
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
