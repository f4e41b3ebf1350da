// Helpers shared by the indicator functions: guide value lookup, source text, assembling an Indicator.
import { guideValue as shippedGuideValue, sourceLine, type GuideValue } from '../guide-values';
import { extraGuideValue } from './extra-guide-values';
import { formatNumber, withUnit } from './format';
import type { InputReader } from './reader';
import type { LightDecision } from './traffic-light';
import type { Indicator } from './types';

export function guideOf(id: string): GuideValue {
	const g = shippedGuideValue(id) ?? extraGuideValue(id);
	if (!g) throw new Error(`unknown guide value ${id}`);
	return g;
}

export function sourceText(g: GuideValue): string {
	return sourceLine(g.source);
}

export interface IndicatorParts {
	key: string;
	label: string;
	unit: string;
	value: number | null;
	/** overrides the formatted number (e.g. "ja") */
	valueText?: string;
	decimals?: number;
	guide: GuideValue;
	guideValue: number | null;
	guideText: string;
	decision: LightDecision;
	note?: string;
}

export function assemble(reader: InputReader, p: IndicatorParts): Indicator {
	return {
		key: p.key,
		label: p.label,
		value: p.value,
		valueText: p.valueText ?? withUnit(p.value, p.unit, p.decimals ?? 1),
		unit: p.unit,
		guideValue: p.guideValue,
		guideText: p.guideText,
		source: sourceText(p.guide),
		light: p.decision.light,
		rule: p.decision.rule,
		inputs: reader.inputs,
		...(p.note ? { note: p.note } : {})
	};
}

export const fmt = (decimals: number) => (n: number) => formatNumber(n, decimals);

/** a / b, or null when either is missing or b is 0. */
export function ratio(a: number | null, b: number | null): number | null {
	if (a === null || b === null || b === 0) return null;
	return a / b;
}
