// A guide value (Orientierungswert) as the short German text shown next to a question. Pure.
import { formatNumber } from './questionnaire/numbers';
import { sourceLine, type GuideValue } from './guide-values';

export interface GuideValueText {
	/** e.g. "≥ 50 Mbit/s je Klasse (Grundschule), ≥ 100 Mbit/s je Klasse (weiterführende Schulen)" */
	value: string;
	/** how to read it, if the guide value has a note */
	note: string | null;
	/** "Quelle: <title> (<ref>)" */
	source: string;
}

function amount(g: GuideValue, value: number): string {
	if (g.direction === 'range' && g.upper !== undefined) {
		return `${formatNumber(value)}–${formatNumber(g.upper)} ${g.unit}`;
	}
	if (g.direction === 'reference') return `Referenz ${formatNumber(value)} ${g.unit}`;
	const sign = g.direction === 'max' ? '≤' : '≥';
	return `${sign} ${formatNumber(value)} ${g.unit}`;
}

/** The text of a guide value; with a separate value for secondary schools both are named. */
export function guideValueText(g: GuideValue): GuideValueText {
	const value =
		g.secondary !== undefined && g.secondary !== g.value
			? `${amount(g, g.value)} (Grundschule), ${amount(g, g.secondary)} (weiterführende Schulen)`
			: amount(g, g.value);
	return {
		value,
		note: g.note ?? null,
		source: `Quelle: ${sourceLine(g.source)}`
	};
}
