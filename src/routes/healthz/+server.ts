import { json } from '@sveltejs/kit';
import { sql } from 'kysely';
import { db } from '$lib/server/db';

/** Liveness and database reachability, for load balancers and the cold-start benchmark (P7). */
export async function GET() {
	await sql`select 1`.execute(db);
	return json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
