// Validation of number answers (integer, decimal, currency, percent, year, grid cells). Pure.

import { formatNumber, isOnStep, parseGermanNumber } from './numbers';
import type { NumberQuestion, ValidationResult } from './types';

const ok = <T>(value: T): ValidationResult<T> => ({ ok: true, value });
const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

export interface NumberRules {
	min?: number;
	max?: number;
	step?: number;
	integer: boolean;
	maxDecimals?: number;
	unit?: string;
	noun: string;
}

/** Effective bounds and wording of a number question (type defaults applied). */
export function numberRules(
	q: Pick<NumberQuestion, 'type' | 'min' | 'max' | 'step' | 'unit'>
): NumberRules {
	switch (q.type) {
		case 'integer':
			return {
				min: q.min,
				max: q.max,
				step: q.step,
				integer: true,
				unit: q.unit,
				noun: 'eine ganze Zahl'
			};
		case 'decimal':
			return {
				min: q.min,
				max: q.max,
				step: q.step,
				integer: false,
				unit: q.unit,
				noun: 'eine Zahl'
			};
		case 'currency':
			return {
				min: q.min ?? 0,
				max: q.max,
				step: q.step,
				integer: false,
				maxDecimals: 2,
				unit: q.unit ?? '€',
				noun: 'einen Betrag'
			};
		case 'percent':
			return {
				min: q.min ?? 0,
				max: q.max ?? 100,
				step: q.step,
				integer: false,
				unit: '%',
				noun: 'einen Prozentwert'
			};
		case 'year':
			return { min: q.min ?? 1900, max: q.max ?? 2100, integer: true, noun: 'eine Jahreszahl' };
	}
}

/** "Bitte geben Sie eine ganze Zahl zwischen 0 und 5000 Geräte ein." */
export function numberMessage(rules: NumberRules): string {
	const unit = rules.unit ? ` ${rules.unit}` : '';
	let range = '';
	if (rules.min !== undefined && rules.max !== undefined) {
		range = ` zwischen ${formatNumber(rules.min)} und ${formatNumber(rules.max)}${unit}`;
	} else if (rules.min !== undefined) {
		range = ` von mindestens ${formatNumber(rules.min)}${unit}`;
	} else if (rules.max !== undefined) {
		range = ` von höchstens ${formatNumber(rules.max)}${unit}`;
	} else if (unit) {
		range = ` (in${unit})`;
	}
	const step =
		rules.step !== undefined && !rules.integer
			? ` in Schritten von ${formatNumber(rules.step, 6)}`
			: '';
	return `Bitte geben Sie ${rules.noun}${range}${step} ein.`;
}

/** Validate a number given as number or (German) string; '' → null. */
export function validateNumber(rules: NumberRules, raw: unknown): ValidationResult<number | null> {
	let value: number | null;
	if (typeof raw === 'number') value = raw;
	else if (typeof raw === 'string') value = parseGermanNumber(raw);
	else if (raw === null || raw === undefined) value = null;
	else return fail(numberMessage(rules));
	if (value === null) return ok(null);
	if (!Number.isFinite(value)) return fail(numberMessage(rules));
	if (rules.integer && !Number.isInteger(value)) return fail(numberMessage(rules));
	if (rules.min !== undefined && value < rules.min) return fail(numberMessage(rules));
	if (rules.max !== undefined && value > rules.max) return fail(numberMessage(rules));
	if (rules.step !== undefined && !isOnStep(value, rules.step, rules.min ?? 0))
		return fail(numberMessage(rules));
	if (rules.maxDecimals !== undefined) {
		const factor = 10 ** rules.maxDecimals;
		if (Math.abs(Math.round(value * factor) - value * factor) > 1e-6) {
			return fail(
				`Bitte geben Sie ${rules.noun} mit höchstens zwei Nachkommastellen ein (z. B. 1.234,50).`
			);
		}
		value = Math.round(value * factor) / factor;
	}
	return ok(value === 0 ? 0 : value);
}
