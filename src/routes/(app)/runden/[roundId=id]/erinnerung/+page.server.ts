// Reminders to those who have not finished a questionnaire: preview first, then send (issue 13).
import { error, fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { publicBaseUrl } from '$lib/server/mail';
import { planReminders, sendReminders } from '$lib/server/reminders';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const plan = await planReminders(db, user, params.roundId, publicBaseUrl(env, url.origin));
		return {
			roundId: params.roundId,
			roundTitle: plan.roundTitle,
			sent: Number(url.searchParams.get('gesendet') ?? NaN),
			reminders: plan.reminders.map((r) => ({
				to: r.to,
				name: r.name,
				organisationName: r.organisationName,
				audienceLabel: r.audienceLabel
			})),
			preview: plan.reminders[0]
				? {
						to: plan.reminders[0].to,
						subject: plan.reminders[0].mail.subject,
						text: plan.reminders[0].mail.text
					}
				: null
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};

export const actions = {
	default: async ({ locals, params, url }) => {
		const { user } = requireUser(locals);
		let count: number;
		try {
			count = await sendReminders(db, user, params.roundId, publicBaseUrl(env, url.origin));
		} catch (err) {
			if (err instanceof DomainError) return fail(err.status, { error: err.message });
			throw err;
		}
		redirect(303, `/runden/${params.roundId}/erinnerung?gesendet=${count}`);
	}
} satisfies Actions;
