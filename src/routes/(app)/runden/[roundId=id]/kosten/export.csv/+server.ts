// CSV export of the cost plan: one row per cost item and plan year (UTF-8 with BOM, `;`, German headers).
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { exportCostPlanCsv } from '$lib/server/costs';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	try {
		const { csv, fileName } = await exportCostPlanCsv(db, user, params.roundId);
		return new Response(csv, {
			headers: {
				'Content-Type': 'text/csv; charset=utf-8',
				'Content-Disposition': `attachment; filename="${fileName}"`,
				'Cache-Control': 'no-store'
			}
		});
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
