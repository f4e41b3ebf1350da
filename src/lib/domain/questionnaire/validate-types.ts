// Validators for the non-number question types (and grid cells via number rules). Pure.

import { controlCharacterProblem } from '../text';
import { validateNumber, type NumberRules } from './validate-number';
import {
	DIGCOMPEDU_LEVELS,
	NO_ANSWER,
	OTHER_OPTION,
	type AnswerValue,
	type DateQuestion,
	type GridAnswer,
	type GridQuestion,
	type MultiQuestion,
	type SingleQuestion,
	type TextQuestion,
	type ValidationResult
} from './types';

const ok = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

export const TEXT_MAX_LENGTH = 300;
export const LONGTEXT_MAX_LENGTH = 4000;
export const OTHER_MAX_LENGTH = 200;

export function validateBoolean(raw: unknown): ValidationResult<boolean | null> {
	if (raw === null || raw === undefined || raw === '') return ok(null);
	if (typeof raw === 'boolean') return ok(raw);
	if (typeof raw === 'string') {
		const s = raw.trim().toLowerCase();
		if (['true', 'ja', '1', 'yes'].includes(s)) return ok(true);
		if (['false', 'nein', '0', 'no'].includes(s)) return ok(false);
	}
	return fail('Bitte wählen Sie „Ja“ oder „Nein“.');
}

export function validateLikert(allowNoAnswer: boolean, raw: unknown): ValidationResult {
	const message = allowNoAnswer
		? 'Bitte wählen Sie einen Wert von 1 bis 5 oder „keine Angabe“.'
		: 'Bitte wählen Sie einen Wert von 1 bis 5.';
	if (raw === null || raw === undefined || raw === '') return ok(null);
	if (raw === NO_ANSWER) return allowNoAnswer ? ok(NO_ANSWER) : fail(message);
	const n = typeof raw === 'string' ? Number(raw.trim()) : raw;
	if (typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= 5) return ok(n as AnswerValue);
	return fail(message);
}

export function validateDigCompEdu(allowNoAnswer: boolean, raw: unknown): ValidationResult {
	if (raw === null || raw === undefined || raw === '') return ok(null);
	if (raw === NO_ANSWER && allowNoAnswer) return ok(NO_ANSWER);
	const level = typeof raw === 'string' ? raw.trim().toUpperCase() : raw;
	if (typeof level === 'string' && (DIGCOMPEDU_LEVELS as readonly string[]).includes(level))
		return ok(level);
	return fail(
		allowNoAnswer
			? 'Bitte wählen Sie eine Stufe von A1 bis C2 oder „keine Angabe“.'
			: 'Bitte wählen Sie eine Stufe von A1 bis C2.'
	);
}

