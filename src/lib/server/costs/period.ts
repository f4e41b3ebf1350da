// The plan period of a round: from its first year, as many years as it spans (five by default).
import { PLAN_YEARS, type PlanPeriod } from '$lib/domain/costs/types';
import type { Round } from '$lib/domain/rounds';

export function planPeriodOf(round: Pick<Round, 'periodStart' | 'periodEnd'>): PlanPeriod {
	const years = round.periodEnd - round.periodStart + 1;
	return { startYear: round.periodStart, years: years >= 1 ? years : PLAN_YEARS };
}
