// Planning rounds (Planungsrunden): the wizard statuses, their labels and what each role does next.
// Pure and client-safe.
import type { MissingItem } from './questionnaire/progress';

export const ROUND_STATUSES = [
	'einrichtung',
	'bedarfserhebung',
	'auswertung',
	'massnahmen',
	'kosten',
	'konzept',
	'pruefung',
	'abgeschlossen'
] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const ROUND_STATUS_LABELS: Record<RoundStatus, string> = {
	einrichtung: 'Einrichtung',
	bedarfserhebung: 'Bedarfserhebung',
	auswertung: 'Auswertung',
	massnahmen: 'Maßnahmen',
	kosten: 'Kosten',
	konzept: 'Konzept',
	pruefung: 'Prüfung',
	abgeschlossen: 'Abgeschlossen'
};

export function isRoundStatus(value: unknown): value is RoundStatus {
	return typeof value === 'string' && (ROUND_STATUSES as readonly string[]).includes(value);
}

export function roundStatusIndex(status: RoundStatus): number {
	return ROUND_STATUSES.indexOf(status);
}

export function nextRoundStatus(status: RoundStatus): RoundStatus | null {
	return ROUND_STATUSES[roundStatusIndex(status) + 1] ?? null;
}

/**
 * Answers can be written from setup until the evaluation (corrections found while evaluating);
 * from "Maßnahmen" on, the answers are the frozen basis of the plan.
 */
export function acceptsAnswers(status: RoundStatus): boolean {
	return roundStatusIndex(status) <= roundStatusIndex('auswertung');
}

/** Questionnaire audiences that have one response per school or per Schulträger in a round. */
export const RESPONSE_AUDIENCES = ['school_lead', 'it_staff', 'operator'] as const;
export type ResponseAudience = (typeof RESPONSE_AUDIENCES)[number];

export const RESPONSE_AUDIENCE_LABELS: Record<ResponseAudience, string> = {
	school_lead: 'Schulleitung',
	it_staff: 'IT-Betreuung',
	operator: 'Schulträger'
};

export function isResponseAudience(value: unknown): value is ResponseAudience {
	return typeof value === 'string' && (RESPONSE_AUDIENCES as readonly string[]).includes(value);
}

export const RESPONSE_STATUSES = ['offen', 'abgeschlossen'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

export const RESPONSE_STATUS_LABELS: Record<ResponseStatus, string> = {
	offen: 'In Bearbeitung',
	abgeschlossen: 'Abgeschlossen'
};

export type RoundActor = 'consultant' | 'operator' | 'school_lead' | 'it_staff';

export const ROUND_ACTOR_LABELS: Record<RoundActor, string> = {
	consultant: 'Beratung (KISA)',
	operator: 'Schulträger',
	school_lead: 'Schulleitungen',
	it_staff: 'IT-Betreuung'
};

/** What each role has to do next in a given status (shown under the stepper). */
export const NEXT_STEPS: Record<RoundStatus, Partial<Record<RoundActor, string>>> = {
	einrichtung: {
		consultant:
			'Prüfen Sie Titel, Zeitraum und teilnehmende Schulen und starten Sie dann die Bedarfserhebung.',
		operator: 'Stellen Sie sicher, dass Schulleitungen und IT-Betreuung Zugänge haben.',
		school_lead: 'Sie können sich die Fragebögen schon ansehen; die Erhebung beginnt in Kürze.',
		it_staff: 'Sie können sich die Fragebögen schon ansehen; die Erhebung beginnt in Kürze.'
	},
	bedarfserhebung: {
		consultant:
			'Verfolgen Sie den Fortschritt, helfen Sie beim Ausfüllen und erinnern Sie an Lücken.',
		operator:
			'Füllen Sie den Schulträger-Fragebogen aus und behalten Sie den Fortschritt Ihrer Schulen im Blick.',
		school_lead: 'Füllen Sie den Fragebogen der Schulleitung aus und schließen Sie ihn ab.',
		it_staff: 'Füllen Sie den IT-Fragebogen für jede betreute Schule aus und schließen Sie ihn ab.'
	},
	auswertung: {
		consultant:
			'Werten Sie die Angaben gegen die Orientierungswerte aus und besprechen Sie die Befunde.',
		operator: 'Sehen Sie sich die Auswertung an und klären Sie offene Fragen mit der Beratung.'
	},
	massnahmen: {
		consultant:
			'Leiten Sie aus den Befunden Maßnahmen ab und stimmen Sie diese mit dem Schulträger ab.',
		operator: 'Prüfen und priorisieren Sie die vorgeschlagenen Maßnahmen.',
		school_lead: 'Nehmen Sie zu den Maßnahmen Ihrer Schule Stellung, wenn Sie darum gebeten werden.'
	},
	kosten: {
		consultant: 'Erstellen Sie den Kostenplan über den Planungszeitraum mit Förderquellen.',
		operator: 'Gleichen Sie den Kostenplan mit Ihrer Haushaltsplanung ab.'
	},
	konzept: {
		consultant: 'Stellen Sie das Medienentwicklungskonzept zusammen.',
		operator: 'Lesen Sie den Konzeptentwurf und geben Sie Rückmeldung.'
	},
	pruefung: {
		consultant: 'Arbeiten Sie die Rückmeldungen ein und geben Sie das Konzept frei.',
		operator: 'Prüfen Sie das Konzept abschließend.'
	},
	abgeschlossen: {
		consultant: 'Die Planungsrunde ist abgeschlossen.',
		operator: 'Die Planungsrunde ist abgeschlossen. Das Konzept steht zum Herunterladen bereit.'
	}
};

export interface Round {
	id: string;
	operatorId: string;
	operatorName: string;
	title: string;
	periodStart: number;
	periodEnd: number;
	status: RoundStatus;
	createdAt: Date;
	updatedAt: Date;
}

/** One row of the progress overview: a response (school × role, or the operator's own). */
export interface ProgressRow {
	responseId: string;
	organisationId: string;
	organisationName: string;
	/** Schulnummer; null for the operator row */
	schoolNumber: string | null;
	audience: ResponseAudience;
	status: ResponseStatus;
	/** 0–100, whole numbers */
	percent: number;
	answeredRequired: number;
	totalRequired: number;
	/** Required questions still unanswered (visible ones only) */
	missingRequired: MissingItem[];
	completedSections: string[];
	sectionCount: number;
	lastActivity: Date | null;
	/** May the viewer open it for editing (false: read only)? */
	canWrite: boolean;
}
