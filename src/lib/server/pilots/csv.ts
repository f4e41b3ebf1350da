// CSV of one pilot (UTF-8 with BOM, `;`, German headers and numbers): master data, schools,
// milestones, every KPI measurement against its target, risks, lessons and the decision.
import {
	KPI_DIRECTION_LABELS,
	PILOT_DECISION_LABELS,
	PILOT_LIGHT_LABELS,
	PILOT_STATUS_LABELS,
	RISK_STATUS_LABELS,
	formatDate,
	formatEuroCents,
	formatNumber,
	isoDateIn,
	kpiProgress,
	milestoneState,
	MILESTONE_STATE_LABELS,
	riskScore,
	type PilotDetails
} from '$lib/domain/pilots';
import { encodeCsv } from '../rounds/csv';

export const PILOT_CSV_HEADER = [
	'Bereich',
	'Bezeichnung',
	'Datum',
	'Wert',
	'Einheit',
	'Ausgangswert',
	'Zielwert',
	'Status',
	'Bemerkung'
];

type Line = [string, string, string, string, string, string, string, string, string];

const fact = (label: string, value: string): Line => [
	'Stammdaten',
	label,
	'',
	value,
	'',
	'',
	'',
	'',
	''
];

export function pilotCsvRows(pilot: PilotDetails, today: string): Line[] {
	const rows: Line[] = [
		fact('Titel', pilot.title),
		fact('Ziel', pilot.goal),
		fact('Hypothese', pilot.hypothesis ?? ''),
		fact('Beschreibung', pilot.description ?? ''),
		fact('Beginn', formatDate(pilot.startOn)),
		fact('Ende', formatDate(pilot.endOn)),
		fact('Verantwortlich', pilot.owner?.name ?? ''),
		fact('Budget geplant', formatEuroCents(pilot.budgetPlannedCents)),
		fact('Budget verbraucht', formatEuroCents(pilot.budgetSpentCents)),
		fact('Finanzierung', pilot.fundingSource ?? ''),
		fact('Status', PILOT_STATUS_LABELS[pilot.status]),
		[
			'Stammdaten',
			'Ampel',
			formatDate(pilot.lightAssessedOn),
			PILOT_LIGHT_LABELS[pilot.light],
			'',
			'',
			'',
			'',
			pilot.lightReason ?? ''
		]
	];
	for (const s of pilot.schools)
		rows.push(['Schule', s.name, '', '', '', '', '', '', s.operatorName]);
	for (const m of pilot.milestones) {
		const state = MILESTONE_STATE_LABELS[milestoneState(m, today)];
		const status = m.doneOn ? `${state} am ${formatDate(m.doneOn)}` : state;
		rows.push(['Meilenstein', m.title, formatDate(m.dueOn), '', '', '', '', status, m.owner ?? '']);
	}
	for (const k of pilot.kpis) {
		const base = formatNumber(k.baseline);
		const target = formatNumber(k.target);
		if (k.measurements.length === 0) {
			rows.push([
				'Kennzahl',
				k.name,
				'',
				'',
				k.unit,
				base,
				target,
				'Noch keine Messung',
				KPI_DIRECTION_LABELS[k.direction]
			]);
		}
		k.measurements.forEach((m, i) => {
			const progress = kpiProgress({ ...k, measurements: k.measurements.slice(0, i + 1) });
			const status = progress.achieved
				? 'Ziel erreicht'
				: `${formatNumber(progress.percent ?? 0, 0)} % des Wegs zum Ziel`;
			rows.push([
				'Kennzahl',
				k.name,
				formatDate(m.measuredOn),
				formatNumber(m.value),
				k.unit,
				base,
				target,
				status,
				m.note ?? ''
			]);
		});
	}
	for (const r of pilot.risks) {
		const rating = `Wahrscheinlichkeit ${r.likelihood} × Auswirkung ${r.impact} = ${riskScore(r)}`;
		rows.push([
			'Risiko',
			r.title,
			'',
			String(riskScore(r)),
			'',
			'',
			'',
			RISK_STATUS_LABELS[r.status],
			[rating, r.mitigation].filter(Boolean).join('; ')
		]);
	}
	for (const l of pilot.lessons) {
		rows.push(['Erkenntnis', l.text, formatDate(isoDateIn(l.createdAt)), '', '', '', '', '', '']);
	}
	if (pilot.decision) {
		const d = pilot.decision;
		rows.push([
			'Entscheidung',
			PILOT_DECISION_LABELS[d.decision],
			formatDate(d.decidedOn),
			'',
			'',
			'',
			'',
			'',
			d.reasoning
		]);
	}
	return rows;
}

export function pilotToCsv(pilot: PilotDetails, today: string): string {
	return encodeCsv(PILOT_CSV_HEADER, pilotCsvRows(pilot, today));
}

/** "pilotprojekt-tablet-klassen-an-zwei-oberschulen.csv" (ASCII only, for every browser). */
export function pilotFileName(pilot: Pick<PilotDetails, 'title'>, ext: 'csv' | 'pdf'): string {
	const slug = pilot.title
		.toLowerCase()
		.replace(/ä/g, 'ae')
		.replace(/ö/g, 'oe')
		.replace(/ü/g, 'ue')
		.replace(/ß/g, 'ss')
		.normalize('NFKD')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `pilotprojekt-${slug || 'bericht'}.${ext}`;
}
