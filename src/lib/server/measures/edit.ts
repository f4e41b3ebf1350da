// Adding a measure by hand, editing one (optimistic locking by version: a stale version is a
// ConflictError carrying the current measure) and changing its status. Audited with before/after.
import type { MeasureRecord } from '$lib/domain/measures/planning';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import { editablePlanningRound, type PlanningRound } from '../costs';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ValidationError } from '../errors';
import { newId } from '../ids';
import type { EditMeasureInput, MeasureStatusInput, NewMeasureInput } from './input';
import * as repo from './repository';
import { getMeasure, plannedMeasure } from './service';

function checkSchools(planning: PlanningRound, schoolIds: readonly string[]): void {
	if (schoolIds.some((id) => !planning.schoolIds.includes(id)))
		throw new ValidationError('Bitte wählen Sie nur Schulen dieser Planungsrunde.', 'schoolIds');
}

function audit(
	db: Db,
	user: AuthUser,
	planning: PlanningRound,
	action: string,
	measureId: string,
	details: unknown,
	now: Date
) {
	return appendAudit(
		db,
		{
			actorId: user.id,
			action,
			entityType: 'measure',
			entityId: measureId,
			organisationId: planning.round.operatorId,
			details
		},
		now
	);
}

export async function createMeasure(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: NewMeasureInput,
	now = new Date()
): Promise<MeasureRecord> {
	return inTransaction(db, async (trx) => {
		const planning = await editablePlanningRound(trx, user, roundId);
		checkSchools(planning, input.schoolIds);
		const id = newId();
		await repo.insertMeasure(
			trx,
			{
				...input,
				id,
				roundId: planning.round.id,
				ruleKey: null,
				status: 'planned',
				rejectionReason: null,
				reason: '',
				createdBy: user.id
			},
			now
		);
		await audit(trx, user, planning, 'measure.created', id, { after: input }, now);
		return plannedMeasure(trx, planning.editable, id);
	});
}

/** The measure (NotFoundError if not readable) and its round, which the user must be able to edit. */
async function editableMeasure(db: Db, user: AuthUser, measureId: string) {
	const { measure: readable } = await getMeasure(db, user, measureId); // NotFoundError
	const planning = await editablePlanningRound(db, user, readable.roundId); // ForbiddenError
	return { measure: await plannedMeasure(db, planning.editable, measureId), planning };
}

function stale(current: MeasureRecord): ConflictError<MeasureRecord> {
	return new ConflictError(
		'Die Maßnahme wurde inzwischen von jemand anderem geändert. Bitte prüfen Sie den aktuellen Stand und speichern Sie Ihre Änderungen erneut.',
		current
	);
}

function snapshot(m: MeasureRecord) {
	return {
		title: m.title,
		description: m.description,
		actionField: m.actionField,
		owner: m.owner,
		priority: m.priority,
		startQuarter: m.startQuarter,
		endQuarter: m.endQuarter,
		status: m.status,
		rejectionReason: m.rejectionReason,
		schoolIds: m.schoolIds
	};
}

export async function updateMeasure(
	db: Db,
	user: AuthUser,
	measureId: string,
	input: EditMeasureInput,
	now = new Date()
): Promise<MeasureRecord> {
	return inTransaction(db, async (trx) => {
		const { measure, planning } = await editableMeasure(trx, user, measureId);
		checkSchools(planning, input.schoolIds);
		const rejectionReason = input.status === 'rejected' ? input.rejectionReason : null;
		if (input.status === 'rejected' && !rejectionReason)
			throw new ValidationError('Bitte begründen Sie die Ablehnung.', 'rejectionReason');
		const fields = { ...input, rejectionReason };
		if (!(await repo.updateMeasure(trx, measureId, input.version, fields, now)))
			throw stale(measure);
		await repo.replaceSchools(trx, measureId, input.schoolIds);
		const after = await plannedMeasure(trx, planning.editable, measureId);
		await audit(
			trx,
			user,
			planning,
			'measure.updated',
			measureId,
			{ before: snapshot(measure), after: snapshot(after) },
			now
		);
		return after;
	});
}

export async function setMeasureStatus(
	db: Db,
	user: AuthUser,
	measureId: string,
	input: MeasureStatusInput,
	now = new Date()
): Promise<MeasureRecord> {
	return inTransaction(db, async (trx) => {
		const { measure, planning } = await editableMeasure(trx, user, measureId);
		const rejectionReason = input.status === 'rejected' ? input.rejectionReason : null;
		if (input.status === 'rejected' && !rejectionReason)
			throw new ValidationError('Bitte begründen Sie die Ablehnung.', 'rejectionReason');
		const fields = { ...snapshot(measure), status: input.status, rejectionReason };
		if (!(await repo.updateMeasure(trx, measureId, input.version, fields, now)))
			throw stale(measure);
		await audit(
			trx,
			user,
			planning,
			'measure.status_changed',
			measureId,
			{
				before: { status: measure.status, rejectionReason: measure.rejectionReason },
				after: { status: input.status, rejectionReason }
			},
			now
		);
		return plannedMeasure(trx, planning.editable, measureId);
	});
}
