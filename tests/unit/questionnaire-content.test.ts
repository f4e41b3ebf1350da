import { describe, expect, it } from 'vitest';
import {
	QUESTIONNAIRES,
	questionnaireByKey,
	questionnaireForAudience
} from '../../db/questionnaires/index';
import { GUIDE_VALUES, guideValue } from '../../src/lib/domain/guide-values';
import { validateAnswer } from '../../src/lib/domain/questionnaire/validate';
import { questionnaireProgress } from '../../src/lib/domain/questionnaire/progress';
import { safeParseDefinition } from '../../src/lib/domain/questionnaire/schema';
import { NUMBER_TYPES, type Question } from '../../src/lib/domain/questionnaire/types';

const questionsOf = (key: string): Question[] =>
	questionnaireByKey(key)!.sections.flatMap((s) => s.questions);
const all = QUESTIONNAIRES.flatMap((d) => d.sections.flatMap((s) => s.questions));

describe('shipped questionnaire content', () => {
	it.each(QUESTIONNAIRES.map((d) => [d.key, d] as const))('%s passes the schema', (_key, def) => {
		const result = safeParseDefinition(def);
		expect(result.ok ? [] : result.issues).toEqual([]);
	});

	it('has one questionnaire per audience with a source note', () => {
		for (const audience of ['school_lead', 'it_staff', 'operator', 'teacher'] as const) {
			const def = questionnaireForAudience(audience);
			expect(def?.source).toMatch(/domain\.md/);
		}
		expect(questionnaireForAudience('operator')?.scope).toBe('operator');
		expect(questionnaireForAudience('it_staff')?.scope).toBe('school');
	});

	it('has at least 80 questions across school lead, IT staff and operator', () => {
		const count = ['school-lead', 'it-staff', 'operator'].reduce(
			(n, key) => n + questionsOf(key).length,
			0
		);
		expect(count).toBeGreaterThanOrEqual(80);
		expect(questionsOf('teacher').length).toBeGreaterThanOrEqual(15);
	});

	it('covers sections A–L with the right audiences', () => {
		const codes = (key: string) => new Set(questionnaireByKey(key)!.sections.map((s) => s.code));
		expect([...codes('school-lead')].sort()).toEqual(['A', 'H', 'J', 'K']);
		expect([...codes('it-staff')].sort()).toEqual(['B', 'C', 'D', 'E', 'F', 'G', 'H']);
		expect(codes('operator').has('L')).toBe(true);
		expect([...codes('teacher')].sort()).toEqual(['I', 'J']);
	});

	it('puts a unit on every number except years (percent and currency have built-in units)', () => {
		const missing = all.filter(
			(q) =>
				((q.type === 'integer' || q.type === 'decimal' || q.type === 'grid') && !q.unit) ||
				(q.type === 'currency' && q.unit !== undefined && !q.unit.startsWith('€'))
		);
		expect(missing.map((q) => q.key)).toEqual([]);
	});

	it('bounds every number question and explains most of them', () => {
		const numbers = all.filter((q) => (NUMBER_TYPES as readonly string[]).includes(q.type));
		const unbounded = numbers.filter(
			(q) => q.type !== 'percent' && !('max' in q && q.max !== undefined)
		);
		expect(unbounded.map((q) => q.key)).toEqual([]);
		const withHelp = all.filter((q) => q.help).length;
		expect(withHelp / all.length).toBeGreaterThan(0.3);
	});

	it('references guide values that exist, and uses many of them', () => {
		const refs = new Set(all.flatMap((q) => (q.guideValue ? [q.guideValue.ref] : [])));
		for (const ref of refs) expect(guideValue(ref), ref).toBeDefined();
		expect(refs.size).toBeGreaterThanOrEqual(10);
	});

	it('uses show-if conditions, "Sonstiges" texts, grids and every question type', () => {
		expect(all.filter((q) => q.showIf).length).toBeGreaterThanOrEqual(15);
		expect(all.some((q) => q.type === 'multi' && q.allowOther)).toBe(true);
		const types = new Set(all.map((q) => q.type));
		for (const t of [
			'integer',
			'decimal',
			'currency',
			'percent',
			'year',
			'boolean',
			'single',
			'multi',
			'likert',
			'digcompedu',
			'text',
			'longtext',
			'date',
			'grid'
		]) {
			expect(types.has(t as Question['type']), t).toBe(true);
		}
	});

	it('reads like Saxon schools: names the state platforms, bodies and programmes', () => {
		const text = JSON.stringify(QUESTIONNAIRES);
		for (const term of [
			'LernSax',
			'OPAL Schule',
			'Schullogin',
			'MeSax',
			'LaSuB',
			'MPZ',
			'SAB',
			'RL Digitale Schulen',
			'Schulkonferenz',
			'Medienbildungskonzept',
			'SaxSVS',
			'DigitalPakt 2.0'
		]) {
			expect(text, term).toContain(term);
		}
	});

	it('keeps the teacher survey anonymous: no "Sonstiges" free text, free text only optional with a warning', () => {
		const teacher = questionsOf('teacher');
		expect(teacher.some((q) => q.type === 'multi' && q.allowOther)).toBe(false);
		for (const q of teacher.filter((q) => q.type === 'text' || q.type === 'longtext')) {
			expect(q.requirement).toBe('optional');
			expect(q.warning).toMatch(/erkennbar/);
		}
		expect(teacher.filter((q) => q.type === 'digcompedu')).toHaveLength(6);
	});

	it('the coverage survey year shows only after a survey was done', () => {
		const itStaff = questionnaireByKey('it-staff')!;
		const p = (answers: Record<string, unknown>) =>
			questionnaireProgress(itStaff, answers as never).sections.find((s) => s.key === 'wlan')!;
		expect(p({}).visible).toBe(p({ 'wlan.survey_done': false }).visible);
		expect(p({ 'wlan.survey_done': true }).visible).toBe(p({}).visible + 1);
		const year = questionsOf('it-staff').find((q) => q.key === 'wlan.survey_year')!;
		expect(validateAnswer(year, '2019')).toEqual({ ok: true, value: 2019 });
	});
});

describe('guide values', () => {
	it('have unique ids, units, sources and sensible ranges', () => {
		expect(new Set(GUIDE_VALUES.map((g) => g.id)).size).toBe(GUIDE_VALUES.length);
		for (const g of GUIDE_VALUES) {
			expect(g.unit, g.id).not.toBe('');
			expect(g.source.title.length, g.id).toBeGreaterThan(5);
			// every figure carries its source note: title, publisher, date and address
			expect(g.source.publisher.length, g.id).toBeGreaterThan(3);
			expect(g.source.date, g.id).toMatch(/\d{4}/);
			expect(g.source.url, g.id).toMatch(/^https:\/\//);
			if (g.direction === 'range') expect(g.upper! > g.value, g.id).toBe(true);
		}
		// the 2018 figure of 50/100 Mbit/s per class is history; gigabit is the target (schule.sachsen.de)
		expect(guideValue('bandwidth.per_class')).toBeUndefined();
		expect(guideValue('bandwidth.gigabit')?.source.publisher).toMatch(
			/Staatsministerium für Kultus/
		);
		expect(guideValue('costs.per_pupil_year')).toMatchObject({
			value: 260,
			secondary: 400,
			direction: 'reference'
		});
		expect(guideValue('support.devices_per_technician')?.value).toBe(400);
	});
});
