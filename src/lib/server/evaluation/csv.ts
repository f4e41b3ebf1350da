// CSV export of a round's evaluation: indicators per school with inputs' guide values, and survey
// aggregates only for groups that may be shown (schools with ≥ 5 responses, questions answered by
// ≥ 5). Free texts are never exported.
import { formatNumber, LIGHT_LABELS, surveyView, type SurveyView } from '$lib/domain/evaluation';
import { NO_ANSWER } from '$lib/domain/questionnaire/types';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { encodeCsv } from '../rounds/csv';
import { surveyDataOfRound } from '../survey';
import { assertRoundEvaluation, computeRoundEvaluation } from './round';

export const EVALUATION_CSV_HEADER = [
	'Ebene',
	'Schule',
	'Schulnummer',
	'Bereich',
	'Schlüssel',
	'Bezeichnung',
	'Antwort',
	'Wert',
	'Einheit',
	'n',
	'Ampel',
	'Orientierungswert',
	'Quelle'
];

function surveyRows(level: string, school: string, number: string, view: SurveyView): string[][] {
	const rows: string[][] = [];
	for (const { key, result } of view.results.questions) {
		if (!result.shown) {
			rows.push([
				level,
				school,
				number,
				'Befragung',
				key,
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'weniger als 5 Antworten – nicht ausgewiesen'
			]);
			continue;
		}
		const a = result.value;
		for (const item of a.items) {
			rows.push([
				level,
				school,
				number,
				'Befragung',
				key,
				a.label,
				item.value === NO_ANSWER ? 'keine Angabe' : item.label,
				formatNumber(item.share, 1),
				'%',
				String(a.base),
				'',
				'',
				''
			]);
		}
		if ('mean' in a && a.mean !== null) {
			rows.push([
				level,
				school,
				number,
				'Befragung',
				key,
				a.label,
				'Mittelwert',
				formatNumber(a.mean, 2),
				a.kind === 'levels' ? 'Stufe (A1 = 1 … C2 = 6)' : 'Skala 1–5',
				String(a.base - a.noAnswer),
				'',
				'',
				''
			]);
		}
	}
	return rows;
}

export async function exportRoundEvaluationCsv(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<{ csv: string; fileName: string }> {
	const round = await assertRoundEvaluation(db, user, roundId);
	const evaluation = await computeRoundEvaluation(db, round, now);
	const survey = await surveyDataOfRound(db, round, now);
	const rows: string[][] = [];
	for (const row of evaluation.schools) {
		const number = row.school.schoolNumber ?? '';
		for (const i of row.indicators) {
			rows.push([
				'Schule',
				row.school.name,
				number,
				'Kennzahl',
				i.key,
				i.label,
				'',
				i.value === null ? '' : formatNumber(i.value, 2),
				i.unit,
				'',
				LIGHT_LABELS[i.light],
				i.guideText,
				i.source
			]);
		}
		const data = survey.get(row.school.id);
		if (data && row.teacherResponses !== null && row.teacherResponses > 0) {
			rows.push(
				...surveyRows(
					'Schule',
					row.school.name,
					number,
					surveyView(data.version.definition, data.responses)
				)
			);
		} else if (data && row.teacherResponsesBelowThreshold) {
			rows.push([
				'Schule',
				row.school.name,
				number,
				'Befragung',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'',
				'weniger als 5 Antworten – nicht ausgewiesen'
			]);
		}
	}
	for (const i of evaluation.rollup.indicators) {
		rows.push([
			'Schulträger',
			'',
			'',
			'Kennzahl',
			i.key,
			i.label,
			i.basis,
			i.value === null ? '' : formatNumber(i.value, 2),
			i.unit,
			String(i.schoolsIncluded),
			'',
			'',
			''
		]);
	}
	if (evaluation.pooledSurvey)
		rows.push(...surveyRows('Schulträger', '', '', evaluation.pooledSurvey));
	const slug = round.title.replace(/[^A-Za-z0-9äöüÄÖÜß]+/g, '-').replace(/^-|-$/g, '');
	return {
		csv: encodeCsv(EVALUATION_CSV_HEADER, rows),
		fileName: `Auswertung-${slug || 'Runde'}.csv`
	};
}
