// Status light suggestion (im Plan / gefährdet / kritisch) with the reasons behind it. Pure.
// The consultant decides the light; this only proposes one, so the rules are simple and visible:
//   milestones  overdue → gefährdet; overdue by more than 30 days → kritisch
//   KPIs        progress behind elapsed time by more than 25 points → gefährdet, 50 → kritisch;
//               no measurement after half the time → gefährdet
//   risks       open or occurred with likelihood × impact ≥ 6 → gefährdet; = 9 → kritisch
//   dates       still running after the planned end → kritisch; planned but start passed → gefährdet
import { dayNumber } from './dates';
import { kpiProgress } from './kpis';
import { daysOverdue, overdueMilestones } from './milestones';
import { formatNumber } from './format';
import type { IsoDate, Kpi, Milestone, PilotLight, PilotProject, Risk } from './types';

export const OVERDUE_CRITICAL_DAYS = 30;
export const KPI_LAG_WARNING_POINTS = 25;
export const KPI_LAG_CRITICAL_POINTS = 50;
export const HIGH_RISK_SCORE = 6;
export const CRITICAL_RISK_SCORE = 9;

export interface LightReason {
	light: PilotLight;
	text: string;
}

export interface LightSuggestion {
	light: PilotLight;
	reasons: LightReason[];
	/** All reasons as one German text (for the "Begründung" field). */
	text: string;
}

export interface LightInput {
	pilot: Pick<PilotProject, 'status' | 'startOn' | 'endOn'>;
	milestones: Pick<Milestone, 'title' | 'dueOn' | 'doneOn'>[];
	kpis: Pick<Kpi, 'name' | 'unit' | 'baseline' | 'target' | 'direction' | 'measurements'>[];
	risks: Pick<Risk, 'title' | 'likelihood' | 'impact' | 'status'>[];
}

const RANK: Record<PilotLight, number> = { im_plan: 0, gefaehrdet: 1, kritisch: 2 };

export function worseLight(a: PilotLight, b: PilotLight): PilotLight {
	return RANK[b] > RANK[a] ? b : a;
}

/** Share of the planned duration that has passed on `today`, 0..1. */
export function elapsedFraction(startOn: IsoDate, endOn: IsoDate, today: IsoDate): number {
	const start = dayNumber(startOn);
	const end = dayNumber(endOn);
	const now = dayNumber(today);
	if (end <= start) return now >= end ? 1 : 0;
	return Math.min(1, Math.max(0, (now - start) / (end - start)));
}

export function riskScore(risk: Pick<Risk, 'likelihood' | 'impact'>): number {
	return risk.likelihood * risk.impact;
}

/** An open or occurred risk with likelihood × impact ≥ 6. */
export function isHighRisk(risk: Pick<Risk, 'likelihood' | 'impact' | 'status'>): boolean {
	return risk.status !== 'geschlossen' && riskScore(risk) >= HIGH_RISK_SCORE;
}

const quote = (s: string) => `„${s}“`;
const days = (n: number) => (n === 1 ? '1 Tag' : `${n} Tagen`);

function milestoneReasons(input: LightInput, today: IsoDate): LightReason[] {
	return overdueMilestones(input.milestones, today).map((m) => {
		const late = daysOverdue(m, today);
		return {
			light: late > OVERDUE_CRITICAL_DAYS ? 'kritisch' : 'gefaehrdet',
			text: `Meilenstein ${quote(m.title)} ist seit ${days(late)} überfällig.`
		};
	});
}

function kpiReasons(input: LightInput, elapsed: number): LightReason[] {
	const reasons: LightReason[] = [];
	const elapsedPercent = elapsed * 100;
	for (const kpi of input.kpis) {
		const progress = kpiProgress(kpi);
		if (progress.percent === null) {
			if (elapsed > 0.5) {
				reasons.push({
					light: 'gefaehrdet',
					text: `Für die Kennzahl ${quote(kpi.name)} liegt nach mehr als der Hälfte der Laufzeit noch keine Messung vor.`
				});
			}
			continue;
		}
		if (progress.achieved) continue;
		const lag = elapsedPercent - progress.percent;
		if (lag <= KPI_LAG_WARNING_POINTS) continue;
		reasons.push({
			light: lag > KPI_LAG_CRITICAL_POINTS ? 'kritisch' : 'gefaehrdet',
			text:
				`Die Kennzahl ${quote(kpi.name)} hat ${formatNumber(progress.percent, 0)} % des Wegs zum Zielwert ` +
				`erreicht, aber ${formatNumber(elapsedPercent, 0)} % der Laufzeit sind vergangen.`
		});
	}
	return reasons;
}

function riskReasons(input: LightInput): LightReason[] {
	return input.risks.filter(isHighRisk).map((r) => ({
		light: riskScore(r) >= CRITICAL_RISK_SCORE ? 'kritisch' : 'gefaehrdet',
		text: `Hohes Risiko ${quote(r.title)} (${r.status === 'eingetreten' ? 'eingetreten' : 'offen'}, Bewertung ${riskScore(r)} von 9).`
	}));
}

function dateReasons(input: LightInput, today: IsoDate): LightReason[] {
	const { status, startOn, endOn } = input.pilot;
	if (status === 'laufend' && endOn < today) {
		return [{ light: 'kritisch', text: 'Das geplante Projektende ist überschritten.' }];
	}
	if (status === 'geplant' && startOn < today) {
		return [
			{
				light: 'gefaehrdet',
				text: 'Der geplante Start ist überschritten, das Pilotprojekt läuft aber noch nicht.'
			}
		];
	}
	return [];
}

/**
 * The suggested light for a planned or running pilot, or null for a finished one (abgeschlossen,
 * abgebrochen), whose light is history. `today` is injected so the rule is testable.
 */
export function suggestLight(input: LightInput, today: IsoDate): LightSuggestion | null {
	const { status, startOn, endOn } = input.pilot;
	if (status === 'abgeschlossen' || status === 'abgebrochen') return null;
	const elapsed = status === 'laufend' ? elapsedFraction(startOn, endOn, today) : 0;
	const reasons = [
		...dateReasons(input, today),
		...milestoneReasons(input, today),
		...(status === 'laufend' ? kpiReasons(input, elapsed) : []),
		...riskReasons(input)
	];
	const light = reasons.reduce<PilotLight>((acc, r) => worseLight(acc, r.light), 'im_plan');
	const text =
		reasons.length > 0
			? reasons.map((r) => r.text).join(' ')
			: 'Keine überfälligen Meilensteine, die Kennzahlen entsprechen dem Zeitfortschritt und es gibt keine hohen Risiken.';
	return { light, reasons, text };
}
