// The review workflow of a concept (issue 5): statuses, when narrative text may be edited, what a
// submission does (natural key: the content hash of the assembled model) and which decisions are
// allowed. Pure; the services apply these rules inside their transactions.

export const CONCEPT_STATUSES = [
	'entwurf',
	'eingereicht',
	'in_pruefung',
	'aenderungen_erbeten',
	'freigegeben'
] as const;
export type ConceptStatus = (typeof CONCEPT_STATUSES)[number];

export const CONCEPT_STATUS_LABELS: Record<ConceptStatus, string> = {
	entwurf: 'Entwurf',
	eingereicht: 'Zur Prüfung eingereicht',
	in_pruefung: 'In Prüfung',
	aenderungen_erbeten: 'Änderungen erbeten',
	freigegeben: 'Freigegeben'
};

export const DECISIONS = ['aenderungen_erbeten', 'freigegeben'] as const;
export type Decision = (typeof DECISIONS)[number];

export const DECISION_LABELS: Record<Decision, string> = {
	aenderungen_erbeten: 'Änderungen erbeten',
	freigegeben: 'Freigegeben'
};

export function isConceptStatus(value: unknown): value is ConceptStatus {
	return typeof value === 'string' && (CONCEPT_STATUSES as readonly string[]).includes(value);
}

export function isDecision(value: unknown): value is Decision {
	return typeof value === 'string' && (DECISIONS as readonly string[]).includes(value);
}

/** A submitted version waits for the consultant's decision. */
export function isUnderReview(status: ConceptStatus): boolean {
	return status === 'eingereicht' || status === 'in_pruefung';
}

/**
 * Narrative text is locked while a version is under review, so the consultant reviews what the
 * operator will get back; it opens again with the decision.
 */
export function isNarrativeEditable(status: ConceptStatus): boolean {
	return !isUnderReview(status);
}

/** Editing an approved concept starts a new draft (the approved version stays as it is). */
export function statusAfterEdit(status: ConceptStatus): ConceptStatus {
	return status === 'freigegeben' ? 'entwurf' : status;
}

export interface LatestVersion {
	number: number;
	contentHash: string;
	decision: Decision | null;
}

export type SubmitPlan =
	| { kind: 'create'; number: number }
	/** the same content is already submitted and waiting: a retry, nothing to do */
	| { kind: 'existing'; number: number }
	| { kind: 'refuse'; reason: 'under_review' | 'unchanged'; message: string };

/**
 * What submitting does. The natural key of a version is its content hash: submitting unchanged
 * content again never creates a second version (a retried request gets the waiting version back).
 */
export function planSubmission(
	status: ConceptStatus,
	latest: LatestVersion | null,
	contentHash: string
): SubmitPlan {
	const unchanged = latest !== null && latest.contentHash === contentHash;
	if (isUnderReview(status)) {
		if (unchanged) return { kind: 'existing', number: latest.number };
		return {
			kind: 'refuse',
			reason: 'under_review',
			message: `${latest ? `Fassung ${latest.number}` : 'Das Konzept'} liegt bereits zur Prüfung vor. Sie können erst nach der Entscheidung erneut einreichen.`
		};
	}
	if (unchanged) {
		return {
			kind: 'refuse',
			reason: 'unchanged',
			message: `Das Konzept ist seit Fassung ${latest.number} unverändert. Bitte überarbeiten Sie es vor dem erneuten Einreichen.`
		};
	}
	return { kind: 'create', number: (latest?.number ?? 0) + 1 };
}

export type DecisionPlan =
	| { kind: 'apply' }
	/** the same decision is already recorded: a retry */
	| { kind: 'existing' }
	| { kind: 'refuse'; message: string };

/**
 * Whether the consultant may record `decision` on version `number`. Only the latest version can be
 * decided, once; the page sends the version it showed, so a stale page cannot decide a newer one.
 */
export function planDecision(
	status: ConceptStatus,
	latest: LatestVersion | null,
	number: number,
	decision: Decision
): DecisionPlan {
	if (!latest || latest.number !== number) {
		return {
			kind: 'refuse',
			message: 'Über diese Fassung kann nicht mehr entschieden werden: Es gibt eine neuere Fassung.'
		};
	}
	if (latest.decision === decision) return { kind: 'existing' };
	if (latest.decision !== null || !isUnderReview(status)) {
		return {
			kind: 'refuse',
			message: `Über Fassung ${number} wurde bereits entschieden.`
		};
	}
	return { kind: 'apply' };
}
