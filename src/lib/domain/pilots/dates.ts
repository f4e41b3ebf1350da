// Calendar-day arithmetic on ISO dates ('YYYY-MM-DD'). Pure; "today" is always passed in, never read.

import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A real calendar day in ISO form (rejects 2026-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
	if (typeof value !== 'string') return false;
	const m = ISO_DATE.exec(value);
	if (!m) return false;
	const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
	return d.toISOString().slice(0, 10) === value;
}

/** Days since 1970-01-01 (UTC), so differences are exact whole days. */
export function dayNumber(date: IsoDate): number {
	const m = ISO_DATE.exec(date);
	if (!m) throw new RangeError(`not an ISO date: ${date}`);
	return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS;
}

export function fromDayNumber(day: number): IsoDate {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
	return dayNumber(b) - dayNumber(a);
}

export function addDays(date: IsoDate, days: number): IsoDate {
	return fromDayNumber(dayNumber(date) + days);
}

/** Adds calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
	const [y, m, d] = date.split('-').map(Number);
	const index = y * 12 + (m - 1) + months;
	const year = Math.floor(index / 12);
	const month = index - year * 12;
	const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
	return fromDayNumber(Date.UTC(year, month, Math.min(d, last)) / DAY_MS);
}

/** The calendar day of an instant in Germany (the app's users), e.g. for "today". */
export function isoDateIn(instant: Date, timeZone = 'Europe/Berlin'): IsoDate {
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(instant);
}

/** 'YYYY-MM-DD' → 'TT.MM.JJJJ'. */
export function formatDate(date: IsoDate | null | undefined): string {
	if (!date) return '';
	const [y, m, d] = date.split('-');
	return `${d}.${m}.${y}`;
}
