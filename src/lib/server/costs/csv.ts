// CSV export of the cost plan: one row per cost item and plan year (0 where nothing is due), with
// amount, funding and own share, so a spreadsheet's pivot table gives every total of the page.
// UTF-8 with BOM, `;`, German headers and decimal commas (rounds/csv.ts encodes).
import {
	COST_CATEGORY_LABELS,
	COST_KIND_LABELS,
	FUNDING_SOURCE_LABELS
} from '$lib/domain/costs/types';
import type { CostEntry } from '$lib/domain/costs/types';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { encodeCsv } from '../rounds/csv';
import { getCostPlan, type CostPlanData } from './service';

export const COST_CSV_HEADER = [
	'Planungsrunde',
	'Schulträger',
	'Jahr',
	'Kostenposition',
	'Kategorie',
	'Kostenart',
	'Schule',
	'Maßnahme',
	'Menge',
	'Einzelpreis (€)',
	'Nutzungsdauer (Jahre)',
	'Erstes Jahr',
	'Ersatzbeschaffung',
	'Betrag (€)',
	'Finanzierungsquelle',
	'Förderquote (%)',
	'Fördermittel (€)',
	'Eigenanteil (€)'
];

/** Cents → "1234,56" (no grouping, so spreadsheets read it as a number). */
export function csvEuro(cents: number): string {
	const sign = cents < 0 ? '-' : '';
	const abs = Math.abs(cents);
	return `${sign}${Math.trunc(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

const csvNumber = (n: number) => String(n).replace('.', ',');

export function costPlanCsv(data: CostPlanData): string {
	const { round, plan } = data;
	const schools = new Map(data.schools.map((s) => [s.id, s.name]));
	const measures = new Map(data.measures.map((m) => [m.id, m.title]));
	const entries = new Map<string, CostEntry>();
	for (const e of plan.entries) entries.set(`${e.itemId}@${e.year}`, e);
	const rows: string[][] = [];
	for (const item of plan.items) {
		for (const year of plan.years) {
			const e = entries.get(`${item.id}@${year}`);
			rows.push([
				round.title,
				round.operatorName,
				String(year),
				item.label,
				COST_CATEGORY_LABELS[item.category],
				COST_KIND_LABELS[item.kind],
				item.schoolId ? (schools.get(item.schoolId) ?? '') : 'alle Schulen',
				item.measureId ? (measures.get(item.measureId) ?? '') : '',
				csvNumber(item.quantity),
				csvEuro(item.unitPrice),
				item.usefulLifeYears === null ? '' : String(item.usefulLifeYears),
				String(item.firstYear),
				e?.isReplacement ? 'ja' : 'nein',
				csvEuro(e?.amount ?? 0),
				FUNDING_SOURCE_LABELS[item.fundingSource],
				csvNumber(item.fundingSource === 'own' ? 0 : item.fundingRatePercent),
				csvEuro(e?.funded ?? 0),
				csvEuro(e?.own ?? 0)
			]);
		}
	}
	return encodeCsv(COST_CSV_HEADER, rows);
}

function ascii(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/ß/g, 'ss')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
}

export async function exportCostPlanCsv(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<{ csv: string; fileName: string }> {
	const data = await getCostPlan(db, user, roundId);
	const name = `Kostenplan_${ascii(data.round.title) || 'Planungsrunde'}_${ascii(data.round.operatorName) || 'Schultraeger'}.csv`;
	return { csv: costPlanCsv(data), fileName: name };
}
