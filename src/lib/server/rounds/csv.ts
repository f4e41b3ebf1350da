// A small CSV encoder for spreadsheet exports: `;` separator (German Excel), CRLF line ends, fields
// quoted when needed (RFC 4180), UTF-8 with BOM so Excel detects the encoding.
import { stripForbiddenCharacters } from '$lib/domain/text';

export const CSV_SEPARATOR = ';';
export const BOM = '\uFEFF';

/**
 * Spreadsheets run cells that start with = + - @ (or a tab/CR) as formulas. A leading apostrophe
 * keeps user text inert (OWASP "CSV injection"); plain numbers like "-5" or "-1,5" stay numbers.
 */
function neutralise(field: string): string {
	if (/^[=+\-@\t\r]/.test(field) && !/^-\d+(,\d+)?$/.test(field)) return `'${field}`;
	return field;
}

export function encodeCsvField(field: string, separator = CSV_SEPARATOR): string {
	// NUL and bidi overrides are refused on input (domain/text.ts); older rows lose them here
	const value = neutralise(stripForbiddenCharacters(field));
	if (
		value.includes('"') ||
		value.includes(separator) ||
		/[\r\n]/.test(value) ||
		/^\s|\s$/.test(value)
	) {
		return `"${value.replace(/"/g, '""')}"`;
	}
	return value;
}

/** The whole file: BOM, header row, data rows. */
export function encodeCsv(header: string[], rows: string[][], separator = CSV_SEPARATOR): string {
	const line = (cells: string[]) => cells.map((c) => encodeCsvField(c, separator)).join(separator);
	return BOM + [header, ...rows].map(line).join('\r\n') + '\r\n';
}
