// Table types for Kysely. Kept by hand next to the migrations in db/migrations (the source of truth);
// nullable columns are `T | null`, never optional (Kysely docs). Each feature adds its tables here.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

export interface OrganisationsTable {
	id: string;
	kind: string;
	parent_id: string | null;
	name: string;
	is_active: number;
	operator_type: string | null;
	municipality_key: string | null;
	school_number: string | null;
	school_type: string | null;
	street: string | null;
	postal_code: string | null;
	city: string | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
	created_at: string;
	updated_at: string;
}

export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	is_active: number;
	created_at: string;
	updated_at: string;
}

export interface MembershipsTable {
	id: string;
	user_id: string;
	organisation_id: string;
	role: string;
	created_at: string;
}

export interface ConsultantAssignmentsTable {
	consultant_id: string;
	operator_id: string;
	created_at: string;
}

export interface SessionsTable {
	id: string;
	secret_hash: Uint8Array;
	user_id: string;
	created_at: number;
	last_active_at: number;
}

export interface InvitationsTable {
	id: string;
	token_hash: string;
	email: string;
	organisation_id: string;
	role: string;
	invited_by: string | null;
	created_at: string;
	expires_at: string;
	used_at: string | null;
	used_by: string | null;
}

export interface LoginThrottlesTable {
	key: string;
	failures: number;
	window_started_at: number;
	blocked_until: number;
}

export interface AuditLogTable {
	id: Generated<number>;
	at: string;
	actor_id: string | null;
	action: string;
	entity_type: string;
	entity_id: string;
	organisation_id: string | null;
	details: ColumnType<string, string, never>;
}

export interface QuestionnaireVersionsTable {
	id: string;
	questionnaire_key: string;
	version: number;
	audience: string;
	definition: string;
	content_hash: string;
	published_at: string;
}

export interface PlanningRoundsTable {
	id: string;
	operator_id: string;
	title: string;
	period_start: number;
	period_end: number;
	status: string;
	created_by: string | null;
	created_at: string;
	updated_at: string;
}

export interface RoundSchoolsTable {
	round_id: string;
	school_id: string;
}

export interface RoundQuestionnairesTable {
	round_id: string;
	audience: string;
	version_id: string;
}

export interface ResponsesTable {
	id: string;
	round_id: string;
	organisation_id: string;
	audience: string;
	version_id: string;
	status: string;
	section_completion: ColumnType<string, string | undefined, string>;
	submitted_at: string | null;
	submitted_by: string | null;
}

export interface AnswersTable {
	response_id: string;
	question_key: string;
	value: string;
	version: number;
	updated_by: string | null;
	updated_at: string;
}

export interface SurveyWavesTable {
	id: string;
	round_id: string;
	school_id: string;
	version_id: string;
	code: string;
	status: string;
	free_text_visible: ColumnType<number, number | undefined, number>;
	opened_on: string;
	closed_on: string | null;
}

/** No user, IP address, user agent or time of day: only the day of submission. */
export interface TeacherResponsesTable {
	id: string;
	wave_id: string;
	submitted_on: string;
}

export interface TeacherAnswersTable {
	teacher_response_id: string;
	question_key: string;
	value: string;
}

/** The latest released snapshot of a wave's results (issue 10, point 5). */
export interface SurveySnapshotsTable {
	wave_id: string;
	taken_on: string;
	response_count: number;
}

/** The responses a wave's snapshot includes. */
export interface SurveySnapshotResponsesTable {
	teacher_response_id: string;
	wave_id: string;
}

export interface SurveyCodeThrottlesTable {
	key: string;
	failures: number;
	window_started_at: number;
	blocked_until: number;
}

export interface SurveyThrottleSaltsTable {
	day: string;
	salt: string;
}

export interface MeasuresTable {
	id: string;
	round_id: string;
	rule_key: string | null;
	title: string;
	description: string;
	action_field: string;
	owner: string;
	priority: string;
	start_quarter: string | null;
	end_quarter: string | null;
	status: string;
	rejection_reason: string | null;
	reason: string;
	created_by: string | null;
	created_at: string;
	updated_at: string;
	version: number;
}

export interface MeasureSchoolsTable {
	measure_id: string;
	school_id: string;
}

export interface CostItemsTable {
	id: string;
	round_id: string;
	measure_id: string | null;
	school_id: string | null;
	category: string;
	label: string;
	quantity: number;
	unit_price_cents: number;
	kind: string;
	useful_life_years: number | null;
	first_year: number;
	last_year: number | null;
	funding_source: string;
	funding_rate_percent: number;
	funded_until_year: number | null;
	catalogue_item_id: string | null;
	source_note: string | null;
	created_by: string | null;
	created_at: string;
	updated_at: string;
	version: number;
}

