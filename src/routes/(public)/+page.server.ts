import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

/** Signed-in people have nothing to do on the landing page: straight to their start page. */
export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, '/start');
};
