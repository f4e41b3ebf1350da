// SQL of the cost plan: `cost_items` of a round, mapped to CostItemRecord; plus read-only lookups of
// the round's schools (pupils for € per pupil) and its measures (titles and status for the plan).
import type { Selectable } from 'kysely';
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import type { CostCategory, CostKind, FundingSource } from '$lib/domain/costs/types';
import type { MeasureStatus } from '$lib/domain/measures/measure';
import type { SchoolType } from '$lib/domain/roles';
import type { Db } from '../db/client';
import type { CostItemsTable } from '../db/schema';

type Row = Selectable<CostItemsTable>;

function toItem(r: Row): CostItemRecord {
	return {
		id: r.id,
		roundId: r.round_id,
		measureId: r.measure_id,
		schoolId: r.school_id,
		category: r.category as CostCategory,
		label: r.label,
		quantity: r.quantity,
		unitPrice: r.unit_price_cents,
		kind: r.kind as CostKind,
		usefulLifeYears: r.useful_life_years,
		firstYear: r.first_year,
		lastYear: r.last_year,
		fundingSource: r.funding_source as FundingSource,
		fundingRatePercent: r.funding_rate_percent,
		fundedUntilYear: r.funded_until_year,
		catalogueItemId: r.catalogue_item_id,
		note: r.source_note,
		version: r.version,
		createdAt: new Date(r.created_at),
		updatedAt: new Date(r.updated_at)
	};
}

export async function listCostItems(db: Db, roundId: string): Promise<CostItemRecord[]> {
	const rows = await db
		.selectFrom('cost_items')
		.selectAll()
		.where('round_id', '=', roundId)
		.orderBy('created_at')
		.orderBy('school_id')
		.orderBy('category')
		.orderBy('label')
		.orderBy('id')
		.execute();
	return rows.map(toItem);
}

export async function listMeasureCostItems(
	db: Db,
	measureIds: readonly string[]
): Promise<CostItemRecord[]> {
	if (measureIds.length === 0) return [];
	const rows = await db
		.selectFrom('cost_items')
		.selectAll()
		.where('measure_id', 'in', [...measureIds])
		.orderBy('created_at')
		.orderBy('school_id')
		.orderBy('category')
		.orderBy('label')
		.orderBy('id')
		.execute();
	return rows.map(toItem);
}

export async function findCostItem(db: Db, id: string): Promise<CostItemRecord | undefined> {
	const row = await db.selectFrom('cost_items').selectAll().where('id', '=', id).executeTakeFirst();
	return row ? toItem(row) : undefined;
}

export type CostItemFields = Omit<
	CostItemRecord,
	'id' | 'roundId' | 'version' | 'createdAt' | 'updatedAt'
>;

function columns(f: CostItemFields) {
	return {
		measure_id: f.measureId,
		school_id: f.schoolId,
		category: f.category,
		label: f.label,
		quantity: f.quantity,
		unit_price_cents: f.unitPrice,
		kind: f.kind,
		useful_life_years: f.kind === 'investment' ? f.usefulLifeYears : null,
		first_year: f.firstYear,
		last_year: f.kind === 'running' ? f.lastYear : null,
		funding_source: f.fundingSource,
		funding_rate_percent: f.fundingSource === 'own' ? 0 : f.fundingRatePercent,
		funded_until_year: f.fundedUntilYear,
		catalogue_item_id: f.catalogueItemId,
		source_note: f.note
	};
}

export async function insertCostItems(
	db: Db,
	items: readonly (CostItemFields & { id: string; roundId: string })[],
	createdBy: string,
	now: Date
): Promise<void> {
	if (items.length === 0) return;
	const at = now.toISOString();
	await db
		.insertInto('cost_items')
		.values(
			items.map((i) => ({
				id: i.id,
				round_id: i.roundId,
				...columns(i),
				created_by: createdBy,
				created_at: at,
				updated_at: at,
				version: 1
			}))
		)
		.execute();
}

/** Updates when the version still matches; false: changed (or deleted) meanwhile. */
export async function updateCostItem(
	db: Db,
	id: string,
	expectedVersion: number,
	fields: CostItemFields,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('cost_items')
		.set((eb) => ({
			...columns(fields),
			updated_at: now.toISOString(),
			version: eb('version', '+', 1)
		}))
		.where('id', '=', id)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function deleteCostItem(
	db: Db,
	id: string,
	expectedVersion: number
): Promise<boolean> {
	const result = await db
		.deleteFrom('cost_items')
		.where('id', '=', id)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return Number(result.numDeletedRows) === 1;
}

export interface PlanSchool {
	id: string;
	name: string;
	type: SchoolType | null;
	pupils: number | null;
}

/** The schools of a round with what € per pupil needs (read-only; tables of rounds/organisations). */
export async function listPlanSchools(db: Db, roundId: string): Promise<PlanSchool[]> {
	const rows = await db
		.selectFrom('round_schools')
		.innerJoin('organisations', 'organisations.id', 'round_schools.school_id')
		.select([
			'organisations.id',
			'organisations.name',
			'organisations.school_type',
			'organisations.pupils'
		])
		.where('round_schools.round_id', '=', roundId)
		.orderBy('organisations.name')
		.orderBy('organisations.id')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		name: r.name,
		type: (r.school_type as SchoolType | null) ?? null,
		pupils: r.pupils
	}));
}

export interface PlanMeasure {
	id: string;
	title: string;
	status: MeasureStatus;
}

/** Titles and status of the round's measures (read-only; the table belongs to measures). */
export async function listPlanMeasures(db: Db, roundId: string): Promise<PlanMeasure[]> {
	const rows = await db
		.selectFrom('measures')
		.select(['id', 'title', 'status'])
		.where('round_id', '=', roundId)
		.orderBy('title')
		.execute();
	return rows.map((r) => ({ id: r.id, title: r.title, status: r.status as MeasureStatus }));
}