function isEmpty(raw: unknown): boolean {
	return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

export function validateChoice(q: SingleQuestion | MultiQuestion, raw: unknown): ValidationResult {
	const allowed = new Set(q.options.map((o) => o.value));
	if (q.type === 'single') {
		if (isEmpty(raw)) return ok(null);
		if (typeof raw === 'string' && allowed.has(raw)) return ok(raw);
		return fail('Bitte wählen Sie eine der angebotenen Antworten.');
	}
	if (q.allowOther) allowed.add(OTHER_OPTION);
	let selected: unknown[];
	let other: unknown;
	if (isEmpty(raw)) return ok(null);
	if (typeof raw === 'string') selected = [raw];
	else if (Array.isArray(raw)) selected = raw;
	else if (
		typeof raw === 'object' &&
		raw !== null &&
		Array.isArray((raw as { selected?: unknown }).selected)
	) {
		selected = (raw as { selected: unknown[] }).selected;
		other = (raw as { other?: unknown }).other;
	} else return fail('Bitte wählen Sie nur angebotene Antworten aus.');
	if (other !== undefined && other !== null && typeof other !== 'string') {
		return fail('Bitte beschreiben Sie „Sonstiges“ mit einem kurzen Text.');
	}
	const otherText = typeof other === 'string' ? other.replace(/\s+/g, ' ').trim() : '';
	if (!selected.every((s) => typeof s === 'string' && allowed.has(s))) {
		return fail('Bitte wählen Sie nur angebotene Antworten aus.');
	}
	const chosen = new Set(selected as string[]);
	// typed a "Sonstiges" text but forgot the checkbox: count it as chosen
	if (q.allowOther && otherText !== '') chosen.add(OTHER_OPTION);
	if (chosen.size === 0) return ok(null);
	if (q.maxSelections !== undefined && chosen.size > q.maxSelections) {
		return fail(
			`Bitte wählen Sie höchstens ${q.maxSelections} Antworten aus (derzeit ${chosen.size}).`
		);
	}
	const ordered = [...q.options.map((o) => o.value), OTHER_OPTION].filter((v) => chosen.has(v));
	if (chosen.has(OTHER_OPTION)) {
		if (otherText === '') return fail('Bitte beschreiben Sie „Sonstiges“ in wenigen Worten.');
		const control = controlCharacterProblem(otherText);
		if (control) return fail(control);
		if (otherText.length > OTHER_MAX_LENGTH) {
			return fail(
				`Bitte kürzen Sie „Sonstiges“ auf höchstens ${OTHER_MAX_LENGTH} Zeichen (derzeit ${otherText.length}).`
			);
		}
		return ok({ selected: ordered, other: otherText });
	}
	return ok({ selected: ordered });
}

export function validateText(q: TextQuestion, raw: unknown): ValidationResult<string | null> {
	if (isEmpty(raw)) return ok(null);
	if (typeof raw !== 'string') return fail('Bitte geben Sie einen Text ein.');
	let text = raw.replace(/\r\n?/g, '\n').trim();
	if (q.type === 'text') text = text.replace(/\s+/g, ' ');
	const control = controlCharacterProblem(text);
	if (control) return fail(control);
	const max = q.maxLength ?? (q.type === 'text' ? TEXT_MAX_LENGTH : LONGTEXT_MAX_LENGTH);
	if (text.length > max) {
		return fail(
			`Bitte kürzen Sie Ihre Eingabe auf höchstens ${max} Zeichen (derzeit ${text.length}).`
		);
	}
	return ok(text);
}

/** 'YYYY-MM-DD' or German 'TT.MM.JJJJ' → ISO date, or null if not a real calendar date. */
export function parseDate(input: string): string | null {
	const s = input.trim();
	let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
	let [y, mo, d] = m ? [m[1], m[2], m[3]] : ['', '', ''];
	if (!m) {
		m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
		if (!m) return null;
		[d, mo, y] = [m[1].padStart(2, '0'), m[2].padStart(2, '0'), m[3]];
	}
	const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
	const iso = `${y}-${mo}-${d}`;
	return date.toISOString().slice(0, 10) === iso ? iso : null;
}

/** ISO date → 'TT.MM.JJJJ'. */
export function formatDate(iso: string): string {
	const [y, m, d] = iso.split('-');
	return `${d}.${m}.${y}`;
}

export function validateDate(q: DateQuestion, raw: unknown): ValidationResult<string | null> {
	if (isEmpty(raw)) return ok(null);
	const iso = typeof raw === 'string' ? parseDate(raw) : null;
	const range =
		q.minDate && q.maxDate
			? ` zwischen dem ${formatDate(q.minDate)} und dem ${formatDate(q.maxDate)}`
			: q.minDate
				? ` ab dem ${formatDate(q.minDate)}`
				: q.maxDate
					? ` bis zum ${formatDate(q.maxDate)}`
					: '';
	const message = `Bitte geben Sie ein gültiges Datum${range} ein (TT.MM.JJJJ).`;
	if (iso === null) return fail(message);
	if ((q.minDate && iso < q.minDate) || (q.maxDate && iso > q.maxDate)) return fail(message);
	return ok(iso);
}

export function gridRules(q: GridQuestion): NumberRules {
	const integer = q.integer !== false;
	return {
		min: q.min ?? 0,
		max: q.max,
		integer,
		unit: q.unit,
		noun: integer ? 'eine ganze Zahl' : 'eine Zahl'
	};
}

/** Normalises to the full row × column shape with null for empty cells; all empty → null. */
export function validateGrid(q: GridQuestion, raw: unknown): ValidationResult<GridAnswer | null> {
	if (isEmpty(raw)) return ok(null);
	if (typeof raw !== 'object' || Array.isArray(raw))
		return fail('Bitte geben Sie die Tabelle vollständig als Zahlen ein.');
	const input = raw as Record<string, unknown>;
	const rowKeys = new Set(q.rows.map((r) => r.key));
	const colKeys = new Set(q.columns.map((c) => c.key));
	for (const [rowKey, row] of Object.entries(input)) {
		if (!rowKeys.has(rowKey)) return fail(`Unbekannte Zeile „${rowKey}“ in der Tabelle.`);
		if (row === null || row === undefined) continue;
		if (typeof row !== 'object' || Array.isArray(row))
			return fail(`Zeile „${rowKey}“ hat kein gültiges Format.`);
		for (const colKey of Object.keys(row)) {
			if (!colKeys.has(colKey)) return fail(`Unbekannte Spalte „${colKey}“ in der Tabelle.`);
		}
	}
	const rules = gridRules(q);
	const out: GridAnswer = {};
	let any = false;
	for (const row of q.rows) {
		out[row.key] = {};
		const cells = (input[row.key] ?? {}) as Record<string, unknown>;
		for (const col of q.columns) {
			const cell = validateNumber(rules, cells[col.key]);
			if (!cell.ok) return fail(`${row.label} – ${col.label}: ${cell.message}`);
			out[row.key][col.key] = cell.value;
			if (cell.value !== null) any = true;
		}
	}
	return ok(any ? out : null);
}
