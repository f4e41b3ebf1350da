// Consultant assignments and people lists of Schulträger and schools. Same rules as service.ts:
// access decided in auth/authorize.ts, invisible objects are NotFoundError, changes audited in one trx.
import type { ConsultantRef, OrganisationPerson } from '$lib/domain/organisation';
import type { AuthUser } from '../auth/user';
import {
	canAssignConsultants,
	canReadOrganisation,
	canSeeOperator,
	canViewPeople
} from '../auth/authorize';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { auditOrganisation } from './audit';
import * as peopleRepo from './people-repository';
import * as repo from './repository';
import { getOperator } from './service';

/** Consultants assigned to a Schulträger: visible to everyone who sees the Schulträger (their contact). */
export async function listAssignedConsultants(
	db: Db,
	user: AuthUser,
	operatorId: string
): Promise<ConsultantRef[]> {
	const operator = await getOperator(db, user, operatorId);
	return peopleRepo.listAssignedConsultants(db, operator.id);
}

/** All KISA consultants, for the admin's assignment form. */
export async function listAssignableConsultants(db: Db, user: AuthUser): Promise<ConsultantRef[]> {
	if (!canAssignConsultants(user)) throw new ForbiddenError();
	return peopleRepo.listKisaConsultants(db);
}

async function changeAssignment(
	db: Db,
	user: AuthUser,
	operatorId: string,
	consultantId: string,
	assign: boolean
): Promise<boolean> {
	return inTransaction(db, async (trx) => {
		const operator = await getOperator(trx, user, operatorId);
		if (!canAssignConsultants(user)) throw new ForbiddenError();
		const consultants = await peopleRepo.listKisaConsultants(trx);
		if (assign && !consultants.some((c) => c.id === consultantId)) {
			throw new ValidationError(
				'Bitte wählen Sie eine Beraterin oder einen Berater aus der Liste.',
				'consultantId'
			);
		}
		const exists = await peopleRepo.hasAssignment(trx, consultantId, operator.id);
		if (exists === assign) return false; // nothing to change: retrying is harmless
		const now = new Date();
		if (assign) await peopleRepo.insertAssignment(trx, consultantId, operator.id, now);
		else await peopleRepo.deleteAssignment(trx, consultantId, operator.id);
		await auditOrganisation(
			trx,
			user,
			assign ? 'organisation.consultant_assign' : 'organisation.consultant_unassign',
			operator.id,
			{ consultantId },
			now
		);
		return true;
	});
}

/** Admins assign a consultant to a Schulträger. Returns false when the assignment already existed. */
export function assignConsultant(db: Db, user: AuthUser, operatorId: string, consultantId: string) {
	return changeAssignment(db, user, operatorId, consultantId, true);
}

/** Admins remove a consultant from a Schulträger. Returns false when there was no such assignment. */
export function unassignConsultant(
	db: Db,
	user: AuthUser,
	operatorId: string,
	consultantId: string
) {
	return changeAssignment(db, user, operatorId, consultantId, false);
}

/**
 * People with a role in an organisation. For a Schulträger this includes the people of its schools.
 * Only for those who may edit the organisation (canViewPeople); IT staff and foreign users get nothing.
 */
export async function listPeople(
	db: Db,
	user: AuthUser,
	organisationId: string
): Promise<OrganisationPerson[]> {
	const org = await repo.findOrganisation(db, organisationId);
	const visible =
		org &&
		(org.kind === 'operator'
			? canSeeOperator(user, org.id)
			: org.kind === 'school'
				? canReadOrganisation(user, org)
				: canViewPeople(user, org));
	if (!org || !visible) throw new NotFoundError();
	if (!canViewPeople(user, org)) throw new ForbiddenError();
	const ids = [org.id];
	if (org.kind === 'operator') ids.push(...(await repo.listSchools(db, [org.id])).map((s) => s.id));
	return peopleRepo.listPeople(db, ids);
}
