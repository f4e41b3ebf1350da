// Links between pilots and the concept measures (issue 5) they test. Managers link and unlink;
// pilotsForMeasures gives the concept chapter "Pilotprojekte" the pilots of its measures.
import type { LinkedPilot } from '$lib/domain/pilots';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { NotFoundError, ValidationError } from '../errors';
import { ID_PATTERN } from '../ids';
import { loadManageable } from './access';
import { auditPilot } from './audit';
import * as links from './links-repository';
import { listPilots, touchPilot } from './repository';

const CHOOSE_MEASURE = 'Bitte wählen Sie eine Maßnahme aus der Liste.';

export async function linkMeasure(
	db: Db,
	user: AuthUser,
	pilotId: string,
	measureId: string,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot } = await loadManageable(trx, user, pilotId);
		if (!ID_PATTERN.test(measureId) || !(await links.measureExists(trx, measureId))) {
			throw new ValidationError(CHOOSE_MEASURE, 'measureId');
		}
		if (!(await links.insertMeasureLink(trx, pilot.id, measureId, user.id, now))) return;
		await touchPilot(trx, pilot.id, now);
		await auditPilot(trx, user, 'pilot.measure_link', pilot.id, { measureId }, now);
	});
}

export async function unlinkMeasure(
	db: Db,
	user: AuthUser,
	pilotId: string,
	measureId: string,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot } = await loadManageable(trx, user, pilotId);
		if (!(await links.deleteMeasureLink(trx, pilot.id, measureId))) {
			throw new NotFoundError('Diese Maßnahme ist nicht mit dem Pilotprojekt verknüpft.');
		}
		await touchPilot(trx, pilot.id, now);
		await auditPilot(trx, user, 'pilot.measure_unlink', pilot.id, { measureId }, now);
	});
}

/**
 * Pilots testing any of the given measures, as summaries (no budget, risks or lessons). Policy: a
 * pilot's summary may be shown to whoever may read a measure it tests, so the CALLER (the concept
 * or measures service) must have authorized the measures before calling this.
 */
export async function pilotsForMeasures(db: Db, measureIds: string[]): Promise<LinkedPilot[]> {
	const rows = await links.listLinksOfMeasures(db, [...new Set(measureIds)]);
	const pilotIds = [...new Set(rows.map((r) => r.pilotId))];
	const pilots = await listPilots(db, pilotIds);
	const schools = await links.listPilotSchools(db, pilotIds);
	return pilots.map((p) => ({
		id: p.id,
		title: p.title,
		goal: p.goal,
		startOn: p.startOn,
		endOn: p.endOn,
		status: p.status,
		light: p.light,
		decision: p.decision?.decision ?? null,
		schoolNames: schools.filter((s) => s.pilotId === p.id).map((s) => s.name),
		measureIds: rows.filter((r) => r.pilotId === p.id).map((r) => r.measureId)
	}));
}

/** Pilots testing one measure (see pilotsForMeasures for the authorization contract). */
export function pilotsForMeasure(db: Db, measureId: string): Promise<LinkedPilot[]> {
	return pilotsForMeasures(db, [measureId]);
}
