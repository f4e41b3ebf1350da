// SQL of a pilot's risks and lessons learned. Changes name the pilot too (ids of other pilots miss).
import {
	isRiskLevel,
	isRiskStatus,
	type Lesson,
	type Risk,
	type RiskData,
	type RiskStatus
} from '$lib/domain/pilots';
import type { Db } from '../db/client';

export async function listRisks(db: Db, pilotId: string): Promise<Risk[]> {
	const rows = await db
		.selectFrom('pilot_risks')
		.select(['id', 'pilot_id', 'title', 'likelihood', 'impact', 'mitigation', 'status'])
		.where('pilot_id', '=', pilotId)
		.orderBy('created_at')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		pilotId: r.pilot_id,
		title: r.title,
		likelihood: isRiskLevel(r.likelihood) ? r.likelihood : 1,
		impact: isRiskLevel(r.impact) ? r.impact : 1,
		mitigation: r.mitigation,
		status: isRiskStatus(r.status) ? r.status : 'offen'
	}));
}

export async function insertRisk(db: Db, id: string, pilotId: string, data: RiskData, now: Date) {
	const at = now.toISOString();
	await db
		.insertInto('pilot_risks')
		.values({
			id,
			pilot_id: pilotId,
			title: data.title,
			likelihood: data.likelihood,
			impact: data.impact,
			mitigation: data.mitigation,
			status: data.status,
			created_at: at,
			updated_at: at
		})
		.execute();
}

export async function updateRiskStatus(
	db: Db,
	pilotId: string,
	id: string,
	status: RiskStatus,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('pilot_risks')
		.set({ status, updated_at: now.toISOString() })
		.where('id', '=', id)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

export async function deleteRisk(db: Db, pilotId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('pilot_risks')
		.where('id', '=', id)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}

export async function listLessons(db: Db, pilotId: string): Promise<Lesson[]> {
	const rows = await db
		.selectFrom('pilot_lessons')
		.select(['id', 'pilot_id', 'text', 'created_at'])
		.where('pilot_id', '=', pilotId)
		.orderBy('created_at')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		pilotId: r.pilot_id,
		text: r.text,
		createdAt: new Date(r.created_at)
	}));
}

export async function insertLesson(
	db: Db,
	id: string,
	pilotId: string,
	text: string,
	userId: string,
	now: Date
): Promise<void> {
	await db
		.insertInto('pilot_lessons')
		.values({ id, pilot_id: pilotId, text, created_by: userId, created_at: now.toISOString() })
		.execute();
}

export async function deleteLesson(db: Db, pilotId: string, id: string): Promise<boolean> {
	const result = await db
		.deleteFrom('pilot_lessons')
		.where('id', '=', id)
		.where('pilot_id', '=', pilotId)
		.executeTakeFirst();
	return Number(result.numDeletedRows) > 0;
}
