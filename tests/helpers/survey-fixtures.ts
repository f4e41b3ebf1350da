// Helpers for the teacher-survey integration tests: the seeded Musterstadt round and form posts.
import type { Db } from '../../src/lib/server/db/client';
import { DEMO_ORGS } from '../../db/demo-data';

/** The id of the seeded Musterstadt round (db/seed-rounds.ts). */
export async function musterstadtRoundId(db: Db): Promise<string> {
	const row = await db
		.selectFrom('planning_rounds')
		.select('id')
		.where('operator_id', '=', DEMO_ORGS.musterstadt.id)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A form post with the given fields (arrays for checkboxes). */
export function form(fields: Record<string, string | string[]>): URLSearchParams {
	const params = new URLSearchParams();
	for (const [name, value] of Object.entries(fields)) {
		for (const v of Array.isArray(value) ? value : [value]) params.append(name, v);
	}
	return params;
}

/** A complete, valid teacher answer set as a form post. */
export function teacherForm(overrides: Record<string, string | string[]> = {}): URLSearchParams {
	return form({
		'use.frequency': 'woechentlich',
		'use.subject_groups': ['mint'],
		'use.obstacles': ['zeit', 'wlan'],
		'use.equipment_fit': '3',
		'use.support_fit': '2',
		'digcompedu.teaching': 'B1',
		'training.hours_12m': 'h1_4',
		'training.needs_top3': ['ki', 'recht'],
		'training.multiplier': 'nein',
		...overrides
	});
}

/** A client whose waits are recorded instead of slept. */
export function recordingClient(address = '203.0.113.7') {
	const waits: number[] = [];
	return { address, waits, wait: async (ms: number) => void waits.push(ms) };
}
