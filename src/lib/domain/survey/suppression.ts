// Minimum group sizes of the anonymous teacher survey (product.md, domain.md §7): no result for a group
// below 5 responses, no free text below 10. The same rule applies to every breakdown. Pure.

export const MIN_GROUP_SIZE = 5;
export const MIN_FREE_TEXT_GROUP_SIZE = 10;

export const SUPPRESSED_MESSAGE =
	'Weniger als 5 Antworten – aus Datenschutzgründen nicht angezeigt';
export const FREE_TEXT_SUPPRESSED_MESSAGE =
	'Weniger als 10 Antworten – Freitexte werden aus Datenschutzgründen nicht angezeigt';

export type GroupKind = 'aggregate' | 'freeText';

/**
 * A value that may only be shown for a large enough group. A suppressed group carries neither the
 * value nor its size (a small n is itself revealing, e.g. "2 Lehrkräfte der Fächergruppe Kunst").
 */
export type Suppressed<T> =
	{ shown: true; n: number; value: T } | { shown: false; n: null; reason: string };

export function minimumFor(kind: GroupKind): number {
	return kind === 'freeText' ? MIN_FREE_TEXT_GROUP_SIZE : MIN_GROUP_SIZE;
}

/** Whether a group of n responses may be shown. */
export function isShowable(n: number, kind: GroupKind = 'aggregate'): boolean {
	return Number.isFinite(n) && n >= minimumFor(kind);
}

/**
 * Applies the threshold to one group. `value` may be a function so that nothing is computed for a
 * group that is not shown.
 */
export function suppress<T>(
	group: { n: number; value: T | (() => T) },
	kind: GroupKind = 'aggregate'
): Suppressed<T> {
	if (!isShowable(group.n, kind)) {
		return {
			shown: false,
			n: null,
			reason: kind === 'freeText' ? FREE_TEXT_SUPPRESSED_MESSAGE : SUPPRESSED_MESSAGE
		};
	}
	const value = typeof group.value === 'function' ? (group.value as () => T)() : (group.value as T);
	return { shown: true, n: group.n, value };
}

/**
 * Secondary suppression for a partition (groups that add up to a shown total, such as a single-choice
 * breakdown): if exactly one non-empty group is hidden, its figures could be recovered as "total minus
 * the others", so the smallest shown group is hidden as well. Returns the indexes to hide.
 */
export function partitionIndexesToHide(sizes: readonly number[]): Set<number> {
	const hidden = new Set<number>();
	sizes.forEach((n, i) => {
		if (n > 0 && !isShowable(n)) hidden.add(i);
	});
	if (hidden.size === 1) {
		let smallest = -1;
		sizes.forEach((n, i) => {
			if (hidden.has(i) || n === 0) return;
			if (smallest < 0 || n < sizes[smallest]) smallest = i;
		});
		if (smallest >= 0) hidden.add(smallest);
	}
	return hidden;
}
