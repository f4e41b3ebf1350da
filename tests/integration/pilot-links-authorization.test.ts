// Issue 10, point 2: every pilot sub-action checks the object it touches, not only the pilot. KISA
// consultants manage every pilot, but a measure belongs to a Schulträger's plan: linking and
// unlinking it needs read access to that measure (the consultant in charge, admins); a removed
// school must be one the manager may read. A refused call changes nothing.
import { describe, expect, it } from 'vitest';
import { DEMO_PILOTS } from '../../db/demo-pilots';
import { NotFoundError } from '../../src/lib/server/errors';
import * as pilots from '../../src/lib/server/pilots';
import { snapshotDatabase } from '../helpers/authorization-matrix';
import { cloneDemoWorld } from '../helpers/seeded-clone';

describe('pilot measure links (issue 10.2)', () => {
	it('a consultant of another Schulträger cannot unlink a Musterstadt measure', async () => {
		const { db, w } = await cloneDemoWorld();
		const link = await db
			.selectFrom('pilot_measure_links')
			.select('measure_id')
			.where('pilot_id', '=', DEMO_PILOTS.wlan)
			.executeTakeFirstOrThrow();
		const before = await snapshotDatabase(db);
		await expect(
			pilots.unlinkMeasure(db, w.users.consultantBk, DEMO_PILOTS.wlan, link.measure_id)
		).rejects.toBeInstanceOf(NotFoundError);
		expect(await snapshotDatabase(db)).toBe(before);
		// the consultant in charge may
		await pilots.unlinkMeasure(db, w.users.consultantMs, DEMO_PILOTS.wlan, link.measure_id);
		const left = await db
			.selectFrom('pilot_measure_links')
			.select('measure_id')
			.where('pilot_id', '=', DEMO_PILOTS.wlan)
			.execute();
		expect(left.map((l) => l.measure_id)).not.toContain(link.measure_id);
	});

	it('the pilot page shows a foreign consultant the link without details and no way to unlink', async () => {
		const { db, w } = await cloneDemoWorld();
		const views = await pilots.listLinkedMeasures(db, w.users.consultantBk, DEMO_PILOTS.wlan);
		expect(views.length).toBeGreaterThan(0);
		expect(views.every((v) => v.title === null && v.canUnlink === false)).toBe(true);
		const own = await pilots.listLinkedMeasures(db, w.users.consultantMs, DEMO_PILOTS.wlan);
		expect(own.every((v) => v.title !== null && v.canUnlink)).toBe(true);
	});
});
