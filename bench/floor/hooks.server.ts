// The benchmark's floor (quality.md "How to measure"): a bare SvelteKit endpoint that does the same
// SQLite upsert as autosave with no session, authorization, validation or audit entry. It exists
// only in the build `npm run bench` makes (MEK_BENCH_BUILD=1, output `build-bench/`, see
// svelte.config.js), which uses this file as its server hooks: the app's own hooks run first,
// exactly as for a route, then POST /bench-floor is answered here. The product build has no floor.
import { json, type Handle } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { db } from '$lib/server/db';
import { handle as appHandle, handleError } from '../../src/hooks.server';
import { upsertAnswerUnchecked } from './floor-repository';

const floor: Handle = async ({ event, resolve }) => {
	if (event.url.pathname !== '/bench-floor' || event.request.method !== 'POST')
		return resolve(event);
	const body = (await event.request.json()) as {
		responseId: string;
		questionKey: string;
		value: unknown;
	};
	await upsertAnswerUnchecked(db, body.responseId, body.questionKey, JSON.stringify(body.value));
	return json({ ok: true });
};

export const handle = sequence(appHandle, floor);
export { handleError };
