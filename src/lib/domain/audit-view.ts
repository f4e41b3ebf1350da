// Pure helpers of the audit log view (issue 13): German labels, the "old → new" lines of an entry's
// details, filter parsing and the CSV export. Client-safe.

export const ENTITY_LABELS: Record<string, string> = {
	response: 'Antwort',
	measure: 'Maßnahme',
	cost_item: 'Kostenposition',
	concept: 'Konzept',
	review: 'Prüfung',
	pilot: 'Pilotprojekt',
	pilot_project: 'Pilotprojekt',
	planning_round: 'Planungsrunde',
	survey_wave: 'Befragung',
	organisation: 'Organisation',
	invitation: 'Einladung',
	user: 'Person'
};

const VERB_LABELS: Record<string, string> = {
	created: 'angelegt',
	updated: 'geändert',
	deleted: 'gelöscht',
	answered: 'beantwortet',
	saved: 'gespeichert',
	submitted: 'eingereicht',
	approved: 'freigegeben',
	changes_requested: 'Änderungen erbeten',
	completed: 'abgeschlossen',
	reopened: 'wieder geöffnet',
	accepted: 'angenommen',
	rejected: 'abgelehnt',
	revoked: 'zurückgezogen',
	replaced: 'ersetzt',
	deactivated: 'deaktiviert',
	reactivated: 'reaktiviert',
	role_changed: 'Rolle geändert',
	mfa_reset: 'zweiter Faktor zurückgesetzt'
};

export function entityLabel(type: string): string {
	return ENTITY_LABELS[type] ?? type;
}

/** "measure.updated" → "Maßnahme geändert"; unknown actions stay as they are. */
export function actionLabel(action: string, entityType: string): string {
	const verb = action.slice(action.indexOf('.') + 1);
	const label = VERB_LABELS[verb];
	return label ? `${entityLabel(entityType)} ${label}` : action;
}

function show(value: unknown): string {
	if (value === null || value === undefined || value === '') return '–';
	if (typeof value === 'string') return value;
	if (typeof value === 'number' || typeof value === 'boolean') {
		return typeof value === 'boolean' ? (value ? 'ja' : 'nein') : String(value);
	}
	return JSON.stringify(value);
}

/**
 * The changes of an entry as "field: old → new" lines: from { before, after } objects, and from
 * fields that are themselves { before, after }. Other details as "field: value".
 */
export function changeLines(details: unknown): string[] {
	if (!details || typeof details !== 'object') return [];
	const d = details as Record<string, unknown>;
	const lines: string[] = [];
	const before =
		d.before && typeof d.before === 'object' ? (d.before as Record<string, unknown>) : null;
	const after =
		d.after && typeof d.after === 'object' ? (d.after as Record<string, unknown>) : null;
	if (before || after) {
		const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
		for (const key of keys) lines.push(`${key}: ${show(before?.[key])} → ${show(after?.[key])}`);
	}
	for (const [key, value] of Object.entries(d)) {
		if (key === 'before' || key === 'after') continue;
		if (value && typeof value === 'object' && ('before' in value || 'after' in value)) {
			const v = value as { before?: unknown; after?: unknown };
			lines.push(`${key}: ${show(v.before)} → ${show(v.after)}`);
		} else {
			lines.push(`${key}: ${show(value)}`);
		}
	}
	return lines;
}

export interface AuditFilter {
	actorId: string | null;
	/** inclusive, YYYY-MM-DD (Europe/Berlin days are close enough to UTC days for a filter) */
	from: string | null;
	to: string | null;
	entityType: string | null;
	entityId: string | null;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[0-9a-f-]{36}$/;

/** Reads the filter from query parameters; anything malformed is ignored rather than failing. */
export function parseAuditFilter(params: URLSearchParams): AuditFilter {
	const pick = (name: string, re: RegExp) => {
		const v = params.get(name);
		return v && re.test(v) ? v : null;
	};
	const type = params.get('objekt');
	return {
		actorId: pick('person', ID),
		from: pick('von', DATE),
		to: pick('bis', DATE),
		entityType: type && type in ENTITY_LABELS ? type : null,
		entityId: pick('objektId', ID)
	};
}

function csvCell(value: string): string {
	// Formula injection: cells starting with = + - @ are prefixed with an apostrophe.
	const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
	return /[";\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export interface AuditRowView {
	at: string;
	actorName: string;
	action: string;
	entityType: string;
	entityId: string;
	changes: string[];
}

/** Semicolon-separated (German Excel), with a BOM so umlauts survive. */
/** What an audit entry needs to be shown (the server's AuditViewEntry fits). */
export interface AuditEntryInput {
	id: number;
	at: string;
	actorId: string | null;
	actorName: string | null;
	action: string;
	entityType: string;
	entityId: string;
	details: unknown;
}

/** Display rows: time in Europe/Berlin, German action and object labels, old → new lines. */
export function auditRows(entries: readonly AuditEntryInput[]): (AuditRowView & { id: number })[] {
	return entries.map((e) => ({
		id: e.id,
		at: new Date(e.at).toLocaleString('de-DE', {
			dateStyle: 'medium',
			timeStyle: 'medium',
			timeZone: 'Europe/Berlin'
		}),
		actorName: e.actorName ?? (e.actorId ? 'Unbekannt' : 'System'),
		action: actionLabel(e.action, e.entityType),
		entityType: entityLabel(e.entityType),
		entityId: e.entityId,
		changes: changeLines(e.details)
	}));
}

export function auditCsv(rows: AuditRowView[]): string {
	const header = ['Zeitpunkt', 'Person', 'Aktion', 'Objekt', 'Objekt-ID', 'Änderungen'];
	const lines = [
		header,
		...rows.map((r) => [
			r.at,
			r.actorName,
			r.action,
			r.entityType,
			r.entityId,
			r.changes.join(' | ')
		])
	];
	return '\uFEFF' + lines.map((l) => l.map(csvCell).join(';')).join('\r\n') + '\r\n';
}
