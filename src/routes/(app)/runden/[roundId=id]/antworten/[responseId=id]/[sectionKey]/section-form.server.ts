// The no-JS conflict choice: a conflict panel's buttons post `conflict:<key>` = keep | take. "take"
// means: do not save my input for that answer, so the page shows the stored (other) value again.
// "keep" needs nothing extra: the re-rendered form already carries the other answer's version.
import type { FormEntries } from '$lib/domain/questionnaire/form';
import type { Question } from '$lib/domain/questionnaire/types';
import { versionFieldName } from '$lib/server/responses';

export function takenKeys(form: FormData, questions: readonly Question[]): Set<string> {
	return new Set(
		questions.filter((q) => form.get(`conflict:${q.key}`) === 'take').map((q) => q.key)
	);
}

/** The form without the version fields of `keys` (the section save skips questions without one). */
export function entriesWithout(form: FormData, keys: Set<string>): FormEntries {
	if (keys.size === 0) return form;
	const skipped = new Set([...keys].map(versionFieldName));
	return { getAll: (name: string) => (skipped.has(name) ? [] : form.getAll(name)) };
}
