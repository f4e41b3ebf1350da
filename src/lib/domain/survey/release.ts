// When the results of a teacher survey change (issue 10, point 5): never with a single response.
// Every view and export reads the wave's snapshot, never the live responses. A new snapshot is taken
// at most once a calendar day (Europe/Berlin) and only when at least 5 responses arrived since the
// previous one, so two states anyone can observe differ by 5 responses or more and "export before and
// after one response" reveals nothing. Closing the wave changes nothing: reopening it would otherwise
// let the closer decide when results move. The live number of responses is shown only in bands.
// Pure.
import { MIN_GROUP_SIZE } from './suppression';

/** The fewest new responses that may enter the results at once (the group threshold). */
export const MIN_NEW_RESPONSES = MIN_GROUP_SIZE;

export interface SnapshotState {
	/** YYYY-MM-DD (Europe/Berlin) */
	takenOn: string;
	responseCount: number;
}

/** Whether a new snapshot may be taken on `today` with `total` responses received so far. */
export function snapshotDue(last: SnapshotState | null, total: number, today: string): boolean {
	if (last && last.takenOn >= today) return false;
	return total - (last?.responseCount ?? 0) >= MIN_NEW_RESPONSES;
}

/** Bands for the live count of responses; 0 is not told apart from 1–4 (the first arrival). */
export const RESPONSE_COUNT_BANDS: readonly { from: number; label: string }[] = [
	{ from: 0, label: 'weniger als 5' },
	{ from: 5, label: '5 bis 9' },
	{ from: 10, label: '10 bis 19' },
	{ from: 20, label: '20 bis 49' },
	{ from: 50, label: '50 bis 99' },
	{ from: 100, label: '100 oder mehr' }
];

/** The band of a live response count, e.g. "10 bis 19". */
export function responseCountBand(n: number): string {
	let label = RESPONSE_COUNT_BANDS[0].label;
	for (const band of RESPONSE_COUNT_BANDS) if (n >= band.from) label = band.label;
	return label;
}
