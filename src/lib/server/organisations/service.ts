// Schulträger and schools: every call checks access in auth/authorize.ts and audits each change in the
// same transaction. Objects the user must not see raise NotFoundError, never ForbiddenError (no leaks).
import type { AuthUser } from '../auth/user';
import {
	canCreateOperator,
	canEditOrganisation,
	canManageOperatorSchools,
	canReadOrganisation,
	canSeeOperator,
	isAdmin,
	visibleOperatorIds
} from '../auth/authorize';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import {
	operatorDataOf,
	schoolDataOf,
	type OperatorData,
	type OperatorSummary,
	type Organisation,
	type SchoolData
} from '$lib/domain/organisation';
import { auditOrganisation } from './audit';
import { insertAssignment } from './people-repository';
import * as repo from './repository';

export const OPERATOR_NOT_FOUND = 'Der Schulträger wurde nicht gefunden.';
export const SCHOOL_NOT_FOUND = 'Die Schule wurde nicht gefunden.';

/** Schulträger the user may see, each with the number of its schools visible to the user. */
export async function listOperators(db: Db, user: AuthUser): Promise<OperatorSummary[]> {
	const ids = visibleOperatorIds(user);
	const operators = await repo.listOperators(db, ids);
	const schools = (await repo.listSchools(db, ids)).filter((s) => canReadOrganisation(user, s));
	return operators.map((operator) => {
		const own = schools.filter((s) => s.parentId === operator.id);
		return {
			...operator,
			schoolCount: own.length,
			activeSchoolCount: own.filter((s) => s.isActive).length
		};
	});
}

export async function getOperator(
	db: Db,
	user: AuthUser,
	operatorId: string
): Promise<Organisation> {
	const org = await repo.findOrganisation(db, operatorId);
	if (!org || org.kind !== 'operator' || !canSeeOperator(user, org.id)) {
		throw new NotFoundError(OPERATOR_NOT_FOUND);
	}
	return org;
}

export async function getSchool(db: Db, user: AuthUser, schoolId: string): Promise<Organisation> {
	const org = await repo.findOrganisation(db, schoolId);
	if (!org || org.kind !== 'school' || !canReadOrganisation(user, org)) {
		throw new NotFoundError(SCHOOL_NOT_FOUND);
	}
	return org;
}

/** Schools of one Schulträger the user may read: all for its staff and KISA, a school's own for school staff. */
export async function listSchools(
	db: Db,
	user: AuthUser,
	operatorId: string
): Promise<Organisation[]> {
	const operator = await getOperator(db, user, operatorId);
	const schools = await repo.listSchools(db, [operator.id]);
	return schools.filter((s) => canReadOrganisation(user, s));
}

async function assertSchoolNumberFree(db: Db, data: SchoolData, exceptId: string | null) {
	if (data.schoolNumber && (await repo.findSchoolIdByNumber(db, data.schoolNumber, exceptId))) {
		throw new ValidationError(
			'Diese Schulnummer ist bereits einer anderen Schule zugeordnet.',
			'schoolNumber'
		);
	}
}

/** Admins and consultants create Schulträger; a consultant is assigned to the new one right away. */
export async function createOperator(
	db: Db,
	user: AuthUser,
	data: OperatorData
): Promise<Organisation> {
	if (!canCreateOperator(user)) throw new ForbiddenError();
	const id = newId();
	const now = new Date();
	return inTransaction(db, async (trx) => {
		await repo.insertOperator(trx, id, data, now);
		await auditOrganisation(trx, user, 'organisation.create', id, { after: data }, now);
		if (!isAdmin(user)) {
			await insertAssignment(trx, user.id, id, now);
			const details = { consultantId: user.id };
			await auditOrganisation(trx, user, 'organisation.consultant_assign', id, details, now);
		}
		return (await repo.findOrganisation(trx, id))!;
	});
}

export async function updateOperator(
	db: Db,
	user: AuthUser,
	operatorId: string,
	data: OperatorData
): Promise<Organisation> {
	return inTransaction(db, async (trx) => {
		const before = await getOperator(trx, user, operatorId);
		if (!canEditOrganisation(user, before)) throw new ForbiddenError();
		const now = new Date();
		await repo.updateOperator(trx, before.id, data, now);
		await auditOrganisation(
			trx,
			user,
			'organisation.update',
			before.id,
			{ before: operatorDataOf(before), after: data },
			now
		);
		return (await repo.findOrganisation(trx, before.id))!;
	});
}

/** Admins, the consultant in charge and the operator create schools under a Schulträger. */
export async function createSchool(
	db: Db,
	user: AuthUser,
	operatorId: string,
	data: SchoolData
): Promise<Organisation> {
	return inTransaction(db, async (trx) => {
		const operator = await getOperator(trx, user, operatorId);
		if (!canManageOperatorSchools(user, operator.id)) throw new ForbiddenError();
		await assertSchoolNumberFree(trx, data, null);
		const id = newId();
		const now = new Date();
		await repo.insertSchool(trx, id, operator.id, data, now);
		await auditOrganisation(
			trx,
			user,
			'organisation.create',
			id,
			{ operatorId: operator.id, after: data },
			now
		);
		return (await repo.findOrganisation(trx, id))!;
	});
}

/** Master data of a school: admin, consultant in charge, operator, and the school's own lead. */
export async function updateSchool(
	db: Db,
	user: AuthUser,
	schoolId: string,
	data: SchoolData
): Promise<Organisation> {
	return inTransaction(db, async (trx) => {
		const before = await getSchool(trx, user, schoolId);
		if (!canEditOrganisation(user, before)) throw new ForbiddenError();
		await assertSchoolNumberFree(trx, data, before.id);
		const now = new Date();
		await repo.updateSchool(trx, before.id, data, now);
		await auditOrganisation(
			trx,
			user,
			'organisation.update',
			before.id,
			{ before: schoolDataOf(before), after: data },
			now
		);
		return (await repo.findOrganisation(trx, before.id))!;
	});
}
