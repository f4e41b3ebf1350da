// Chapter 11: the action plan with every measure (owner, priority, quarters, status, costs), the
// reasons behind each, and the proposals that were rejected with their reason. Pure.
import { formatEuroRounded } from '../costs/money';
import { MEASURE_STATUS_LABELS, formatQuarter, type Measure } from '../measures/measure';
import { ACTION_FIELD_LABELS, PRIORITY_LABELS } from '../measures/types';
import { col, list, p, type Captions, type Sections } from './blocks';
import type { ConceptInput } from './input';
import type { Block, Cell } from './model';

export function schoolNames(input: ConceptInput, ids: readonly string[], separator = ', '): string {
	if (ids.length === 0 || ids.length === input.schools.length) return 'alle Schulen';
	return ids
		.map((id) => input.schools.find((s) => s.facts.schoolId === id)?.facts.name ?? id)
		.join(separator);
}

export function active(input: ConceptInput): Measure[] {
	return input.measures.filter((m) => m.status !== 'rejected');
}

export function actionPlan(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const ms = active(input);
	const rows: Cell[][] = ms.map((m, i) => [
		String(i + 1),
		`${m.title}\n${ACTION_FIELD_LABELS[m.actionField]}`,
		schoolNames(input, m.schoolIds, '\n'),
		m.owner || '–',
		`${PRIORITY_LABELS[m.priority]}\n${MEASURE_STATUS_LABELS[m.status]}`,
		`${formatQuarter(m.startQuarter)}\n– ${formatQuarter(m.endQuarter)}`,
		formatEuroRounded(m.investment),
		formatEuroRounded(m.runningPerYear)
	]);
	const sum = (pick: (m: Measure) => number) =>
		formatEuroRounded(ms.reduce((t, m) => t + pick(m), 0));
	const totals: Cell[][] = [
		['', 'Summe', '', '', '', '', sum((m) => m.investment), sum((m) => m.runningPerYear)]
	];
	const blocks: Block[] = [
		c.table(
			'massnahmenplan',
			'Maßnahmenplan',
			[
				col('Nr.', 'right', 0.3),
				col('Maßnahme und Handlungsfeld', 'left', 2.3),
				col('Schulen', 'left', 1.5),
				col('Verantwortlich', 'left', 1.3),
				col('Priorität, Status', 'left', 0.9),
				col('Zeitraum', 'left', 0.85),
				col('Investition', 'right', 0.95),
				col('lfd. je Jahr', 'right', 0.85)
			],
			rows,
			{
				totals,
				source: 'Maßnahmen mit ihren Kostenpositionen; Preise aus dem Preiskatalog (Kapitel 12)'
			}
		),
		s.heading('Begründung der Maßnahmen')
	];
	ms.forEach((m, i) => {
		blocks.push(p(`*${i + 1}. ${m.title}.* ${m.description}`));
		if (m.reasons.length) blocks.push(list(m.reasons));
	});
	const rejected = input.measures.filter((m) => m.status === 'rejected');
	if (rejected.length) {
		blocks.push(
			s.heading('Nicht weiterverfolgte Vorschläge'),
			c.table(
				'abgelehnt',
				'Abgelehnte Vorschläge mit Begründung',
				[col('Vorschlag', 'left', 1.6), col('Begründung', 'left', 2.4)],
				rejected.map((m) => [m.title, m.rejectionReason ?? '–'])
			)
		);
	}
	return blocks;
}
