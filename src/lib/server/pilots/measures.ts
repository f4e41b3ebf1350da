// Links between pilots and the concept measures (issue 5) they test. Managers link and unlink only
// measures they may read themselves (the measures service decides; issue 10: a consultant of another
// Schulträger manages the pilot but not that Schulträger's plan). pilotsForMeasures gives the
// concept chapter "Pilotprojekte" and pilotsOfMeasure the measure page the pilots of an authorized
// measure. Measures are upstream: this module imports ../measures, never the other way round.
import { PILOT_LIGHT_LABELS, PILOT_STATUS_LABELS, type LinkedPilot } from '$lib/domain/pilots';
import type { Authorized } from '../auth/authorized';
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
import { listPilots as listReadablePilots } from './service';

const CHOOSE_MEASURE = 'Bitte wählen Sie eine Maßnahme aus der Liste.';
const NOT_LINKED = 'Diese Maßnahme ist nicht mit dem Pilotprojekt verknüpft.';

/** Whether the user may read the measure (the measures service decides; any refusal is false). */
async function readsMeasure(db: Db, user: AuthUser, measureId: string): Promise<boolean> {
	if (!ID_PATTERN.test(measureId)) return false;
	return getMeasure(db, user, measureId).then(
		() => true,
		(err: unknown) => {
			if (err instanceof DomainError) return false;
			throw err;
		}
	);
}

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
		if (!(await readsMeasure(trx, user, measureId)))
			throw new ValidationError(CHOOSE_MEASURE, 'measureId');
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
		// A measure of a plan the user does not read is answered like a missing link: nothing leaks.
		if (!(await readsMeasure(trx, user, measureId))) throw new NotFoundError(NOT_LINKED);
		if (!(await links.deleteMeasureLink(trx, pilot.id, measureId))) {
			throw new NotFoundError(NOT_LINKED);
		}
		await touchPilot(trx, pilot.id, now);
		await auditPilot(trx, user, 'pilot.measure_unlink', pilot.id, { measureId }, now);
	});
}

/**
 * Pilots testing any of the given measures, as summaries (no budget, risks or lessons). Policy: a
 * pilot's summary may be shown to whoever may read a measure it tests, so the measures must be
 * authorized values (getMeasure, listMeasuresForConcept), never raw ids.
 */
export async function pilotsForMeasures(
	db: Db,
	measures: readonly Authorized<{ id: string }, 'measure'>[]
): Promise<LinkedPilot[]> {
	const rows = await links.listLinksOfMeasures(db, [...new Set(measures.map((m) => m.id))]);
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

/** Pilots testing one authorized measure (see pilotsForMeasures). */
export function pilotsForMeasure(
	db: Db,
	measure: Authorized<{ id: string }, 'measure'>
): Promise<LinkedPilot[]> {
	return pilotsForMeasures(db, [measure]);
}

export interface MeasurePilot {
	id: string;
	title: string;
	/** German status text, with the light while running */
	status: string;
	/** false where the user may not open the pilot itself (e.g. IT staff): no link */
	canOpen: boolean;
}

/** The measure page's pilot projects: those testing the measure, and whether the user may open them. */
export async function pilotsOfMeasure(
	db: Db,
	user: AuthUser,
	measure: Authorized<{ id: string }, 'measure'>
): Promise<MeasurePilot[]> {
	const linked = await pilotsForMeasure(db, measure);
	if (linked.length === 0) return [];
	const readable = new Set((await listReadablePilots(db, user)).pilots.map((p) => p.id));
	return linked.map((p) => ({
		id: p.id,
		title: p.title,
		canOpen: readable.has(p.id),
		status:
			p.status === 'laufend'
				? `${PILOT_STATUS_LABELS.laufend}, ${PILOT_LIGHT_LABELS[p.light]}`
				: PILOT_STATUS_LABELS[p.status]
	}));
}
