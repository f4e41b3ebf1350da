// German date formats for the review pages (Berlin time). Pure and client-safe.

const dateTime = new Intl.DateTimeFormat('de-DE', {
	timeZone: 'Europe/Berlin',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric',
	hour: '2-digit',
	minute: '2-digit'
});

const date = new Intl.DateTimeFormat('de-DE', {
	timeZone: 'Europe/Berlin',
	day: '2-digit',
	month: '2-digit',
	year: 'numeric'
});

/** "24.11.2026, 14:05" */
export function formatDateTime(value: Date | string | null | undefined): string {
	return value ? dateTime.format(new Date(value)) : '–';
}

/** "24.11.2026" */
export function formatDate(value: Date | string | null | undefined): string {
	return value ? date.format(new Date(value)) : '–';
}

/** "2026-11-24" in Berlin time (PDF cover, file names). */
export function isoDateBerlin(value: Date): string {
	const parts = new Intl.DateTimeFormat('en-CA', {
		timeZone: 'Europe/Berlin',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(value);
	return parts;
}