export interface ConceptsTable {
	id: string;
	round_id: string;
	status: string;
	current_version_number: number;
	created_at: string;
	updated_at: string;
}

export interface ConceptTextsTable {
	concept_id: string;
	chapter_key: string;
	text: string;
	version: number;
	updated_by: string | null;
	updated_at: string;
}

export interface ConceptVersionsTable {
	id: string;
	concept_id: string;
	number: number;
	model: string;
	content_hash: string;
	submitted_by: string | null;
	submitted_at: string;
	decision: string | null;
	decided_by: string | null;
	decided_at: string | null;
	decision_note: string | null;
}

export interface ReviewCommentsTable {
	id: string;
	version_id: string;
	chapter_key: string;
	parent_id: string | null;
	author_id: string | null;
	body: string;
	status: string;
	created_at: string;
	resolved_by: string | null;
	resolved_at: string | null;
}

export interface PilotProjectsTable {
	id: string;
	title: string;
	goal: string;
	hypothesis: string | null;
	description: string | null;
	start_on: string;
	end_on: string;
	owner_user_id: string | null;
	owner_name: string | null;
	budget_planned_cents: number | null;
	budget_spent_cents: number | null;
	funding_source: string | null;
	status: string;
	light: string;
	light_reason: string | null;
	light_assessed_on: string | null;
	decision: string | null;
	decision_reasoning: string | null;
	decided_on: string | null;
	created_by: string | null;
	created_at: string;
	updated_at: string;
}

export interface PilotSchoolsTable {
	pilot_id: string;
	school_id: string;
	created_at: string;
}

export interface PilotMilestonesTable {
	id: string;
	pilot_id: string;
	title: string;
	due_on: string;
	owner: string | null;
	done_on: string | null;
	created_at: string;
	updated_at: string;
}

export interface PilotKpisTable {
	id: string;
	pilot_id: string;
	name: string;
	unit: string;
	baseline: number;
	target: number;
	direction: string;
	created_at: string;
}

export interface PilotKpiMeasurementsTable {
	id: string;
	kpi_id: string;
	measured_on: string;
	value: number;
	note: string | null;
	created_by: string | null;
	created_at: string;
}

export interface PilotRisksTable {
	id: string;
	pilot_id: string;
	title: string;
	likelihood: number;
	impact: number;
	mitigation: string | null;
	status: string;
	created_at: string;
	updated_at: string;
}

export interface PilotLessonsTable {
	id: string;
	pilot_id: string;
	text: string;
	created_by: string | null;
	created_at: string;
}

/** measure_id has no foreign key yet (see db/migrations/2026_11_24_0600_pilot_projects.ts). */
export interface PilotMeasureLinksTable {
	pilot_id: string;
	measure_id: string;
	created_by: string | null;
	created_at: string;
}

export interface PdfCacheTable {
	key: string;
	bytes: Uint8Array;
	created_at: string;
}

export interface Database {
	organisations: OrganisationsTable;
	users: UsersTable;
	memberships: MembershipsTable;
	consultant_assignments: ConsultantAssignmentsTable;
	sessions: SessionsTable;
	invitations: InvitationsTable;
	login_throttles: LoginThrottlesTable;
	audit_log: AuditLogTable;
	questionnaire_versions: QuestionnaireVersionsTable;
	planning_rounds: PlanningRoundsTable;
	round_schools: RoundSchoolsTable;
	round_questionnaires: RoundQuestionnairesTable;
	responses: ResponsesTable;
	answers: AnswersTable;
	survey_waves: SurveyWavesTable;
	teacher_responses: TeacherResponsesTable;
	teacher_answers: TeacherAnswersTable;
	survey_snapshots: SurveySnapshotsTable;
	survey_snapshot_responses: SurveySnapshotResponsesTable;
	survey_code_throttles: SurveyCodeThrottlesTable;
	survey_throttle_salts: SurveyThrottleSaltsTable;
	measures: MeasuresTable;
	measure_schools: MeasureSchoolsTable;
	cost_items: CostItemsTable;
	pdf_cache: PdfCacheTable;
	concepts: ConceptsTable;
	concept_texts: ConceptTextsTable;
	concept_versions: ConceptVersionsTable;
	review_comments: ReviewCommentsTable;
	pilot_projects: PilotProjectsTable;
	pilot_schools: PilotSchoolsTable;
	pilot_milestones: PilotMilestonesTable;
	pilot_kpis: PilotKpisTable;
	pilot_kpi_measurements: PilotKpiMeasurementsTable;
	pilot_risks: PilotRisksTable;
	pilot_lessons: PilotLessonsTable;
	pilot_measure_links: PilotMeasureLinksTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type UserRow = Selectable<UsersTable>;
