// Links between pilots and the concept measures (issue 5) they test. Managers link measures they may
// read (the measures service decides) and unlink them; pilotsForMeasures gives the concept chapter
// "Pilotprojekte" and the measure page the pilots of their measures.
import type { LinkedPilot } from '$lib/domain/pilots';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { DomainError, NotFoundError, ValidationError } from '../errors';
import { ID_PATTERN } from '../ids';
import { getMeasure } from '../measures';
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
		// Only measures the user may read (the measures service decides); others look like a wrong pick.
		const readable =
			ID_PATTERN.test(measureId) &&
			(await getMeasure(trx, user, measureId).then(
				() => true,
				(err: unknown) => {
					if (err instanceof DomainError) return false;
					throw err;
				}
			));
		if (!readable) throw new ValidationError(CHOOSE_MEASURE, 'measureId');
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
