// All SQL of organisations: Schulträger and schools (people-repository.ts: assignments, people).
// Returns domain types; never decides access (the service does).
import {
	OPERATOR_TYPES,
	ORGANISATION_KINDS,
	SCHOOL_TYPES,
	type OperatorType,
	type OrganisationKind,
	type SchoolType
} from '$lib/domain/roles';
import type { OperatorData, Organisation, SchoolData } from '$lib/domain/organisation';
import type { Db } from '../db/client';
import type { OrganisationRow } from '../db/schema';

function oneOf<T extends string>(values: readonly T[], value: string | null): T | null {
	return value !== null && (values as readonly string[]).includes(value) ? (value as T) : null;
}

// SQLite sorts by byte value ("Förderschule" after "Z"); lists are short enough to sort here.
const collator = new Intl.Collator('de');
const byName = (a: Organisation, b: Organisation) => collator.compare(a.name, b.name);

function toOrganisation(row: OrganisationRow): Organisation {
	return {
		id: row.id,
		kind: oneOf<OrganisationKind>(ORGANISATION_KINDS, row.kind) ?? 'school',
		parentId: row.parent_id,
		name: row.name,
		isActive: row.is_active === 1,
		operatorType: oneOf<OperatorType>(OPERATOR_TYPES, row.operator_type),
		municipalityKey: row.municipality_key,
		schoolNumber: row.school_number,
		schoolType: oneOf<SchoolType>(SCHOOL_TYPES, row.school_type),
		street: row.street,
		postalCode: row.postal_code,
		city: row.city,
		pupils: row.pupils,
		classes: row.classes,
		teachers: row.teachers,
		createdAt: new Date(row.created_at),
		updatedAt: new Date(row.updated_at)
	};
}

export async function findOrganisation(db: Db, id: string): Promise<Organisation | undefined> {
	const row = await db
		.selectFrom('organisations')
		.selectAll()
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? toOrganisation(row) : undefined;
}

/** Schulträger by id ('all' for every one), ordered by name. */
export async function listOperators(db: Db, ids: 'all' | string[]): Promise<Organisation[]> {
	if (ids !== 'all' && ids.length === 0) return [];
	let query = db.selectFrom('organisations').selectAll().where('kind', '=', 'operator');
	if (ids !== 'all') query = query.where('id', 'in', ids);
	const rows = await query.orderBy('id').execute();
	return rows.map(toOrganisation).sort(byName);
}

/** Schools of the given Schulträger ('all' for every one), ordered by name. */
export async function listSchools(db: Db, operatorIds: 'all' | string[]): Promise<Organisation[]> {
	if (operatorIds !== 'all' && operatorIds.length === 0) return [];
	let query = db.selectFrom('organisations').selectAll().where('kind', '=', 'school');
	if (operatorIds !== 'all') query = query.where('parent_id', 'in', operatorIds);
	const rows = await query.orderBy('id').execute();
	return rows.map(toOrganisation).sort(byName);
}

export async function findSchoolIdByNumber(
	db: Db,
	schoolNumber: string,
	exceptId: string | null
): Promise<string | undefined> {
	let query = db
		.selectFrom('organisations')
		.select('id')
		.where('kind', '=', 'school')
		.where('school_number', '=', schoolNumber);
	if (exceptId) query = query.where('id', '!=', exceptId);
	const row = await query.executeTakeFirst();
	return row?.id;
}

function operatorColumns(data: OperatorData) {
	return {
		name: data.name,
		operator_type: data.operatorType,
		municipality_key: data.municipalityKey,
		street: data.street,
		postal_code: data.postalCode,
		city: data.city
	};
}

function schoolColumns(data: SchoolData) {
	return {
		name: data.name,
		school_number: data.schoolNumber,
		school_type: data.schoolType,
		street: data.street,
		postal_code: data.postalCode,
		city: data.city,
		pupils: data.pupils,
		classes: data.classes,
		teachers: data.teachers
	};
}

export async function insertOperator(
	db: Db,
	id: string,
	data: OperatorData,
	now: Date
): Promise<void> {
	const at = now.toISOString();
	await db
		.insertInto('organisations')
		.values({
			id,
			kind: 'operator',
			parent_id: null,
			is_active: 1,
			created_at: at,
			updated_at: at,
			...operatorColumns(data)
		})
		.execute();
}

export async function insertSchool(
	db: Db,
	id: string,
	operatorId: string,
	data: SchoolData,
	now: Date
): Promise<void> {
	const at = now.toISOString();
	await db
		.insertInto('organisations')
		.values({
			id,
			kind: 'school',
			parent_id: operatorId,
			is_active: 1,
			created_at: at,
			updated_at: at,
			...schoolColumns(data)
		})
		.execute();
}

export async function updateOperator(
	db: Db,
	id: string,
	data: OperatorData,
	now: Date
): Promise<void> {
	await db
		.updateTable('organisations')
		.set({ ...operatorColumns(data), updated_at: now.toISOString() })
		.where('id', '=', id)
		.where('kind', '=', 'operator')
		.execute();
}

export async function updateSchool(db: Db, id: string, data: SchoolData, now: Date): Promise<void> {
	await db
		.updateTable('organisations')
		.set({ ...schoolColumns(data), updated_at: now.toISOString() })
		.where('id', '=', id)
		.where('kind', '=', 'school')
		.execute();
}

export async function setActive(db: Db, id: string, isActive: boolean, now: Date): Promise<void> {
	await db
		.updateTable('organisations')
		.set({ is_active: isActive ? 1 : 0, updated_at: now.toISOString() })
		.where('id', '=', id)
		.execute();
}
