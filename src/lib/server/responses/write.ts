// The one place an answer is written: compare-and-set on the answer's version, an audit entry in
// the same transaction, and idempotent repeats (the same value again is never a conflict).
import type { AnswerValue } from '$lib/domain/questionnaire/types';
import type { ConflictInfo, SavedAnswer } from '$lib/domain/responses';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { canonicalJson } from '../questionnaires';
import * as repo from './answer-repository';
import type { StoredAnswer } from './answer-repository';
import type { ResponseContext } from './repository';

export type WriteOutcome =
	| { kind: 'saved'; answer: SavedAnswer }
	| { kind: 'unchanged'; answer: SavedAnswer }
	| { kind: 'conflict'; current: ConflictInfo };

export const CONFLICT_MESSAGE =
	'Diese Antwort wurde inzwischen von jemand anderem geändert. Bitte entscheiden Sie, welcher Wert gelten soll.';

function toSaved(stored: StoredAnswer | undefined): SavedAnswer {
	return stored
		? {
				value: stored.value,
				version: stored.version,
				updatedAt: stored.updatedAt,
				updatedBy: stored.updatedByName
			}
		: { value: null, version: 0, updatedAt: null, updatedBy: null };
}

function toConflict(stored: StoredAnswer | undefined): ConflictInfo {
	const s = toSaved(stored);
	return { value: s.value, version: s.version, updatedBy: s.updatedBy, updatedAt: s.updatedAt };
}

/** Same value as stored: a retried autosave or two people typing the same thing, nothing to do. A
 * stale version: a conflict. Otherwise null: the value may be written. */
function compareWithStored(
	stored: StoredAnswer | undefined,
	valueJson: string,
	expectedVersion: number
): WriteOutcome | null {
	if (valueJson === canonicalJson(stored?.value ?? null))
		return { kind: 'unchanged', answer: toSaved(stored) };
	if (expectedVersion !== (stored?.version ?? 0))
		return { kind: 'conflict', current: toConflict(stored) };
	return null;
}

/** What `writeAnswer` would do, without writing: 'write', 'unchanged' or a conflict. */
export async function checkAnswer(
	trx: Db,
	ctx: ResponseContext,
	questionKey: string,
	value: AnswerValue | null,
	expectedVersion: number
): Promise<WriteOutcome | { kind: 'write' }> {
	const stored = await repo.findAnswer(trx, ctx.id, questionKey);
	return compareWithStored(stored, canonicalJson(value), expectedVersion) ?? { kind: 'write' };
}

/** `value` must already be validated and normalised (engine's validateAnswer). Call inside a transaction. */
export async function writeAnswer(
	trx: Db,
	user: AuthUser,
	ctx: ResponseContext,
	questionKey: string,
	value: AnswerValue | null,
	expectedVersion: number,
	now: Date
): Promise<WriteOutcome> {
	const stored = await repo.findAnswer(trx, ctx.id, questionKey);
	const currentVersion = stored?.version ?? 0;
	const valueJson = canonicalJson(value);
	const check = compareWithStored(stored, valueJson, expectedVersion);
	if (check) return check;

	const write = { responseId: ctx.id, questionKey, valueJson, userId: user.id, now };
	let written: boolean;
	if (stored) {
		written = await repo.updateAnswerIfVersion(trx, { ...write, expectedVersion });
	} else {
		try {
			await repo.insertAnswer(trx, write);
			written = true;
		} catch (err) {
			// Someone inserted first (only possible with several app instances): report as conflict.
			if (!(await repo.findAnswer(trx, ctx.id, questionKey))) throw err;
			written = false;
		}
	}
	if (!written)
		return {
			kind: 'conflict',
			current: toConflict(await repo.findAnswer(trx, ctx.id, questionKey))
		};

	await appendAudit(
		trx,
		{
			actorId: user.id,
			action: 'answer.saved',
			entityType: 'response',
			entityId: ctx.id,
			organisationId: ctx.organisation.id,
			details: {
				questionKey,
				before: stored?.value ?? null,
				after: value,
				version: currentVersion + 1
			}
		},
		now
	);
	return {
		kind: 'saved',
		answer: { value, version: currentVersion + 1, updatedAt: now, updatedBy: user.name }
	};
}
