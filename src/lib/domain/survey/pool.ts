// Pooling survey responses of several schools (roll-up per Schulträger). Only schools whose own group
// may be shown enter the pool: otherwise "pool minus the shown schools" would reveal a hidden school.
import type { Answers } from '../questionnaire/types';
import { isShowable } from './suppression';

export interface PooledResponses {
	responses: Answers[];
	/** schools that entered the pool */
	schoolsIncluded: number;
	/** schools left out because they have fewer than 5 responses (but at least one) */
	schoolsLeftOut: number;
}

export function poolShownGroups(groups: readonly (readonly Answers[])[]): PooledResponses {
	const shown = groups.filter((g) => isShowable(g.length));
	return {
		responses: shown.flatMap((g) => [...g]),
		schoolsIncluded: shown.length,
		schoolsLeftOut: groups.filter((g) => g.length > 0 && !isShowable(g.length)).length
	};
}
