// SQL of consultant assignments and people lists (memberships with their users). Never selects hashes.
import { isRole } from '$lib/domain/roles';
import type { ConsultantRef, OrganisationPerson } from '$lib/domain/organisation';
import type { Db } from '../db/client';

/** Active users holding the consultant role at KISA. */
export async function listKisaConsultants(db: Db): Promise<ConsultantRef[]> {
	return db
		.selectFrom('users')
		.innerJoin('memberships', 'memberships.user_id', 'users.id')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select(['users.id', 'users.name', 'users.email'])
		.where('memberships.role', '=', 'consultant')
		.where('organisations.kind', '=', 'kisa')
		.where('users.is_active', '=', 1)
		.distinct()
		.orderBy('users.name')
		.execute();
}

export async function listAssignedConsultants(
	db: Db,
	operatorId: string
): Promise<ConsultantRef[]> {
	return db
		.selectFrom('consultant_assignments')
		.innerJoin('users', 'users.id', 'consultant_assignments.consultant_id')
		.select(['users.id', 'users.name', 'users.email'])
		.where('consultant_assignments.operator_id', '=', operatorId)
		.orderBy('users.name')
		.execute();
}

export async function hasAssignment(
	db: Db,
	consultantId: string,
	operatorId: string
): Promise<boolean> {
	const row = await db
		.selectFrom('consultant_assignments')
		.select('consultant_id')
		.where('consultant_id', '=', consultantId)
		.where('operator_id', '=', operatorId)
		.executeTakeFirst();
	return row !== undefined;
}

export async function insertAssignment(
	db: Db,
	consultantId: string,
	operatorId: string,
	now: Date
): Promise<void> {
	await db
		.insertInto('consultant_assignments')
		.values({ consultant_id: consultantId, operator_id: operatorId, created_at: now.toISOString() })
		.execute();
}

export async function deleteAssignment(
	db: Db,
	consultantId: string,
	operatorId: string
): Promise<void> {
	await db
		.deleteFrom('consultant_assignments')
		.where('consultant_id', '=', consultantId)
		.where('operator_id', '=', operatorId)
		.execute();
}

/** Memberships in the given organisations, with the person; never selects password hashes. */
export async function listPeople(db: Db, organisationIds: string[]): Promise<OrganisationPerson[]> {
	if (organisationIds.length === 0) return [];
	const rows = await db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.innerJoin('organisations', 'organisations.id', 'memberships.organisation_id')
		.select([
			'users.id as userId',
			'users.name',
			'users.email',
			'users.is_active',
			'memberships.role',
			'organisations.id as organisationId',
			'organisations.name as organisationName'
		])
		.where('memberships.organisation_id', 'in', organisationIds)
		.orderBy('organisations.name')
		.orderBy('users.name')
		.execute();
	return rows.flatMap((r) =>
		isRole(r.role)
			? [
					{
						userId: r.userId,
						name: r.name,
						email: r.email,
						role: r.role,
						organisationId: r.organisationId,
						organisationName: r.organisationName,
						isActive: r.is_active === 1
					}
				]
			: []
	);
}
