// Export of a round's answers (CSV for spreadsheets, JSON for other tools). Contains only the
// responses the user may read; answers of questions hidden by show-if are left out.
import { answerUnit, formatAnswer } from '$lib/domain/answer-format';
import { visibleAnswers } from '$lib/domain/questionnaire/conditions';
import { allQuestions } from '$lib/domain/questionnaire/progress';
import type { AnswerValue } from '$lib/domain/questionnaire/types';
import { RESPONSE_AUDIENCE_LABELS, ROUND_STATUS_LABELS } from '$lib/domain/rounds';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { answerValues, listReadableResponses } from '../responses';
import { encodeCsv } from './csv';
import { getRound } from './service';

export const CSV_HEADER = [
	'Schule',
	'Schulnummer',
	'Rolle',
	'Abschnitt',
	'Frage-Schlüssel',
	'Frage',
	'Antwort',
	'Einheit',
	'Geändert am',
	'Geändert von'
];

export interface ExportAnswer {
	sectionCode: string;
	sectionTitle: string;
	questionKey: string;
	question: string;
	/** the stored JSON value; null if unanswered */
	value: AnswerValue | null;
	/** the value as German text */
	text: string;
	unit: string;
	updatedAt: string | null;
	updatedBy: string | null;
}

export interface RoundExport {
	round: {
		id: string;
		title: string;
		operator: string;
		periodStart: number;
		periodEnd: number;
		status: string;
	};
	exportedAt: string;
	responses: {
		organisation: { id: string; name: string; schoolNumber: string | null };
		role: string;
		audience: string;
		status: string;
		questionnaire: { key: string; version: number; title: string };
		answers: ExportAnswer[];
	}[];
}

const berlin = new Intl.DateTimeFormat('de-DE', {
	timeZone: 'Europe/Berlin',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit',
	hour: '2-digit',
	minute: '2-digit'
});

/** "24.11.2026 14:05" in German time: Excel (de) reads it as a date. */
export function formatDateTime(date: Date): string {
	const p = Object.fromEntries(berlin.formatToParts(date).map((x) => [x.type, x.value]));
	return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

export async function exportRound(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<RoundExport> {
	const { round } = await getRound(db, user, roundId);
	const readable = await listReadableResponses(db, user, round);
	const responses = readable.map(({ response: ctx, version, answers: stored }) => {
		const byKey = new Map(stored.map((a) => [a.questionKey, a]));
		const effective = visibleAnswers(allQuestions(version.definition), answerValues(stored));
		const rows = version.definition.sections.flatMap((section) =>
			section.questions.map((q): ExportAnswer => {
				const value = effective[q.key] ?? null;
				const meta = value === null ? undefined : byKey.get(q.key);
				return {
					sectionCode: section.code,
					sectionTitle: section.title,
					questionKey: q.key,
					question: q.label,
					value,
					text: formatAnswer(q, value),
					unit: answerUnit(q),
					updatedAt: meta ? meta.updatedAt.toISOString() : null,
					updatedBy: meta?.updatedByName ?? null
				};
			})
		);
		return {
			organisation: {
				id: ctx.organisation.id,
				name: ctx.organisation.name,
				schoolNumber: ctx.organisation.schoolNumber
			},
			role: RESPONSE_AUDIENCE_LABELS[ctx.audience],
			audience: ctx.audience,
			status: ctx.status,
			questionnaire: {
				key: version.questionnaireKey,
				version: version.version,
				title: version.definition.title
			},
			answers: rows
		};
	});
	return {
		round: {
			id: round.id,
			title: round.title,
			operator: round.operatorName,
			periodStart: round.periodStart,
			periodEnd: round.periodEnd,
			status: ROUND_STATUS_LABELS[round.status]
		},
		exportedAt: now.toISOString(),
		responses
	};
}

/** The CSV file: one row per school (or Schulträger), role and question. */
export function exportToCsv(data: RoundExport): string {
	const rows = data.responses.flatMap((r) =>
		r.answers.map((a) => [
			r.organisation.name,
			r.organisation.schoolNumber ?? '',
			r.role,
			`${a.sectionCode} ${a.sectionTitle}`,
			a.questionKey,
			a.question,
			a.text,
			a.unit,
			a.updatedAt ? formatDateTime(new Date(a.updatedAt)) : '',
			a.updatedBy ?? ''
		])
	);
	return encodeCsv(CSV_HEADER, rows);
}

/** A file name like "MEK-2026-2030_Stadt-Musterstadt.csv" (ASCII only, for Content-Disposition). */
export function exportFileName(data: RoundExport, extension: 'csv' | 'json'): string {
	const ascii = (s: string) =>
		s
			.normalize('NFKD')
			.replace(/ß/g, 'ss')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60);
	return `${ascii(data.round.title) || 'Planungsrunde'}_${ascii(data.round.operator) || 'Schultraeger'}.${extension}`;
}
