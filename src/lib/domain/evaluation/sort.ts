// Sorting the schools of a round evaluation by name, an indicator or the survey (the table is sortable
// without JavaScript: the column headers are links with ?sortierung=…&richtung=…). Pure.
import type { Indicator } from './types';

export interface SortableRow {
	school: { name: string };
	indicators: Indicator[];
	teacherResponses: number | null;
}

export type SortDirection = 'auf' | 'ab';

export function parseSort(
	key: string | null,
	direction: string | null,
	allowed: readonly string[]
) {
	return {
		key: key && allowed.includes(key) ? key : 'name',
		direction: (direction === 'ab' ? 'ab' : 'auf') as SortDirection
	};
}

function sortValue(row: SortableRow, key: string): number | string | null {
	if (key === 'name') return row.school.name;
	if (key === 'befragung') return row.teacherResponses;
	return row.indicators.find((i) => i.key === key)?.value ?? null;
}

/** Sorted copy; missing values always last, ties by school name. */
export function sortRows<T extends SortableRow>(
	rows: readonly T[],
	key: string,
	direction: SortDirection
): T[] {
	const sign = direction === 'ab' ? -1 : 1;
	return [...rows].sort((a, b) => {
		const va = sortValue(a, key);
		const vb = sortValue(b, key);
		if (va === null && vb !== null) return 1;
		if (vb === null && va !== null) return -1;
		if (va !== null && vb !== null && va !== vb) {
			return (
				sign *
				(typeof va === 'string'
					? va.localeCompare(String(vb), 'de')
					: (va as number) - (vb as number))
			);
		}
		return a.school.name.localeCompare(b.school.name, 'de');
	});
}
