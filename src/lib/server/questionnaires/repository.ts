// All SQL for frozen questionnaire versions. Insert and read only: a version row is never modified.
import type { Audience, QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import type { Db } from '../db/client';

export interface QuestionnaireVersion {
	id: string;
	questionnaireKey: string;
	/** 1, 2, … per questionnaire key, in publishing order */
	version: number;
	audience: Audience;
	contentHash: string;
	publishedAt: Date;
	definition: QuestionnaireDefinition;
}

const columns = [
	'id',
	'questionnaire_key',
	'version',
	'audience',
	'definition',
	'content_hash',
	'published_at'
] as const;

interface Row {
	id: string;
	questionnaire_key: string;
	version: number;
	audience: string;
	definition: string;
	content_hash: string;
	published_at: string;
}

function toVersion(row: Row): QuestionnaireVersion {
	return {
		id: row.id,
		questionnaireKey: row.questionnaire_key,
		version: row.version,
		audience: row.audience as Audience,
		contentHash: row.content_hash,
		publishedAt: new Date(row.published_at),
		definition: JSON.parse(row.definition) as QuestionnaireDefinition
	};
}

export async function findLatestVersion(db: Db, questionnaireKey: string) {
	const row = await db
		.selectFrom('questionnaire_versions')
		.select(columns)
		.where('questionnaire_key', '=', questionnaireKey)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? toVersion(row) : undefined;
}

export async function findVersionByHash(db: Db, questionnaireKey: string, contentHash: string) {
	const row = await db
		.selectFrom('questionnaire_versions')
		.select(columns)
		.where('questionnaire_key', '=', questionnaireKey)
		.where('content_hash', '=', contentHash)
		.orderBy('version', 'desc')
		.limit(1)
		.executeTakeFirst();
	return row ? toVersion(row) : undefined;
}

export async function findVersionById(db: Db, id: string) {
	const row = await db
		.selectFrom('questionnaire_versions')
		.select(columns)
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? toVersion(row) : undefined;
}

export async function findVersionsByIds(db: Db, ids: string[]) {
	if (ids.length === 0) return new Map<string, QuestionnaireVersion>();
	const rows = await db
		.selectFrom('questionnaire_versions')
		.select(columns)
		.where('id', 'in', ids)
		.execute();
	return new Map(rows.map((r) => [r.id, toVersion(r)]));
}

export async function insertVersion(
	db: Db,
	v: {
		id: string;
		key: string;
		version: number;
		audience: string;
		definitionJson: string;
		contentHash: string;
		publishedAt: Date;
	}
) {
	await db
		.insertInto('questionnaire_versions')
		.values({
			id: v.id,
			questionnaire_key: v.key,
			version: v.version,
			audience: v.audience,
			definition: v.definitionJson,
			content_hash: v.contentHash,
			published_at: v.publishedAt.toISOString()
		})
		.execute();
}
