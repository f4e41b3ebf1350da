// Answers in the concept (issue 11, point 8): the school lead's, IT staff's and operator's answers
// as labelled tables (question × school), formatted like everywhere else. Which questions each
// chapter shows is data here; every question not shown in a chapter, read by an indicator or a rule,
// is listed in the appendix "Antworten je Schule" (tests/unit/concept-answer-coverage.test.ts
// fails when a question is read by nothing). Pure.
import { formatAnswer } from '../answer-format';
import { formatNumber } from '../evaluation/format';
import type { AnswerValue, Question, QuestionnaireDefinition } from '../questionnaire/types';
import { col, type Captions } from './blocks';
import type { ConceptInput, ConceptSchool } from './input';
import type { Block, Cell } from './model';

export type AnswerOrigin = 'schoolLead' | 'itStaff' | 'operator';

export const ORIGIN_LABELS: Record<AnswerOrigin, string> = {
	schoolLead: 'Fragebogen Schulleitung',
	itStaff: 'Fragebogen IT-Betreuung',
	operator: 'Fragebogen Schulträger'
};

function definitionOf(
	input: ConceptInput,
	origin: AnswerOrigin
): QuestionnaireDefinition | undefined {
	return input.definitions?.[origin];
}

export function questionOf(
	input: ConceptInput,
	origin: AnswerOrigin,
	key: string
): Question | undefined {
	for (const s of definitionOf(input, origin)?.sections ?? [])
		for (const q of s.questions) if (q.key === key) return q;
	return undefined;
}

/** One answer of a school (schoolLead / itStaff) — read by key, never by enumerating. */
export function schoolAnswer(
	school: ConceptSchool,
	origin: 'schoolLead' | 'itStaff',
	key: string
): AnswerValue | null {
	return school.answers?.[origin]?.[key] ?? null;
}

export function operatorAnswer(input: ConceptInput, key: string): AnswerValue | null {
	return input.operatorAnswers?.[key] ?? null;
}

/** The answer as German text, '–' when unanswered; the unit after numbers. */
export function answerText(q: Question | undefined, value: AnswerValue | null): string {
	if (value === null) return '–';
	if (!q) return typeof value === 'object' ? JSON.stringify(value) : String(value);
	// numbers with grouping in the concept (1.400.000 €), unlike the plain input format
	const text =
		typeof value === 'number' && q.type !== 'year'
			? formatNumber(value, Number.isInteger(value) ? 0 : 1)
			: formatAnswer(q, value);
	if (text === '') return '–';
	const unit = 'unit' in q && q.unit && typeof value === 'number' ? ` ${q.unit}` : '';
	return `${text}${unit}`;
}

const label = (input: ConceptInput, origin: AnswerOrigin, key: string) =>
	questionOf(input, origin, key)?.label ?? key;

/** Question × school table of school answers (one column per school). */
export function schoolAnswerTable(
	input: ConceptInput,
	c: Captions,
	id: string,
	caption: string,
	origin: 'schoolLead' | 'itStaff',
	keys: readonly string[]
): Block {
	const rows: Cell[][] = keys.map((key) => [
		label(input, origin, key),
		...input.schools.map((s) =>
			answerText(questionOf(input, origin, key), schoolAnswer(s, origin, key))
		)
	]);
	const width = input.schools.length > 3 ? 1 : 1.2;
	return c.table(
		id,
		caption,
		[col('Frage', 'left', 2.2), ...input.schools.map((s) => col(s.facts.name, 'left', width))],
		rows,
		{ source: ORIGIN_LABELS[origin] }
	);
}

/** Question → answer table of the Schulträger's answers. */
export function operatorAnswerTable(
	input: ConceptInput,
	c: Captions,
	id: string,
	caption: string,
	keys: readonly string[]
): Block {
	const rows: Cell[][] = keys.map((key) => [
		label(input, 'operator', key),
		answerText(questionOf(input, 'operator', key), operatorAnswer(input, key))
	]);
	return c.table(id, caption, [col('Frage', 'left', 2.2), col('Angabe', 'left', 2)], rows, {
		source: ORIGIN_LABELS.operator
	});
}

