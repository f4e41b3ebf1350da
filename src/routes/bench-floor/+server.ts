// Benchmark floor endpoint: exists only when the server runs with BENCH_FLOOR=1 (npm run bench).
import { error, json } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import { db } from '$lib/server/db';
import { upsertAnswerUnchecked } from '$lib/server/bench/floor-repository';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ request }) => {
	if (env.BENCH_FLOOR !== '1') error(404, 'Nicht gefunden');
	const body = (await request.json()) as {
		responseId: string;
		questionKey: string;
		value: unknown;
	};
	await upsertAnswerUnchecked(db, body.responseId, body.questionKey, JSON.stringify(body.value));
	return json({ ok: true });
};
