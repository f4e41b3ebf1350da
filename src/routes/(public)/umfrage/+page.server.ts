// Entering the participation code. A wrong code gets a German message at the field; many wrong codes
// from one client are slowed down and then refused (survey/throttle.ts).
import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { enterSurveyCode } from '$lib/server/survey';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ url, setHeaders }) => {
	setHeaders({ 'cache-control': 'no-store' });
	return { code: (url.searchParams.get('code') ?? '').slice(0, 40) };
};

export const actions = {
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData().catch(() => new FormData());
		const raw = form.get('code');
		const code = typeof raw === 'string' ? raw.slice(0, 40) : '';
		try {
			const normalised = await enterSurveyCode(db, code, { address: getClientAddress() });
			redirect(303, `/umfrage/${normalised}`);
		} catch (err) {
			if (err instanceof DomainError) {
				return fail(err.status, { values: { code }, errors: { code: err.message } });
			}
			throw err;
		}
	}
} satisfies Actions;
