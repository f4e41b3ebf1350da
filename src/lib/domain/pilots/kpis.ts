// KPI rules: progress of the latest measurement on the way from baseline to target. Pure.
import type { Kpi, KpiDirection, KpiMeasurement } from './types';

export interface KpiProgress {
	latest: KpiMeasurement | null;
	/**
	 * Share of the way from baseline to target reached by the latest measurement, in percent: 0 at the
	 * baseline, 100 at the target, above 100 when exceeded, negative when worse than the baseline.
	 * null without measurements.
	 */
	percent: number | null;
	/** The latest value meets the target (≥ target going up, ≤ target going down). */
	achieved: boolean;
}

type KpiLike = Pick<Kpi, 'baseline' | 'target' | 'direction' | 'measurements'>;

/** Measurements oldest first (same day: in the order they were entered). */
export function sortMeasurements<M extends Pick<KpiMeasurement, 'measuredOn'>>(list: M[]): M[] {
	return list
		.map((m, i) => ({ m, i }))
		.sort((a, b) => a.m.measuredOn.localeCompare(b.m.measuredOn) || a.i - b.i)
		.map(({ m }) => m);
}

/** The measurement with the latest date (the one entered last on that day). */
export function latestMeasurement(kpi: Pick<Kpi, 'measurements'>): KpiMeasurement | null {
	const sorted = sortMeasurements(kpi.measurements);
	return sorted[sorted.length - 1] ?? null;
}

export function meetsTarget(value: number, target: number, direction: KpiDirection): boolean {
	return direction === 'up' ? value >= target : value <= target;
}

export function kpiProgress(kpi: KpiLike): KpiProgress {
	const latest = latestMeasurement(kpi);
	if (!latest) return { latest: null, percent: null, achieved: false };
	const achieved = meetsTarget(latest.value, kpi.target, kpi.direction);
	const span = kpi.target - kpi.baseline;
	const percent = span === 0 ? (achieved ? 100 : 0) : ((latest.value - kpi.baseline) / span) * 100;
	return { latest, percent, achieved };
}

/** Percent for a progress bar: 0..100. */
export function clampPercent(percent: number | null): number {
	if (percent === null || Number.isNaN(percent)) return 0;
	return Math.min(100, Math.max(0, percent));
}

/**
 * Baseline and target must point the way the direction says (going up: target above baseline).
 * Returns a German message for the target field, or null when consistent.
 */
export function directionProblem(
	baseline: number,
	target: number,
	direction: KpiDirection
): string | null {
	if (direction === 'up' && target <= baseline) {
		return 'Bei steigender Richtung muss der Zielwert über dem Ausgangswert liegen.';
	}
	if (direction === 'down' && target >= baseline) {
		return 'Bei fallender Richtung muss der Zielwert unter dem Ausgangswert liegen.';
	}
	return null;
}
