// Milestones, KPIs with measurements, risks and lessons of a pilot. Managers only (access.ts); a row
// of another pilot is NotFoundError; each change touches the pilot and is audited in one trx.
import {
	isoDateIn,
	type KpiData,
	type MeasurementData,
	type MilestoneData,
	type RiskData,
	type RiskStatus
} from '$lib/domain/pilots';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import { loadManageable } from './access';
import { auditPilot, type PilotAction } from './audit';
import * as notes from './notes-repository';
import * as plan from './plan-repository';
import { touchPilot } from './repository';

const ROW_NOT_FOUND = 'Der Eintrag wurde nicht gefunden. Vielleicht wurde er bereits gelöscht.';

/** Runs one change of a managed pilot: access, the change, touch, audit; all in one transaction. */
async function change<T>(
	db: Db,
	user: AuthUser,
	pilotId: string,
	action: PilotAction,
	now: Date,
	run: (trx: Db, pilotId: string) => Promise<{ result: T; details: unknown } | null>
): Promise<T> {
	return inTransaction(db, async (trx) => {
		const { pilot } = await loadManageable(trx, user, pilotId);
		const outcome = await run(trx, pilot.id);
		if (!outcome) throw new NotFoundError(ROW_NOT_FOUND);
		await touchPilot(trx, pilot.id, now);
		await auditPilot(trx, user, action, pilot.id, outcome.details, now);
		return outcome.result;
	});
}

export function addMilestone(
	db: Db,
	user: AuthUser,
	pilotId: string,
	data: MilestoneData,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.milestone_add', now, async (trx, id) => {
		const milestoneId = newId();
		await plan.insertMilestone(trx, milestoneId, id, data, now);
		return { result: milestoneId, details: { milestoneId, after: data } };
	});
}

/** Marks a milestone done on `doneOn` (default: today), or open again with done = false. */
export function setMilestoneDone(
	db: Db,
	user: AuthUser,
	pilotId: string,
	milestoneId: string,
	done: boolean,
	now = new Date()
) {
	const doneOn = done ? isoDateIn(now) : null;
	const action = done ? 'pilot.milestone_done' : 'pilot.milestone_reopen';
	return change(db, user, pilotId, action, now, async (trx, id) =>
		(await plan.setMilestoneDone(trx, id, milestoneId, doneOn, now))
			? { result: undefined, details: { milestoneId, doneOn } }
			: null
	);
}

export function deleteMilestone(
	db: Db,
	user: AuthUser,
	pilotId: string,
	milestoneId: string,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.milestone_delete', now, async (trx, id) => {
		const before = (await plan.listMilestones(trx, [id])).find((m) => m.id === milestoneId);
		if (!before || !(await plan.deleteMilestone(trx, id, milestoneId))) return null;
		return { result: undefined, details: { milestoneId, before } };
	});
}

export function addKpi(db: Db, user: AuthUser, pilotId: string, data: KpiData, now = new Date()) {
	return change(db, user, pilotId, 'pilot.kpi_add', now, async (trx, id) => {
		const kpiId = newId();
		await plan.insertKpi(trx, kpiId, id, data, now);
		return { result: kpiId, details: { kpiId, after: data } };
	});
}

/** Deletes a KPI with its measurements (they are kept in the audit entry). */
export function deleteKpi(
	db: Db,
	user: AuthUser,
	pilotId: string,
	kpiId: string,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.kpi_delete', now, async (trx, id) => {
		const before = (await plan.listKpis(trx, id)).find((k) => k.id === kpiId);
		if (!before || !(await plan.deleteKpi(trx, id, kpiId))) return null;
		return { result: undefined, details: { kpiId, before } };
	});
}

export function addMeasurement(
	db: Db,
	user: AuthUser,
	pilotId: string,
	kpiId: string,
	data: MeasurementData,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.measurement_add', now, async (trx, id) => {
		if (!(await plan.kpiBelongsTo(trx, id, kpiId))) {
			throw new ValidationError('Bitte wählen Sie eine Kennzahl aus der Liste.', 'measurementKpi');
		}
		const measurementId = newId();
		await plan.insertMeasurement(trx, measurementId, kpiId, data, user.id, now);
		return { result: measurementId, details: { kpiId, measurementId, after: data } };
	});
}

export function deleteMeasurement(
	db: Db,
	user: AuthUser,
	pilotId: string,
	measurementId: string,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.measurement_delete', now, async (trx, id) => {
		const kpis = await plan.listKpis(trx, id);
		const before = kpis.flatMap((k) => k.measurements).find((m) => m.id === measurementId);
		if (!before || !(await plan.deleteMeasurement(trx, id, measurementId))) return null;
		return { result: undefined, details: { measurementId, before } };
	});
}

export function addRisk(db: Db, user: AuthUser, pilotId: string, data: RiskData, now = new Date()) {
	return change(db, user, pilotId, 'pilot.risk_add', now, async (trx, id) => {
		const riskId = newId();
		await notes.insertRisk(trx, riskId, id, data, now);
		return { result: riskId, details: { riskId, after: data } };
	});
}

export function setRiskStatus(
	db: Db,
	user: AuthUser,
	pilotId: string,
	riskId: string,
	status: RiskStatus,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.risk_status', now, async (trx, id) => {
		const before = (await notes.listRisks(trx, id)).find((r) => r.id === riskId);
		if (!before || !(await notes.updateRiskStatus(trx, id, riskId, status, now))) return null;
		return { result: undefined, details: { riskId, before: before.status, after: status } };
	});
}

export function deleteRisk(
	db: Db,
	user: AuthUser,
	pilotId: string,
	riskId: string,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.risk_delete', now, async (trx, id) => {
		const before = (await notes.listRisks(trx, id)).find((r) => r.id === riskId);
		if (!before || !(await notes.deleteRisk(trx, id, riskId))) return null;
		return { result: undefined, details: { riskId, before } };
	});
}

export function addLesson(db: Db, user: AuthUser, pilotId: string, text: string, now = new Date()) {
	return change(db, user, pilotId, 'pilot.lesson_add', now, async (trx, id) => {
		const lessonId = newId();
		await notes.insertLesson(trx, lessonId, id, text, user.id, now);
		return { result: lessonId, details: { lessonId, after: text } };
	});
}

export function deleteLesson(
	db: Db,
	user: AuthUser,
	pilotId: string,
	lessonId: string,
	now = new Date()
) {
	return change(db, user, pilotId, 'pilot.lesson_delete', now, async (trx, id) => {
		const before = (await notes.listLessons(trx, id)).find((l) => l.id === lessonId);
		if (!before || !(await notes.deleteLesson(trx, id, lessonId))) return null;
		return { result: undefined, details: { lessonId, before: before.text } };
	});
}
