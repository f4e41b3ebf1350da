// Issue 6: a measure shows the pilot projects that test it (demo: WLAN standardisation ↔ wlan.expand).
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld } from '../helpers/factories';
import { getMeasure } from '../../src/lib/server/measures';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import { linkMeasure, pilotsOfMeasure, unlinkMeasure } from '../../src/lib/server/pilots';

/** What the measure page shows: the measure (authorized) and then its pilots. */
async function pilotsShown(db: Db, user: AuthUser, measureId: string) {
	return pilotsOfMeasure(db, user, (await getMeasure(db, user, measureId)).measure);
}
import { DEMO_PILOTS } from '../../db/demo-pilots';

describe('measure page: linked pilot projects', () => {
	it('lists the linked pilot with its German status, and drops it when unlinked', async () => {
		const db = await createTestDb();
		const world = await seedDemoWorld(db);
		const link = await db
			.selectFrom('pilot_measure_links')
			.select(['measure_id'])
			.where('pilot_id', '=', DEMO_PILOTS.wlan)
			.executeTakeFirstOrThrow();
		expect(await pilotsShown(db, world.users.operatorMs, link.measure_id)).toEqual([
			{
				id: DEMO_PILOTS.wlan,
				title: expect.stringContaining('WLAN'),
				status: 'Geplant',
				canOpen: true
			}
		]);
		// The operator (participating schools) and KISA staff may open the pilot; the IT provider reads the measure but not the pilot.
		const asConsultant = await pilotsShown(db, world.users.consultantMs, link.measure_id);
		expect(asConsultant[0].canOpen).toBe(true);
		const asIt = await pilotsShown(db, world.users.itMs, link.measure_id);
		expect(asIt[0].canOpen).toBe(false);

		await unlinkMeasure(db, world.users.consultantMs, DEMO_PILOTS.wlan, link.measure_id);
		expect(await pilotsShown(db, world.users.operatorMs, link.measure_id)).toEqual([]);
		await linkMeasure(db, world.users.consultantMs, DEMO_PILOTS.wlan, link.measure_id);
		expect(await pilotsShown(db, world.users.operatorMs, link.measure_id)).toHaveLength(1);
	});
});
