// SQL of the concept: the concept row of a round, narrative texts per chapter (version column for
// concurrent edits) and frozen versions (immutable; only the decision columns are ever updated).
import {
	isConceptStatus,
	type ConceptRecord,
	type ConceptStatus,
	type NarrativeText
} from '$lib/domain/review';
import type { Db } from '../db/client';

function toConcept(row: {
	id: string;
	round_id: string;
	status: string;
	current_version_number: number;
	created_at: string;
	updated_at: string;
}): ConceptRecord {
	return {
		id: row.id,
		roundId: row.round_id,
		status: isConceptStatus(row.status) ? row.status : 'entwurf',
		currentVersionNumber: row.current_version_number,
		createdAt: new Date(row.created_at),
		updatedAt: new Date(row.updated_at)
	};
}

const CONCEPT_COLUMNS = [
	'id',
	'round_id',
	'status',
	'current_version_number',
	'created_at',
	'updated_at'
] as const;

export async function findConceptByRound(
	db: Db,
	roundId: string
): Promise<ConceptRecord | undefined> {
	const row = await db
		.selectFrom('concepts')
		.select(CONCEPT_COLUMNS)
		.where('round_id', '=', roundId)
		.executeTakeFirst();
	return row ? toConcept(row) : undefined;
}

export async function insertConcept(
	db: Db,
	id: string,
	roundId: string,
	now: Date
): Promise<ConceptRecord> {
	const at = now.toISOString();
	const row = {
		id,
		round_id: roundId,
		status: 'entwurf',
		current_version_number: 0,
		created_at: at,
		updated_at: at
	};
	await db.insertInto('concepts').values(row).execute();
	return toConcept(row);
}

export async function updateConceptStatus(
	db: Db,
	id: string,
	status: ConceptStatus,
	now: Date,
	currentVersionNumber?: number
): Promise<void> {
	await db
		.updateTable('concepts')
		.set({
			status,
			updated_at: now.toISOString(),
			...(currentVersionNumber !== undefined
				? { current_version_number: currentVersionNumber }
				: {})
		})
		.where('id', '=', id)
		.execute();
}

function textsQuery(db: Db, conceptId: string) {
	return db
		.selectFrom('concept_texts')
		.leftJoin('users', 'users.id', 'concept_texts.updated_by')
		.select([
			'concept_texts.chapter_key',
			'concept_texts.text',
			'concept_texts.version',
			'concept_texts.updated_by',
			'concept_texts.updated_at',
			'users.name as updated_by_name'
		])
		.where('concept_texts.concept_id', '=', conceptId);
}

function toText(row: {
	chapter_key: string;
	text: string;
	version: number;
	updated_by: string | null;
	updated_at: string;
	updated_by_name: string | null;
}): NarrativeText {
	return {
		chapterKey: row.chapter_key,
		text: row.text,
		version: row.version,
		updatedBy: row.updated_by,
		updatedByName: row.updated_by_name,
		updatedAt: new Date(row.updated_at)
	};
}

export async function listTexts(db: Db, conceptId: string): Promise<NarrativeText[]> {
	return (await textsQuery(db, conceptId).execute()).map(toText);
}

export async function findText(
	db: Db,
	conceptId: string,
	chapterKey: string
): Promise<NarrativeText | undefined> {
	const row = await textsQuery(db, conceptId)
		.where('concept_texts.chapter_key', '=', chapterKey)
		.executeTakeFirst();
	return row ? toText(row) : undefined;
}

export async function insertText(
	db: Db,
	conceptId: string,
	chapterKey: string,
	text: string,
	userId: string,
	now: Date
): Promise<void> {
	await db
		.insertInto('concept_texts')
		.values({
			concept_id: conceptId,
			chapter_key: chapterKey,
			text,
			version: 1,
			updated_by: userId,
			updated_at: now.toISOString()
		})
		.execute();
}

/** Saves only if the stored version is still `expectedVersion`; returns whether it did. */
export async function updateText(
	db: Db,
	conceptId: string,
	chapterKey: string,
	text: string,
	expectedVersion: number,
	userId: string,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('concept_texts')
		.set((eb) => ({
			text,
			version: eb('version', '+', 1),
			updated_by: userId,
			updated_at: now.toISOString()
		}))
		.where('concept_id', '=', conceptId)
		.where('chapter_key', '=', chapterKey)
		.where('version', '=', expectedVersion)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export * from './version-repository';
