// The no-JS section form: every question of the section that the page rendered (it carries a
// version field) is parsed and validated; valid changes are stored in one transaction, invalid ones
// and conflicts come back per field. Valid input is never dropped because another field is invalid.
import { parseFormValue, type FormEntries } from '$lib/domain/questionnaire/form';
import { versionFieldName, type SectionSaveResult } from '$lib/domain/responses';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { NotFoundError } from '../errors';
import { assertUnlocked, loadResponse, loadVersion } from './access';
import { CONFLICT_MESSAGE, writeAnswer } from './write';

/** The version the page rendered for a question; null if the question was not in the form. */
function renderedVersion(entries: FormEntries, questionKey: string): number | null | 'invalid' {
	const raw = entries.getAll(versionFieldName(questionKey)).find((v) => typeof v === 'string');
	if (typeof raw !== 'string') return null;
	return /^\d{1,9}$/.test(raw.trim()) ? Number(raw.trim()) : 'invalid';
}

export async function saveSection(
	db: Db,
	user: AuthUser,
	responseId: string,
	sectionKey: string,
	entries: FormEntries,
	now = new Date()
): Promise<SectionSaveResult> {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, responseId, 'write');
		const version = await loadVersion(trx, ctx);
		const section = version.definition.sections.find((s) => s.key === sectionKey);
		if (!section) throw new NotFoundError('Diesen Abschnitt gibt es in diesem Fragebogen nicht.');
		assertUnlocked(ctx, section.key);

		const result: SectionSaveResult = { saved: [], unchanged: [], errors: {}, conflicts: {} };
		for (const question of section.questions) {
			const expected = renderedVersion(entries, question.key);
			if (expected === null) continue;
			if (expected === 'invalid') {
				result.errors[question.key] =
					'Das Formular war unvollständig. Bitte laden Sie die Seite neu.';
				continue;
			}
			const parsed = parseFormValue(question, entries);
			if (!parsed.ok) {
				result.errors[question.key] = parsed.message;
				continue;
			}
			const outcome = await writeAnswer(trx, user, ctx, question.key, parsed.value, expected, now);
			if (outcome.kind === 'conflict') {
				result.errors[question.key] = CONFLICT_MESSAGE;
				result.conflicts[question.key] = outcome.current;
			} else {
				result[outcome.kind].push(question.key);
			}
		}
		return result;
	});
}
