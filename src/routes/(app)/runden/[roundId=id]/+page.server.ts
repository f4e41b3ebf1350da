import { error, fail, redirect } from '@sveltejs/kit';
import type { RoundActor } from '$lib/domain/rounds';
import { requireUser } from '$lib/server/auth/guards';
import type { AuthUser } from '$lib/server/auth/user';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { SetStatusInput, getRoundProgress, setRoundStatus } from '$lib/server/rounds';
import type { Actions, PageServerLoad } from './$types';

/** Which "next steps" to show first: the roles the viewer holds in this round. */
function actorsOf(
	user: AuthUser,
	operatorId: string,
	canManage: boolean,
	orgIds: Set<string>
): RoundActor[] {
	const actors = new Set<RoundActor>();
	if (canManage) actors.add('consultant');
	for (const m of user.memberships) {
		if (m.role === 'operator' && m.organisationId === operatorId) actors.add('operator');
		if (m.role === 'school_lead' && orgIds.has(m.organisationId)) actors.add('school_lead');
		if (
			m.role === 'it_staff' &&
			(orgIds.has(m.organisationId) || m.organisationId === operatorId)
		) {
			actors.add('it_staff');
		}
	}
	return [...actors];
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const { round, canManage, rows } = await getRoundProgress(db, user, params.roundId);
		const orgIds = new Set(rows.map((r) => r.organisationId));
		return {
			round,
			canManage,
			rows,
			myActors: actorsOf(user, round.operatorId, canManage, orgIds),
			created: url.searchParams.has('angelegt'),
			statusChanged: url.searchParams.has('status')
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

export const actions = {
	status: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const form = await request.formData().catch(() => new FormData());
		const parsed = SetStatusInput.safeParse({ status: form.get('status') ?? undefined });
		if (!parsed.success) {
			return fail(400, { statusError: 'Bitte wählen Sie einen Status aus der Liste.' });
		}
		try {
			await setRoundStatus(db, user, params.roundId, parsed.data.status);
		} catch (err) {
			if (err instanceof DomainError) return fail(err.status, { statusError: err.message });
			throw err;
		}
		redirect(303, `/runden/${params.roundId}?status=geaendert`);
	}
} satisfies Actions;
