// Deactivating and reactivating schools and Schulträger. Deactivated organisations keep their data;
// loadAuthUser drops memberships of inactive organisations, so their staff lose access meanwhile.
import type { Organisation } from '$lib/domain/organisation';
import { canDeactivateOperator, canManageOperatorSchools } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ForbiddenError } from '../errors';
import { auditOrganisation } from './audit';
import * as repo from './repository';
import { getOperator, getSchool } from './service';

async function changeActive(trx: Db, user: AuthUser, org: Organisation, isActive: boolean) {
	if (org.isActive === isActive) return org;
	const now = new Date();
	await repo.setActive(trx, org.id, isActive, now);
	await auditOrganisation(
		trx,
		user,
		isActive ? 'organisation.reactivate' : 'organisation.deactivate',
		org.id,
		{ before: { isActive: org.isActive }, after: { isActive } },
		now
	);
	return (await repo.findOrganisation(trx, org.id))!;
}

/** Schools are (de)activated by whoever manages the Schulträger's schools. */
export async function setSchoolActive(
	db: Db,
	user: AuthUser,
	schoolId: string,
	isActive: boolean
): Promise<Organisation> {
	return inTransaction(db, async (trx) => {
		const school = await getSchool(trx, user, schoolId);
		if (!school.parentId || !canManageOperatorSchools(user, school.parentId))
			throw new ForbiddenError();
		return changeActive(trx, user, school, isActive);
	});
}

/**
 * Only KISA staff in charge deactivate a Schulträger (its operator would lock itself out). Its operator
 * staff lose access; its schools keep their own state.
 */
export async function setOperatorActive(
	db: Db,
	user: AuthUser,
	operatorId: string,
	isActive: boolean
): Promise<Organisation> {
	return inTransaction(db, async (trx) => {
		const operator = await getOperator(trx, user, operatorId);
		if (!canDeactivateOperator(user, operator.id)) throw new ForbiddenError();
		return changeActive(trx, user, operator, isActive);
	});
}
