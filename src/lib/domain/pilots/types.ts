// Pilot projects (Pilotprojekte): types and German labels. Pure and client-safe.
// Calendar dates (start, end, due, measured on) are ISO strings 'YYYY-MM-DD', not Date objects: they
// are days, not instants, and a Date would shift them across time zones. Timestamps are Dates.

export const PILOT_STATUSES = ['geplant', 'laufend', 'abgeschlossen', 'abgebrochen'] as const;
export type PilotStatus = (typeof PILOT_STATUSES)[number];

export const PILOT_LIGHTS = ['im_plan', 'gefaehrdet', 'kritisch'] as const;
export type PilotLight = (typeof PILOT_LIGHTS)[number];

export const PILOT_DECISIONS = ['ausrollen', 'anpassen', 'beenden'] as const;
export type PilotDecision = (typeof PILOT_DECISIONS)[number];

export const KPI_DIRECTIONS = ['up', 'down'] as const;
export type KpiDirection = (typeof KPI_DIRECTIONS)[number];

export const RISK_STATUSES = ['offen', 'eingetreten', 'geschlossen'] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

/** Likelihood and impact of a risk: 1 gering, 2 mittel, 3 hoch. */
export const RISK_LEVELS = [1, 2, 3] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** A calendar day as 'YYYY-MM-DD'. */
export type IsoDate = string;

export const PILOT_STATUS_LABELS: Record<PilotStatus, string> = {
	geplant: 'Geplant',
	laufend: 'Laufend',
	abgeschlossen: 'Abgeschlossen',
	abgebrochen: 'Abgebrochen'
};

export const PILOT_LIGHT_LABELS: Record<PilotLight, string> = {
	im_plan: 'Im Plan',
	gefaehrdet: 'Gefährdet',
	kritisch: 'Kritisch'
};

export const PILOT_DECISION_LABELS: Record<PilotDecision, string> = {
	ausrollen: 'Ausrollen',
	anpassen: 'Anpassen',
	beenden: 'Beenden'
};

export const KPI_DIRECTION_LABELS: Record<KpiDirection, string> = {
	up: 'Steigend (ein höherer Wert ist besser)',
	down: 'Fallend (ein niedrigerer Wert ist besser)'
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = { 1: 'gering', 2: 'mittel', 3: 'hoch' };

export const RISK_STATUS_LABELS: Record<RiskStatus, string> = {
	offen: 'Offen',
	eingetreten: 'Eingetreten',
	geschlossen: 'Geschlossen'
};

/** The person responsible: a KISA account (userId) or a name typed in by hand. */
export interface PilotOwner {
	userId: string | null;
	name: string;
}

export interface PilotSchool {
	id: string;
	name: string;
	operatorId: string;
	operatorName: string;
}

export interface Milestone {
	id: string;
	pilotId: string;
	title: string;
	dueOn: IsoDate;
	owner: string | null;
	doneOn: IsoDate | null;
}

export interface KpiMeasurement {
	id: string;
	kpiId: string;
	measuredOn: IsoDate;
	value: number;
	note: string | null;
}

export interface Kpi {
	id: string;
	pilotId: string;
	name: string;
	unit: string;
	baseline: number;
	target: number;
	direction: KpiDirection;
	measurements: KpiMeasurement[];
}

export interface Risk {
	id: string;
	pilotId: string;
	title: string;
	likelihood: RiskLevel;
	impact: RiskLevel;
	mitigation: string | null;
	status: RiskStatus;
}

export interface Lesson {
	id: string;
	pilotId: string;
	text: string;
	createdAt: Date;
}

export interface Decision {
	decision: PilotDecision;
	reasoning: string;
	decidedOn: IsoDate | null;
}

export interface PilotProject {
	id: string;
	title: string;
	goal: string;
	hypothesis: string | null;
	description: string | null;
	startOn: IsoDate;
	endOn: IsoDate;
	owner: PilotOwner | null;
	budgetPlannedCents: number | null;
	budgetSpentCents: number | null;
	fundingSource: string | null;
	status: PilotStatus;
	light: PilotLight;
	lightReason: string | null;
	lightAssessedOn: IsoDate | null;
	decision: Decision | null;
	createdBy: string | null;
	createdAt: Date;
	updatedAt: Date;
}

/** A pilot with everything that hangs off it, as the detail page and the report need it. */
export interface PilotDetails extends PilotProject {
	schools: PilotSchool[];
	milestones: Milestone[];
	kpis: Kpi[];
	risks: Risk[];
	lessons: Lesson[];
	/** Ids of the concept measures (issue 5) this pilot tests. */
	measureIds: string[];
}

/** A pilot in lists and on the timeline. */
export interface PilotSummary extends PilotProject {
	schools: PilotSchool[];
	milestones: Milestone[];
}

export function isPilotStatus(v: unknown): v is PilotStatus {
	return typeof v === 'string' && (PILOT_STATUSES as readonly string[]).includes(v);
}
export function isPilotLight(v: unknown): v is PilotLight {
	return typeof v === 'string' && (PILOT_LIGHTS as readonly string[]).includes(v);
}
export function isPilotDecision(v: unknown): v is PilotDecision {
	return typeof v === 'string' && (PILOT_DECISIONS as readonly string[]).includes(v);
}
export function isKpiDirection(v: unknown): v is KpiDirection {
	return v === 'up' || v === 'down';
}
export function isRiskStatus(v: unknown): v is RiskStatus {
	return typeof v === 'string' && (RISK_STATUSES as readonly string[]).includes(v);
}
export function isRiskLevel(v: unknown): v is RiskLevel {
	return v === 1 || v === 2 || v === 3;
}

/** The master data of a pilot as forms edit it (money in cents). */
export interface PilotData {
	title: string;
	goal: string;
	hypothesis: string | null;
	description: string | null;
	startOn: IsoDate;
	endOn: IsoDate;
	ownerUserId: string | null;
	ownerName: string | null;
	budgetPlannedCents: number | null;
	budgetSpentCents: number | null;
	fundingSource: string | null;
	status: PilotStatus;
}

export interface LightAssessment {
	light: PilotLight;
	reason: string | null;
	assessedOn: IsoDate;
}

export interface MilestoneData {
	title: string;
	dueOn: IsoDate;
	owner: string | null;
}

export interface KpiData {
	name: string;
	unit: string;
	baseline: number;
	target: number;
	direction: KpiDirection;
}

export interface MeasurementData {
	measuredOn: IsoDate;
	value: number;
	note: string | null;
}

export interface RiskData {
	title: string;
	likelihood: RiskLevel;
	impact: RiskLevel;
	mitigation: string | null;
	status: RiskStatus;
}

export function pilotDataOf(pilot: PilotProject): PilotData {
	return {
		title: pilot.title,
		goal: pilot.goal,
		hypothesis: pilot.hypothesis,
		description: pilot.description,
		startOn: pilot.startOn,
		endOn: pilot.endOn,
		ownerUserId: pilot.owner?.userId ?? null,
		ownerName: pilot.owner?.userId ? null : (pilot.owner?.name ?? null),
		budgetPlannedCents: pilot.budgetPlannedCents,
		budgetSpentCents: pilot.budgetSpentCents,
		fundingSource: pilot.fundingSource,
		status: pilot.status
	};
}
