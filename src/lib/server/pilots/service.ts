// Pilot projects: listing, details, creating and changing master data, light and decision. Access is
// decided in auth/authorize.ts (via access.ts); every change is audited in the same transaction.
import {
	isoDateIn,
	type Decision,
	type LightAssessment,
	type PilotData,
	type PilotDetails,
	type PilotProject,
	type PilotStatus,
	type PilotSummary
} from '$lib/domain/pilots';
import { canCreatePilot, canManagePilot, canReadPilot } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ForbiddenError, ValidationError } from '../errors';
import { newId } from '../ids';
import { loadManageable, loadReadable } from './access';
import { auditPilot } from './audit';
import { listMeasureIds, listPilotSchools } from './links-repository';
import { listLessons, listRisks } from './notes-repository';
import { listKpis, listMilestones } from './plan-repository';
import * as repo from './repository';

export interface PilotFilter {
	status?: PilotStatus | null;
	operatorId?: string | null;
}

export interface PilotList {
	pilots: PilotSummary[];
	/** Schulträger of the visible pilots' schools (for the filter), by name. */
	operators: { id: string; name: string }[];
}

/** Ids of pilots the user may read: all for KISA staff, else via their schools and Schulträger. */
async function visiblePilotIds(db: Db, user: AuthUser): Promise<'all' | string[]> {
	if (canManagePilot(user)) return 'all';
	const schoolIds: string[] = [];
	const operatorIds: string[] = [];
	for (const m of user.memberships) {
		if (m.role === 'school_lead' && m.organisationKind === 'school')
			schoolIds.push(m.organisationId);
		if (m.role === 'operator' && m.organisationKind === 'operator')
			operatorIds.push(m.organisationId);
	}
	return repo.listPilotIdsForOrganisations(db, schoolIds, operatorIds);
}

export async function listPilots(
	db: Db,
	user: AuthUser,
	filter: PilotFilter = {}
): Promise<PilotList> {
	const pilots = await repo.listPilots(db, await visiblePilotIds(db, user));
	const ids = pilots.map((p) => p.id);
	const schools = await listPilotSchools(db, ids);
	const milestones = await listMilestones(db, ids);
	const summaries = pilots
		.map((p) => ({
			...p,
			schools: schools.filter((s) => s.pilotId === p.id),
			milestones: milestones.filter((m) => m.pilotId === p.id)
		}))
		// The SQL scope above is the fast path; this is the decision itself.
		.filter((p) => canReadPilot(user, p.schools));
	const operators = new Map<string, string>();
	for (const p of summaries) for (const s of p.schools) operators.set(s.operatorId, s.operatorName);
	return {
		pilots: summaries
			.filter((p) => !filter.status || p.status === filter.status)
			.filter(
				(p) => !filter.operatorId || p.schools.some((s) => s.operatorId === filter.operatorId)
			)
			.map((p) => ({ ...p, schools: p.schools.map(stripRef) })),
		operators: [...operators]
			.map(([id, name]) => ({ id, name }))
			.sort((a, b) => a.name.localeCompare(b.name, 'de'))
	};
}

function stripRef(s: { id: string; name: string; operatorId: string; operatorName: string }) {
	return { id: s.id, name: s.name, operatorId: s.operatorId, operatorName: s.operatorName };
}

export async function getPilot(
	db: Db,
	user: AuthUser,
	pilotId: string
): Promise<{ pilot: PilotDetails; canManage: boolean }> {
	const { pilot, schools, canManage } = await loadReadable(db, user, pilotId);
	return {
		pilot: {
			...pilot,
			schools: schools.map(stripRef),
			milestones: await listMilestones(db, [pilot.id]),
			kpis: await listKpis(db, pilot.id),
			risks: await listRisks(db, pilot.id),
			lessons: await listLessons(db, pilot.id),
			measureIds: await listMeasureIds(db, pilot.id)
		},
		canManage
	};
}

/** KISA staff who can own a pilot as an account (for the owner select). Managers only. */
export async function listOwnerChoices(db: Db, user: AuthUser) {
	if (!canManagePilot(user)) throw new ForbiddenError();
	return repo.listKisaStaff(db);
}

async function assertOwner(db: Db, data: PilotData): Promise<void> {
	if (!data.ownerUserId) return;
	const staff = await repo.listKisaStaff(db);
	if (!staff.some((s) => s.id === data.ownerUserId)) {
		throw new ValidationError(
			'Bitte wählen Sie eine verantwortliche Person aus der Liste.',
			'ownerUserId'
		);
	}
}

export async function createPilot(
	db: Db,
	user: AuthUser,
	data: PilotData,
	now = new Date()
): Promise<PilotProject> {
	if (!canCreatePilot(user)) throw new ForbiddenError();
	return inTransaction(db, async (trx) => {
		await assertOwner(trx, data);
		const id = newId();
		await repo.insertPilot(trx, id, data, user.id, now);
		await auditPilot(trx, user, 'pilot.create', id, { after: data }, now);
		return (await repo.findPilot(trx, id))!;
	});
}

export async function updatePilot(
	db: Db,
	user: AuthUser,
	pilotId: string,
	data: PilotData,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot } = await loadManageable(trx, user, pilotId);
		await assertOwner(trx, data);
		await repo.updatePilot(trx, pilot.id, data, now);
		const { id: _id, createdAt: _c, updatedAt: _u, ...before } = pilot;
		await auditPilot(trx, user, 'pilot.update', pilot.id, { before, after: data }, now);
	});
}

/** The consultant's assessment of the light (the suggestion is only a proposal). */
export async function setLight(
	db: Db,
	user: AuthUser,
	pilotId: string,
	assessment: LightAssessment,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot } = await loadManageable(trx, user, pilotId);
		if (assessment.assessedOn > isoDateIn(now)) {
			throw new ValidationError(
				'Die Einschätzung darf nicht in der Zukunft liegen.',
				'lightAssessedOn'
			);
		}
		await repo.updateLight(trx, pilot.id, assessment, now);
		const before = {
			light: pilot.light,
			reason: pilot.lightReason,
			assessedOn: pilot.lightAssessedOn
		};
		await auditPilot(trx, user, 'pilot.light', pilot.id, { before, after: assessment }, now);
	});
}

/** The decision at the end (ausrollen, anpassen, beenden) or null to withdraw it. */
export async function setDecision(
	db: Db,
	user: AuthUser,
	pilotId: string,
	decision: Decision | null,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot } = await loadManageable(trx, user, pilotId);
		const value = decision
			? { ...decision, decidedOn: decision.decidedOn ?? isoDateIn(now) }
			: null;
		await repo.updateDecision(trx, pilot.id, value, now);
		await auditPilot(
			trx,
			user,
			'pilot.decision',
			pilot.id,
			{ before: pilot.decision, after: value },
			now
		);
	});
}
