// Picks what the benchmark writes and reads from the seeded database: open responses in rounds that
// accept answers, integer questions without show-if in sections that are not completed.
import SQLite from 'better-sqlite3';
import type { QuestionnaireDefinition } from '../src/lib/domain/questionnaire/types';

export interface AutosaveTarget {
	responseId: string;
	questionKey: string;
	min: number;
	/** How many distinct values the bench cycles through (within the question's bounds). */
	span: number;
	version: number;
	/** The stored value, so the next save always changes it (an unchanged value is a no-op). */
	current: unknown;
}

/** The value of the next save: never the stored one, so every 200 means a new version. */
export function nextValue(target: AutosaveTarget): number {
	const candidate = target.min + ((target.version + 1) % target.span);
	return candidate === target.current
		? target.min + ((target.version + 2) % target.span)
		: candidate;
}

interface OpenResponse {
	id: string;
	round_id: string;
	section_completion: string;
	definition: string;
}

function openResponses(databasePath: string): OpenResponse[] {
	const sqlite = new SQLite(databasePath, { readonly: true });
	try {
		return sqlite
			.prepare(
				`select r.id, r.round_id, r.section_completion, v.definition
				 from responses r
				 join planning_rounds p on p.id = r.round_id
				 join questionnaire_versions v on v.id = r.version_id
				 where r.status = 'offen' and p.status in ('einrichtung', 'bedarfserhebung', 'auswertung')
				   and r.audience in ('it_staff', 'school_lead')
				 order by r.id`
			)
			.all() as OpenResponse[];
	} finally {
		sqlite.close();
	}
}

export function pickAutosaveTargets(databasePath: string, count: number): AutosaveTarget[] {
	const sqlite = new SQLite(databasePath, { readonly: true });
	const versionOf = sqlite.prepare(
		'select version, value from answers where response_id = ? and question_key = ?'
	);
	const targets: AutosaveTarget[] = [];
	for (const response of openResponses(databasePath)) {
		const completed = new Set(JSON.parse(response.section_completion) as string[]);
		const definition = JSON.parse(response.definition) as QuestionnaireDefinition;
		for (const section of definition.sections) {
			if (completed.has(section.key)) continue;
			for (const q of section.questions) {
				if (q.type !== 'integer' || q.showIf) continue;
				const row = versionOf.get(response.id, q.key) as
					{ version: number; value: string } | undefined;
				const min = q.min ?? 0;
				const span = Math.max(2, Math.min(7, (q.max ?? min + 6) - min + 1));
				targets.push({
					responseId: response.id,
					questionKey: q.key,
					min,
					span,
					version: row?.version ?? 0,
					current: row ? JSON.parse(row.value) : null
				});
				if (targets.length >= count) {
					sqlite.close();
					return targets;
				}
			}
		}
	}
	sqlite.close();
	if (targets.length === 0) throw new Error('Keine beschreibbaren Antworten in der Demo-Datenbank');
	return targets;
}

export function pickLargestSection(databasePath: string): { path: string; questionCount: number } {
	let best = { path: '', questionCount: -1 };
	for (const response of openResponses(databasePath)) {
		const definition = JSON.parse(response.definition) as QuestionnaireDefinition;
		for (const section of definition.sections) {
			const n = section.questions.length;
			if (n > best.questionCount) {
				best = {
					path: `/runden/${response.round_id}/antworten/${response.id}/${section.key}`,
					questionCount: n
				};
			}
		}
	}
	return best;
}
