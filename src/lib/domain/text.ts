// Control characters in free text (issue 10, point 10). Refused, with a message at the field, rather
// than stripped silently: what is stored is what the person typed. Refused are NUL and the other C0
// controls except tab, line feed and carriage return; DEL and the C1 controls; and the bidirectional
// embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which make a text display
// differently from what it is ("Trojan Source") in pages, CSV files opened in a spreadsheet and PDFs.
// The plain marks U+200E/U+200F (needed in Arabic or Hebrew names) stay allowed. Pure.

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

export interface ForbiddenCharacter {
	/** position in the text, counted from 1 */
	position: number;
	/** e.g. "U+202E" */
	codePoint: string;
}

/** The first refused character of a text, or null when the text is clean. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
	const match = FORBIDDEN.exec(text);
	if (!match) return null;
	const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
	return { position: [...text.slice(0, match.index)].length + 1, codePoint: `U+${code}` };
}

/** True when the text holds no refused control character (tabs and line breaks are fine). */
export function isCleanText(text: string): boolean {
	return !FORBIDDEN.test(text);
}

/**
 * The text without refused characters. Only for output of data stored before the rule existed (CSV
 * cells); input is refused, never silently changed.
 */
export function stripForbiddenCharacters(text: string): string {
	return text.replace(new RegExp(FORBIDDEN.source, 'g'), '');
}

/** The German field message for a text with a refused character; null for a clean text. */
export function controlCharacterProblem(text: string): string | null {
	const found = findForbiddenCharacter(text);
	if (!found) return null;
	return `Der Text enthält unzulässige Steuerzeichen (${found.codePoint} an Stelle ${found.position}). Bitte entfernen Sie sie; solche Zeichen sind oft unsichtbar und kommen beim Einfügen aus anderen Programmen mit.`;
}

/** For zod: `.refine(isCleanText, CONTROL_CHARACTERS)` puts the message at the field. */
export const CONTROL_CHARACTERS = {
	error: (issue: { input?: unknown }) =>
		controlCharacterProblem(typeof issue.input === 'string' ? issue.input : '') ??
		'Der Text enthält unzulässige Steuerzeichen.'
};
