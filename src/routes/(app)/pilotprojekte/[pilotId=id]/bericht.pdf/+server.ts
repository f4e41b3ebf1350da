// The pilot report as PDF (goal, timeline, KPIs against target, milestones, decision).
import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { pilotReportPdf } from '$lib/server/pilots';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ locals, params }) => {
	const { user } = requireUser(locals);
	try {
		const { body, fileName } = await pilotReportPdf(db, user, params.pilotId);
		return new Response(Buffer.from(body), {
			headers: {
				'Content-Type': 'application/pdf',
				'Content-Disposition': `attachment; filename="${fileName}"`,
				'Cache-Control': 'private, no-store'
			}
		});
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
