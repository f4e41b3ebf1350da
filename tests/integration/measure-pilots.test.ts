// Issue 6: a measure shows the pilot projects that test it (demo: WLAN standardisation ↔ wlan.expand).
import { describe, expect, it } from 'vitest';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld } from '../helpers/factories';
import { getMeasure } from '../../src/lib/server/measures';
import { linkMeasure, unlinkMeasure } from '../../src/lib/server/pilots';
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
		const detail = await getMeasure(db, world.users.operatorMs, link.measure_id);
		expect(detail.pilots).toEqual([
			{
				id: DEMO_PILOTS.wlan,
				title: expect.stringContaining('WLAN'),
				status: 'Geplant',
				canOpen: true
			}
		]);
		// The operator (participating schools) and KISA staff may open the pilot; the IT provider reads the measure but not the pilot.
		const asConsultant = await getMeasure(db, world.users.consultantMs, link.measure_id);
		expect(asConsultant.pilots[0].canOpen).toBe(true);
		const asIt = await getMeasure(db, world.users.itMs, link.measure_id);
		expect(asIt.pilots[0].canOpen).toBe(false);

		await unlinkMeasure(db, world.users.consultantMs, DEMO_PILOTS.wlan, link.measure_id);
		expect((await getMeasure(db, world.users.operatorMs, link.measure_id)).pilots).toEqual([]);
		await linkMeasure(db, world.users.consultantMs, DEMO_PILOTS.wlan, link.measure_id);
		expect((await getMeasure(db, world.users.operatorMs, link.measure_id)).pilots).toHaveLength(1);
	});
});
