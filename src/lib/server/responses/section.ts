// The no-JS section form: every question of the section that the page rendered (it carries a
// version field) is parsed, validated and compared with the stored version first; only when every
// field is valid and none is in conflict are the changes stored, in one transaction. A refused post
// changes nothing (no answer, no audit entry); the route shows every typed value again with the
// errors per field, so nothing typed is lost either.
import {
	fieldName,
	otherFieldName,
	parseFormValue,
	type FormEntries
} from '$lib/domain/questionnaire/form';
import type { AnswerValue, Question } from '$lib/domain/questionnaire/types';
import { versionFieldName, type SectionSaveResult } from '$lib/domain/responses';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { NotFoundError } from '../errors';
import { assertUnlocked, loadResponse, loadVersion } from './access';
import { CONFLICT_MESSAGE, checkAnswer, writeAnswer } from './write';

export const TAMPERED_FORM_MESSAGE =
	'Das Formular war unvollständig oder fehlerhaft. Bitte laden Sie die Seite neu.';

/** The version the page rendered for a question; null if the question was not in the form. */
function renderedVersion(entries: FormEntries, questionKey: string): number | null | 'invalid' {
	const raws = entries.getAll(versionFieldName(questionKey)).filter((v) => typeof v === 'string');
	if (raws.length === 0) return null;
	if (raws.length > 1) return 'invalid';
	const raw = raws[0].trim();
	return /^\d{1,9}$/.test(raw) ? Number(raw) : 'invalid';
}

/** Names that the page renders once per question; a post carrying one of them twice was not sent by it. */
function singleValueNames(question: Question): string[] {
	switch (question.type) {
		case 'multi':
			return question.allowOther ? [otherFieldName(question)] : [];
		case 'grid':
			return question.rows.flatMap((row) =>
				question.columns.map((col) => fieldName(question, row.key, col.key))
			);
		default:
			return [fieldName(question)];
	}
}

function hasDuplicateField(question: Question, entries: FormEntries): boolean {
	return singleValueNames(question).some((name) => entries.getAll(name).length > 1);
}

/** Rolls the transaction back when a write conflicts after all (only possible with several app instances). */
class SectionRefused extends Error {
	constructor(readonly result: SectionSaveResult) {
		super('section save refused');
	}
}

export async function saveSection(
	db: Db,
	user: AuthUser,
	responseId: string,
	sectionKey: string,
	entries: FormEntries,
	now = new Date()
): Promise<SectionSaveResult> {
	try {
		return await saveSectionInTransaction(db, user, responseId, sectionKey, entries, now);
	} catch (err) {
		if (err instanceof SectionRefused) return err.result;
		throw err;
	}
}

async function saveSectionInTransaction(
	db: Db,
	user: AuthUser,
	responseId: string,
	sectionKey: string,
	entries: FormEntries,
	now: Date
): Promise<SectionSaveResult> {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, responseId, 'write');
		const version = await loadVersion(trx, ctx);
		const section = version.definition.sections.find((s) => s.key === sectionKey);
		if (!section) throw new NotFoundError('Diesen Abschnitt gibt es in diesem Fragebogen nicht.');
		assertUnlocked(ctx, section.key);

		const result: SectionSaveResult = { saved: [], unchanged: [], errors: {}, conflicts: {} };
		const writes: { key: string; value: AnswerValue | null; expected: number }[] = [];
		// 1. Validate everything and compare with the stored versions; nothing is written yet.
		for (const question of section.questions) {
			const expected = renderedVersion(entries, question.key);
			if (expected === null) continue;
			if (expected === 'invalid' || hasDuplicateField(question, entries)) {
				result.errors[question.key] = TAMPERED_FORM_MESSAGE;
				continue;
			}
			const parsed = parseFormValue(question, entries);
			if (!parsed.ok) {
				result.errors[question.key] = parsed.message;
				continue;
			}
			const check = await checkAnswer(trx, ctx, question.key, parsed.value, expected);
			if (check.kind === 'conflict') {
				result.errors[question.key] = CONFLICT_MESSAGE;
				result.conflicts[question.key] = check.current;
			} else if (check.kind === 'unchanged') {
				result.unchanged.push(question.key);
			} else {
				writes.push({ key: question.key, value: parsed.value, expected });
			}
		}
		if (Object.keys(result.errors).length > 0) return result;

		// 2. Every field is valid and current: store the changes (same transaction, so the checks hold).
		for (const w of writes) {
			const outcome = await writeAnswer(trx, user, ctx, w.key, w.value, w.expected, now);
			if (outcome.kind === 'conflict') {
				throw new SectionRefused({
					saved: [],
					unchanged: [],
					errors: { [w.key]: CONFLICT_MESSAGE },
					conflicts: { [w.key]: outcome.current }
				});
			}
			result[outcome.kind].push(w.key);
		}
		return result;
	});
}
