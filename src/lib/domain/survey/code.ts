// Participation codes of the anonymous teacher survey: generation from random bytes, normalisation of
// what people type, display format and the survey link. Pure and client-safe.

/** 32 characters without look-alikes (no I, O, 0, 1): 8 characters carry 40 bits. */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** The public path of the survey (short, printed on the sheet). */
export const SURVEY_PATH = '/umfrage';

/**
 * A code from CODE_LENGTH random bytes (pass `crypto.getRandomValues(new Uint8Array(8))`).
 * 256 is a multiple of 32, so `byte % 32` is uniform: no rejection sampling needed.
 */
export function codeFromBytes(bytes: Uint8Array): string {
	if (bytes.length < CODE_LENGTH) throw new Error(`need ${CODE_LENGTH} random bytes`);
	let code = '';
	for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[bytes[i] % CODE_ALPHABET.length];
	return code;
}

/** Upper-case, without spaces and hyphens (people copy "ABCD-EFGH" or type "abcd efgh"). */
export function normaliseCode(input: string): string {
	return input.toUpperCase().replace(/[\s\-‐‑‒–—]/g, '');
}

/** Whether a normalised string has the shape of a code (it may still be unknown). */
export function isWellFormedCode(code: string): boolean {
	if (code.length !== CODE_LENGTH) return false;
	for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return false;
	return true;
}

/** A German message why typed input cannot be a code, or null if it has the right shape. */
export function codeFormatProblem(input: string): string | null {
	const code = normaliseCode(input);
	if (code === '') return 'Bitte geben Sie den Teilnahmecode ein.';
	if (code.length !== CODE_LENGTH) {
		return `Der Teilnahmecode hat ${CODE_LENGTH} Zeichen (zum Beispiel ABCD-EFGH). Sie haben ${code.length} eingegeben.`;
	}
	if (!isWellFormedCode(code)) {
		return 'Der Teilnahmecode besteht nur aus Großbuchstaben und den Ziffern 2 bis 9 (ohne I, O, 0 und 1). Bitte prüfen Sie Ihre Eingabe.';
	}
	return null;
}

/** "ABCDEFGH" → "ABCD-EFGH" for reading aloud and printing. */
export function formatCode(code: string): string {
	const c = normaliseCode(code);
	return c.length === CODE_LENGTH ? `${c.slice(0, 4)}-${c.slice(4)}` : c;
}

/** The link printed on the sheet and encoded in its QR code: `<origin>/umfrage/<CODE>`. */
export function surveyLink(origin: string, code: string): string {
	return `${origin.replace(/\/+$/, '')}${SURVEY_PATH}/${normaliseCode(code)}`;
}
