// Publishing questionnaire definitions as frozen versions. A definition's content is hashed over its
// canonical JSON; a new hash (compared with the latest version of the same key) makes a new version.
// Rows are never modified, so answers given against an older version stay readable with it.
import { createHash } from 'node:crypto';
import { parseDefinition } from '$lib/domain/questionnaire/schema';
import type { Question, QuestionnaireDefinition, Section } from '$lib/domain/questionnaire/types';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { newId } from '../ids';
import * as repo from './repository';
import type { QuestionnaireVersion } from './repository';

/** JSON with object keys sorted at every level, so equal content always hashes equally. */
export function canonicalJson(value: unknown): string {
	return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === 'object') {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) {
			const v = (value as Record<string, unknown>)[key];
			if (v !== undefined) out[key] = sortKeys(v);
		}
		return out;
	}
	return value;
}

export function contentHash(definition: QuestionnaireDefinition): string {
	return createHash('sha256').update(canonicalJson(definition)).digest('hex');
}

/**
 * Stores `definition` as the next version of its key unless the latest version has the same
 * content; returns the (new or existing) version. Call it inside the caller's transaction, or
 * alone (it then runs its own).
 */
export async function ensurePublished(
	db: Db,
	definition: QuestionnaireDefinition,
	now = new Date()
): Promise<QuestionnaireVersion> {
	return inTransaction(db, (trx) => publishIn(trx, definition, now));
}

async function publishIn(trx: Db, input: QuestionnaireDefinition, now: Date) {
	const definition = parseDefinition(input); // throws DefinitionError on a malformed definition
	const hash = contentHash(definition);
	const latest = await repo.findLatestVersion(trx, definition.key);
	if (latest && latest.contentHash === hash) return latest;
	const id = newId();
	await repo.insertVersion(trx, {
		id,
		key: definition.key,
		version: (latest?.version ?? 0) + 1,
		audience: definition.audience,
		definitionJson: canonicalJson(definition),
		contentHash: hash,
		publishedAt: now
	});
	const stored = await repo.findVersionById(trx, id);
	if (!stored) throw new Error('published version vanished');
	return stored;
}

/**
 * Versions are immutable, so a parsed version may be kept in memory by id (saves parsing the
 * definition JSON on every autosave). Bounded; never holds anything that could go stale.
 */
const versionCache = new Map<string, QuestionnaireVersion>();
const VERSION_CACHE_LIMIT = 100;

function remember(version: QuestionnaireVersion): QuestionnaireVersion {
	if (versionCache.size >= VERSION_CACHE_LIMIT) {
		const oldest = versionCache.keys().next().value;
		if (oldest !== undefined) versionCache.delete(oldest);
	}
	versionCache.set(version.id, version);
	return version;
}

export async function getVersion(
	db: Db,
	versionId: string
): Promise<QuestionnaireVersion | undefined> {
	const cached = versionCache.get(versionId);
	if (cached) return cached;
	const version = await repo.findVersionById(db, versionId);
	return version ? remember(version) : undefined;
}

export async function getVersions(
	db: Db,
	versionIds: string[]
): Promise<Map<string, QuestionnaireVersion>> {
	const result = new Map<string, QuestionnaireVersion>();
	const missing: string[] = [];
	for (const id of new Set(versionIds)) {
		const cached = versionCache.get(id);
		if (cached) result.set(id, cached);
		else missing.push(id);
	}
	for (const [id, version] of await repo.findVersionsByIds(db, missing))
		result.set(id, remember(version));
	return result;
}

export async function getLatestVersion(db: Db, questionnaireKey: string) {
	return repo.findLatestVersion(db, questionnaireKey);
}

export interface QuestionRef {
	question: Question;
	section: Section;
}

const indexes = new WeakMap<QuestionnaireDefinition, Map<string, QuestionRef>>();

/** The question with this key and its section, or undefined (indexed once per definition). */
export function findQuestion(
	definition: QuestionnaireDefinition,
	key: string
): QuestionRef | undefined {
	let index = indexes.get(definition);
	if (!index) {
		index = new Map();
		for (const section of definition.sections) {
			for (const question of section.questions) index.set(question.key, { question, section });
		}
		indexes.set(definition, index);
	}
	return index.get(key);
}
