// Traffic lights against guide values. Each rule names its thresholds so the page can explain the
// colour (traceability). Pure.
import type { TrafficLight } from './types';

export interface LightDecision {
	light: TrafficLight;
	rule: string;
}

const NO_DATA: LightDecision = { light: 'grau', rule: 'Keine ausreichenden Angaben.' };

/** Higher is better: green from `guide`, yellow from `yellowFrom`, red below. */
export function lightAtLeast(
	value: number | null,
	guide: number,
	yellowFrom: number,
	fmt: (n: number) => string
): LightDecision {
	if (value === null || !Number.isFinite(value)) return NO_DATA;
	const rule = `grün ab ${fmt(guide)}, gelb ab ${fmt(yellowFrom)}, sonst rot`;
	if (value >= guide) return { light: 'gruen', rule };
	return { light: value >= yellowFrom ? 'gelb' : 'rot', rule };
}

/** Lower is better: green up to `guide`, yellow up to `yellowUpTo`, red above. */
export function lightAtMost(
	value: number | null,
	guide: number,
	yellowUpTo: number,
	fmt: (n: number) => string
): LightDecision {
	if (value === null || !Number.isFinite(value)) return NO_DATA;
	const rule = `grün bis ${fmt(guide)}, gelb bis ${fmt(yellowUpTo)}, sonst rot`;
	if (value <= guide) return { light: 'gruen', rule };
	return { light: value <= yellowUpTo ? 'gelb' : 'rot', rule };
}

/** Yes/no facts: yes is green, no is red. */
export function lightYesNo(value: boolean | null): LightDecision {
	if (value === null) return NO_DATA;
	return { light: value ? 'gruen' : 'rot', rule: 'grün bei „ja“, rot bei „nein“' };
}

export function noData(rule = NO_DATA.rule): LightDecision {
	return { light: 'grau', rule };
}
