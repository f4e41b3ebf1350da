// Calendar days in Saxony: the survey stores when something happened only to the day (Europe/Berlin),
// never a time of day. Pure.
const berlinDay = new Intl.DateTimeFormat('en-CA', {
	timeZone: 'Europe/Berlin',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

/** 'YYYY-MM-DD' of the given instant in Europe/Berlin. */
export function berlinDate(at: Date): string {
	return berlinDay.format(at);
}
