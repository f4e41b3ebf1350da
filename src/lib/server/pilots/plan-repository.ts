// SQL of a pilot's milestones, KPIs and KPI measurements. Every change names the pilot too, so an
// id from another pilot never matches (the service turns "0 rows" into NotFoundError).
import {
	isKpiDirection,
	type Kpi,
	type KpiData,
	type MeasurementData,
	type Milestone,
	type MilestoneData
} from '$lib/domain/pilots';
import type { Db } from '../db/client';

export async function listMilestones(db: Db, pilotIds: string[]): Promise<Milestone[]> {
	if (pilotIds.length === 0) return [];
	const rows = await db
		.selectFrom('pilot_milestones')
		.select(['id', 'pilot_id', 'title', 'due_on', 'owner', 'done_on'])
		.where('pilot_id', 'in', pilotIds)
		.orderBy('due_on')
		.orderBy('title')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		pilotId: r.pilot_id,
		title: r.title,
		dueOn: r.due_on,
		owner: r.owner,
		doneOn: r.done_on
	}));
}

export async function insertMilestone(
	db: Db,
	id: string,
	pilotId: string,
	data: MilestoneData,
	now: Date
): Promise<void> {
	const at = now.toISOString();
	await db
		.insertInto('pilot_milestones')
		.values({
			id,
			pilot_id: pilotId,
			title: data.title,
			due_on: data.dueOn,
			owner: data.owner,
			done_on: null,
			created_at: at,
			updated_at: at
		})
		.execute();
}

export async function setMilestoneDone(
	db: Db,
	pilotId: string,
	id: string,
	doneOn: string | null,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('pilot_milestones')
		.set({ done_on: doneOn, updated_at: now.toISOString() })
		.where('id', '=', id)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function deleteMilestone(db: Db, pilotId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('pilot_milestones')
		.where('id', '=', id)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function listKpis(db: Db, pilotId: string): Promise<Kpi[]> {
	const kpis = await db
		.selectFrom('pilot_kpis')
		.select(['id', 'pilot_id', 'name', 'unit', 'baseline', 'target', 'direction'])
		.where('pilot_id', '=', pilotId)
		.orderBy('created_at')
		.orderBy('name')
		.execute();
	if (kpis.length === 0) return [];
	const measurements = await db
		.selectFrom('pilot_kpi_measurements')
		.select(['id', 'kpi_id', 'measured_on', 'value', 'note'])
		.where(
			'kpi_id',
			'in',
			kpis.map((k) => k.id)
		)
		.orderBy('measured_on')
		.orderBy('created_at')
		.execute();
	return kpis.map((k) => ({
		id: k.id,
		pilotId: k.pilot_id,
		name: k.name,
		unit: k.unit,
		baseline: k.baseline,
		target: k.target,
		direction: isKpiDirection(k.direction) ? k.direction : 'up',
		measurements: measurements
			.filter((m) => m.kpi_id === k.id)
			.map((m) => ({
				id: m.id,
				kpiId: m.kpi_id,
				measuredOn: m.measured_on,
				value: m.value,
				note: m.note
			}))
	}));
}

export async function insertKpi(db: Db, id: string, pilotId: string, data: KpiData, now: Date) {
	await db
		.insertInto('pilot_kpis')
		.values({
			id,
			pilot_id: pilotId,
			name: data.name,
			unit: data.unit,
			baseline: data.baseline,
			target: data.target,
			direction: data.direction,
			created_at: now.toISOString()
		})
		.execute();
}

export async function deleteKpi(db: Db, pilotId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('pilot_kpis')
		.where('id', '=', id)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

/** Whether the KPI belongs to the pilot. */
export async function kpiBelongsTo(db: Db, pilotId: string, kpiId: string): Promise<boolean> {
	const row = await db
		.selectFrom('pilot_kpis')
		.select('id')
		.where('id', '=', kpiId)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return row !== undefined;
}

export async function insertMeasurement(
	db: Db,
	id: string,
	kpiId: string,
	data: MeasurementData,
	userId: string,
	now: Date
): Promise<void> {
	await db
		.insertInto('pilot_kpi_measurements')
		.values({
			id,
			kpi_id: kpiId,
			measured_on: data.measuredOn,
			value: data.value,
			note: data.note,
			created_by: userId,
			created_at: now.toISOString()
		})
		.execute();
}

/** Deletes a measurement of a KPI of this pilot. */
export async function deleteMeasurement(db: Db, pilotId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('pilot_kpi_measurements')
		.where('id', '=', id)
		.where('kpi_id', 'in', (eb) =>
			eb.selectFrom('pilot_kpis').select('id').where('pilot_id', '=', pilotId)
		)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