/** Keys shown in chapters, by chapter (data). */
export const CHAPTER_ANSWER_KEYS = {
	profile: [
		'school.type',
		'school.pupils',
		'school.classes_total',
		'school.inclusion_pupils',
		'school.special_needs_focus',
		'school.sites',
		'school.buildings',
		'school.all_day',
		'school.pupil_trend',
		'building.works_planned',
		'building.works_start',
		'building.works_scope'
	],
	mbk: [
		'strategy.mbk_status',
		'strategy.mbk_year',
		'strategy.mbk_in_school_programme',
		'strategy.advice_used',
		'strategy.media_coordinator',
		'strategy.media_coordinator_hours',
		'strategy.media_team_size',
		'strategy.bodies_involved',
		'strategy.priorities'
	],
	pedagogy: [
		'pedagogy.media_curriculum',
		'pedagogy.kmk_areas_binding',
		'pedagogy.regular_use',
		'pedagogy.one_to_one_classes',
		'devices.student_model',
		'devices.one_to_one_from_grade',
		'pedagogy.digital_assessment',
		'pedagogy.task_platform',
		'pedagogy.parent_communication',
		'pedagogy.private_device_rules'
	],
	training: [
		'training.plan_exists',
		'training.plan_year',
		'training.internal_events',
		'training.share_trained',
		'training.providers',
		'training.multipliers',
		'training.budget',
		'training.needs_areas',
		'training.teacher_survey_planned',
		'training.staff_council_informed',
		'training.survey_lasub_coordinated'
	],
	support: [
		'support.first_level',
		'support.first_level_hours',
		'support.second_level',
		'support.response_hours',
		'support.ticket_system',
		'support.resolution_days',
		'support.technician_fte',
		'support.network_documentation',
		'support.backup_concept',
		'support.inventory',
		'support.satisfaction',
		'platforms.used',
		'platforms.schullogin',
		'platforms.lernsax_admin',
		'devices.mdm',
		'devices.mdm_product'
	],
	security: [
		'privacy.mfa_admins',
		'privacy.updates',
		'privacy.incident_12m',
		'privacy.incident_reported',
		'lan.vlan_separation',
		'lan.firewall',
		'connectivity.separate_admin_line'
	],
	infrastructure: [
		'connectivity.type',
		'connectivity.gigabit_planned',
		'connectivity.down_mbit',
		'connectivity.up_mbit',
		'connectivity.measured_peak_mbit',
		'lan.cabled_rooms_percent',
		'lan.cabling_category',
		'lan.switch_year',
		'lan.poe',
		'lan.outages_per_month',
		'wlan.coverage_percent',
		'wlan.access_points',
		'wlan.standard',
		'wlan.survey_done',
		'wlan.survey_year',
		'wlan.central_management',
		'wlan.peak_devices_per_room',
		'wlan.reliability',
		'presentation.rooms_interactive_display',
		'presentation.rooms_projector',
		'presentation.rooms_without',
		'presentation.average_year',
		'presentation.wireless_sharing',
		'presentation.defects_6m',
		'devices.teacher_devices',
		'devices.teacher_purchase_year',
		'devices.student_purchase_year',
		'devices.loan_devices',
		'devices.defective_percent',
		'devices.charging_carts'
	],
	operatorSupport: [
		'support_model.second_level',
		'support_model.staff_fte',
		'support_model.devices_supported',
		'support_model.annual_support_budget',
		'support_model.service_levels',
		'support_model.role_agreement',
		'support_model.central_mdm',
		'support_model.mpz_role'
	],
	operatorRenewal: [
		'renewal.student_devices_years',
		'renewal.teacher_devices_years',
		'renewal.presentation_years',
		'renewal.network_years',
		'renewal.server_years',
		'renewal.policy',
		'renewal.procurement',
		'renewal.framework_contracts',
		'renewal.disposal'
	],
	operatorBudget: [
		'costs.annual_it_budget',
		'costs.budget_basis',
		'costs.planned_investment',
		'costs.running_costs',
		'costs.multi_year_plan',
		'costs.spending_pattern',
		'funding.sources_used',
		'funding.dp_2019_status',
		'funding.dp2_need',
		'funding.allocation',
		'funding.cofinancing'
	],
	operatorStrategy: [
		'operator_strategy.mep_status',
		'operator_strategy.mep_year',
		'operator_strategy.council_decision',
		'operator_strategy.equipment_standard',
		'operator_strategy.school_involvement',
		'operator_strategy.procurement_criteria',
		'operator_strategy.priorities',
		'operator_strategy.goals'
	]
} as const;

/**
 * Appendix "Antworten je Schule": every school answer no chapter table shows, listed per school
 * with its question (free texts and details a reader of the concept may want to check).
 */
export function answersAppendix(input: ConceptInput, c: Captions): Block[] {
	const shown = new Set<string>(Object.values(CHAPTER_ANSWER_KEYS).flat());
	const blocks: Block[] = [];
	for (const origin of ['schoolLead', 'itStaff'] as const) {
		const def = definitionOf(input, origin);
		if (!def) continue;
		const keys = def.sections.flatMap((s) =>
			s.questions.map((q) => q.key).filter((k) => !shown.has(k))
		);
		for (const s of input.schools) {
			const rows: Cell[][] = keys.map((key) => [
				label(input, origin, key),
				answerText(questionOf(input, origin, key), schoolAnswer(s, origin, key))
			]);
			if (rows.every((r) => r[1] === '–')) continue;
			blocks.push(
				c.table(
					`antworten-${origin}-${s.facts.schoolId}`,
					`${s.facts.name}: weitere Antworten (${ORIGIN_LABELS[origin]})`,
					[col('Frage', 'left', 2.4), col('Antwort', 'left', 2)],
					rows.filter((r) => r[1] !== '–'),
					{ source: `${ORIGIN_LABELS[origin]}, ${def.title}` }
				)
			);
		}
	}
	return blocks;
}
