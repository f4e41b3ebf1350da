// SQL of frozen concept versions: written once at submission; afterwards only the decision columns
// change (once). The model column holds the assembled ConceptDocument as JSON.
import type { ConceptDocument } from '$lib/domain/concept/model';
import {
	isDecision,
	type ConceptVersion,
	type ConceptVersionSummary,
	type Decision
} from '$lib/domain/review';
import type { Db } from '../db/client';

function summaryQuery(db: Db) {
	return db
		.selectFrom('concept_versions as v')
		.leftJoin('users as s', 's.id', 'v.submitted_by')
		.leftJoin('users as d', 'd.id', 'v.decided_by')
		.select([
			'v.id',
			'v.concept_id',
			'v.number',
			'v.content_hash',
			'v.submitted_by',
			'v.submitted_at',
			'v.decision',
			'v.decided_by',
			'v.decided_at',
			'v.decision_note',
			's.name as submitted_by_name',
			'd.name as decided_by_name'
		]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaryQuery>['executeTakeFirstOrThrow']>>;

function toSummary(row: SummaryRow): ConceptVersionSummary {
	return {
		id: row.id,
		conceptId: row.concept_id,
		number: row.number,
		contentHash: row.content_hash,
		submittedBy: row.submitted_by,
		submittedByName: row.submitted_by_name,
		submittedAt: new Date(row.submitted_at),
		decision: isDecision(row.decision) ? row.decision : null,
		decidedBy: row.decided_by,
		decidedByName: row.decided_by_name,
		decidedAt: row.decided_at ? new Date(row.decided_at) : null,
		decisionNote: row.decision_note
	};
}

/** Every version of a concept, newest first (without the models). */
export async function listVersions(db: Db, conceptId: string): Promise<ConceptVersionSummary[]> {
	const rows = await summaryQuery(db)
		.where('v.concept_id', '=', conceptId)
		.orderBy('v.number', 'desc')
		.execute();
	return rows.map(toSummary);
}

export async function latestVersion(
	db: Db,
	conceptId: string
): Promise<ConceptVersionSummary | undefined> {
	const row = await summaryQuery(db)
		.where('v.concept_id', '=', conceptId)
		.orderBy('v.number', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? toSummary(row) : undefined;
}

export async function findVersionSummary(
	db: Db,
	conceptId: string,
	number: number
): Promise<ConceptVersionSummary | undefined> {
	const row = await summaryQuery(db)
		.where('v.concept_id', '=', conceptId)
		.where('v.number', '=', number)
		.executeTakeFirst();
	return row ? toSummary(row) : undefined;
}

/** A version of this concept by its id (without the model). */
export async function findVersionById(
	db: Db,
	conceptId: string,
	id: string
): Promise<ConceptVersionSummary | undefined> {
	const row = await summaryQuery(db)
		.where('v.concept_id', '=', conceptId)
		.where('v.id', '=', id)
		.executeTakeFirst();
	return row ? toSummary(row) : undefined;
}

/** A version with its frozen document. */
export async function findVersion(
	db: Db,
	conceptId: string,
	number: number
): Promise<ConceptVersion | undefined> {
	const summary = await findVersionSummary(db, conceptId, number);
	if (!summary) return undefined;
	const row = await db
		.selectFrom('concept_versions')
		.select('model')
		.where('id', '=', summary.id)
		.executeTakeFirstOrThrow();
	return { ...summary, document: JSON.parse(row.model) as ConceptDocument };
}

export interface NewVersion {
	id: string;
	conceptId: string;
	number: number;
	/** the document serialised once; its hash is contentHash */
	modelJson: string;
	contentHash: string;
	submittedBy: string;
	submittedAt: Date;
}

export async function insertVersion(db: Db, v: NewVersion): Promise<void> {
	await db
		.insertInto('concept_versions')
		.values({
			id: v.id,
			concept_id: v.conceptId,
			number: v.number,
			model: v.modelJson,
			content_hash: v.contentHash,
			submitted_by: v.submittedBy,
			submitted_at: v.submittedAt.toISOString(),
			decision: null,
			decided_by: null,
			decided_at: null,
			decision_note: null
		})
		.execute();
}

/** Records the decision once: only while no decision is stored. Returns whether it did. */
export async function recordDecision(
	db: Db,
	versionId: string,
	decision: Decision,
	userId: string,
	note: string | null,
	now: Date
): Promise<boolean> {
	const result = await db
		.updateTable('concept_versions')
		.set({
			decision,
			decided_by: userId,
			decided_at: now.toISOString(),
			decision_note: note
		})
		.where('id', '=', versionId)
		.where('decision', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
