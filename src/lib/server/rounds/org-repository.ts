// The few organisation reads planning rounds need (Schulträger and their schools), as OrgRefs for
// access checks. Kept here so the rounds feature does not reach into another feature's repository.
import type { OrganisationKind } from '$lib/domain/roles';
import type { OrgRef } from '../auth/authorize';
import type { Db } from '../db/client';

export interface OrgSummary extends OrgRef {
	name: string;
	schoolNumber: string | null;
	isActive: boolean;
}

const orgColumns = ['id', 'kind', 'parent_id', 'name', 'school_number', 'is_active'] as const;

function toOrgSummary(r: {
	id: string;
	kind: string;
	parent_id: string | null;
	name: string;
	school_number: string | null;
	is_active: number;
}): OrgSummary {
	return {
		id: r.id,
		kind: r.kind as OrganisationKind,
		parentId: r.parent_id,
		name: r.name,
		schoolNumber: r.school_number,
		isActive: r.is_active === 1
	};
}

export async function findOrganisation(db: Db, id: string): Promise<OrgSummary | undefined> {
	const row = await db
		.selectFrom('organisations')
		.select(orgColumns)
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? toOrgSummary(row) : undefined;
}

export async function listSchoolsOfOperator(db: Db, operatorId: string): Promise<OrgSummary[]> {
	const rows = await db
		.selectFrom('organisations')
		.select(orgColumns)
		.where('kind', '=', 'school')
		.where('parent_id', '=', operatorId)
		.orderBy('name')
		.orderBy('id')
		.execute();
	return rows.map(toOrgSummary);
}

/** Active Schulträger by id ('all' for every one), ordered by name. */
export async function listActiveOperators(db: Db, ids: 'all' | string[]): Promise<OrgSummary[]> {
	if (ids !== 'all' && ids.length === 0) return [];
	let query = db
		.selectFrom('organisations')
		.select(orgColumns)
		.where('kind', '=', 'operator')
		.where('is_active', '=', 1);
	if (ids !== 'all') query = query.where('id', 'in', ids);
	const rows = await query.orderBy('name').orderBy('id').execute();
	return rows.map(toOrgSummary);
}
