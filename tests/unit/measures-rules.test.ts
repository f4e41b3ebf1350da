// Findings → proposed measures: each rule fires on the traffic lights it names, states its reason
// with value and guide value, and prices quantities derived from the school's figures.
import { describe, expect, it } from 'vitest';
import { euros, projectPlan } from '../../src/lib/domain/costs';
import type { SchoolEvaluationInput } from '../../src/lib/domain/evaluation';
import type { SurveyResults } from '../../src/lib/domain/survey';
import {
	costItemsFromLines,
	proposeMeasures,
	ruleContext,
	schoolRuleInput,
	surveySignalsFrom,
	type SchoolRuleInput,
	type SurveySignals
} from '../../src/lib/domain/measures';

const context = ruleContext(2026);

/** An Oberschule with gaps everywhere: 60 % WLAN, 200 Mbit/s for 20 classes, 100 tablets for 400 pupils. */
function weakSchool(): SchoolEvaluationInput {
	return {
		school: {
			id: 'os',
			name: 'Oberschule Mitte',
			schoolType: 'OS',
			pupils: 400,
			classes: 20,
			teachers: 36
		},
		schoolLead: {
			'rooms.classrooms': 22,
			'rooms.subject_rooms': 8,
			'privacy.processing_records': false,
			'privacy.dpia_platforms': true,
			'privacy.processor_agreements': true,
			'privacy.usage_rules': true
		},
		itStaff: {
			'wlan.coverage_percent': 60,
			'connectivity.down_mbit': 200,
			'devices.student_devices': { tablet: { apple: 100 } },
			'devices.teacher_devices': 18,
			'support.technician_fte': 0,
			'platforms.used': { selected: ['sonstiges'] },
			'devices.mdm': false,
			'presentation.rooms_without': 12,
			'devices.student_purchase_year': 2018,
			'presentation.average_year': 2019,
			'lan.switch_year': 2015
		},
		referenceYear: 2026
	};
}

/** A Grundschule that meets every guide value. */
function goodSchool(): SchoolEvaluationInput {
	return {
		school: {
			id: 'gs',
			name: 'Grundschule Am Park',
			schoolType: 'GS',
			pupils: 200,
			classes: 8,
			teachers: 14
		},
		schoolLead: {
			'rooms.classrooms': 8,
			'rooms.subject_rooms': 2,
			'privacy.processing_records': true,
			'privacy.dpia_platforms': true,
			'privacy.processor_agreements': true,
			'privacy.usage_rules': true
		},
		itStaff: {
			'wlan.coverage_percent': 100,
			'connectivity.down_mbit': 1000,
			'devices.student_devices': { tablet: { apple: 110 } },
			'devices.teacher_devices': 14,
			'support.technician_fte': 0.5,
			'platforms.used': { selected: ['lernsax'] },
			'devices.mdm': true,
			'presentation.rooms_without': 0,
			'devices.student_purchase_year': 2024,
			'presentation.average_year': 2023,
			'lan.switch_year': 2022
		},
		referenceYear: 2026
	};
}

describe('indicator rules', () => {
	const weak = schoolRuleInput(weakSchool());
	const { findings, measures } = proposeMeasures([weak, schoolRuleInput(goodSchool())], context);
	const finding = (ruleId: string) => findings.find((f) => f.ruleId === ruleId);
	const measure = (ruleId: string) => measures.find((m) => m.ruleId === ruleId);

	it('finds nothing for a school that meets every guide value', () => {
		expect(findings.filter((f) => f.schoolId === 'gs')).toEqual([]);
		expect(findings.length).toBeGreaterThanOrEqual(10);
	});

	it('states the WLAN gap with value and guide value and prices the missing rooms', () => {
		expect(finding('wlan.expand')?.reason).toBe(
			'WLAN deckt 60 % der Unterrichtsräume ab, Orientierungswert 100 %'
		);
		expect(finding('wlan.expand')).toMatchObject({ light: 'rot', actionField: 'infrastructure' });
		const m = measure('wlan.expand');
		const ap = m?.costLines.find((l) => l.catalogueItemId === 'wlan.access_point');
		// 40 % of 30 teaching rooms = 12 access points à 780 €
		expect(ap).toMatchObject({ quantity: 12, amount: euros(9360), schoolId: 'os' });
		expect(ap?.formula).toBe('12 Stück × 780,00\u00a0€ = 9.360,00\u00a0€');
		expect(ap?.basis).toMatch(/^12 von 30 Räumen/);
		expect(m?.reasons).toEqual([
			'Oberschule Mitte: WLAN deckt 60 % der Unterrichtsräume ab, Orientierungswert 100 %'
		]);
		// investment: survey 2.800 + 12 × 780 + 12 × 380; running 12 × 60 per year
		expect(m?.estimate).toMatchObject({
			investment: euros(2800 + 9360 + 4560),
			runningPerYear: euros(720),
			planTotal: euros(2800 + 9360 + 4560 + 5 * 720)
		});
	});

	it('derives device and room quantities from the school figures', () => {
		const tablets = measure('devices.students')?.costLines.find(
			(l) => l.catalogueItemId === 'student.tablet'
		);
		// no 1:1 grade in the school's pedagogy: a pool of 1 device per 2 pupils, not 1:1 for all
		expect(tablets?.quantity).toBe(100); // 200 for 400 pupils, 100 present
		const carts = measure('devices.students')?.costLines.find(
			(l) => l.catalogueItemId === 'student.charging_cart'
		);
		expect(carts?.quantity).toBe(7); // ceil(100 / 16)
		expect(finding('devices.students')?.reason).toMatch(
			/^Es fehlen 100 schuleigene mobile Geräte: Pool für 400 Schülerinnen und Schüler \(1 Gerät je 2; kein 1:1-Jahrgang/
		);
		expect(measure('devices.teachers')?.costLines[0]).toMatchObject({
			quantity: 18,
			catalogueItemId: 'teacher.notebook'
		});
		expect(measure('presentation.rooms')?.costLines[0]).toMatchObject({
			quantity: 12,
			catalogueItemId: 'presentation.display'
		});
		expect(finding('connectivity.upgrade')?.reason).toBe(
			'Die Schule hat keinen Glasfaseranschluss; je Klasse stehen 10 Mbit/s zur Verfügung (Untergrenze 30 Mbit/s je Klasse)'
		);
	});

	it('prices the support gap in tenths of a full-time post', () => {
		expect(finding('support.technicians')?.reason).toBe(
			'Für 118 Endgeräte sind 0,3 VZÄ nötig (höchstens 400 Geräte je Vollzeitstelle), vorhanden an der Schule 0 VZÄ'
		);
		// 118 / 400 = 0,295 → 0,3 VZÄ
		expect(measure('support.technicians')?.costLines[0]).toMatchObject({
			quantity: 0.3,
			amount: euros(22800)
		});
	});

	it('covers ages, platforms and data protection with the right action fields', () => {
		expect(finding('devices.renewal')?.reason).toBe(
			'Die Schülergeräte sind 8 Jahre alt, Erneuerung nach 3–6 Jahren'
		);
		expect(finding('network.renewal')?.light).toBe('rot');
		expect(finding('platforms.lms')?.actionField).toBe('platforms');
		expect(finding('platforms.mdm')?.actionField).toBe('platforms');
		expect(finding('privacy.basics')).toMatchObject({
			actionField: 'data_protection',
			reason:
				'3 von 4 Datenschutz-Grundlagen der Schule sind erfüllt (offen: Verzeichnis der Verarbeitungstätigkeiten), Orientierungswert alle 4'
		});
		// the DSB is provided by LaSuB: nothing to appoint, no consultancy priced by default
		expect(measure('privacy.basics')?.costLines).toEqual([]);
		expect(measure('privacy.basics')?.description).toMatch(/LaSuB/);
		const lms = measure('platforms.lms')?.costLines[0];
		expect(lms).toMatchObject({ years: 1, kind: 'running' });
		expect(measure('platforms.lms')?.estimate.planTotal).toBe(euros(1900)); // once, not five times
	});

	it('orders measures by priority, then by action field', () => {
		const priorities = measures.map((m) => m.priority);
		expect(priorities).toEqual(
			[...priorities].sort(
				(a, b) => ['high', 'medium', 'low'].indexOf(a) - ['high', 'medium', 'low'].indexOf(b)
			)
		);
		expect(measures[0]).toMatchObject({ priority: 'high', actionField: 'infrastructure' });
	});

	it('does not fire on grey (missing) indicators', () => {
		const empty = schoolRuleInput({ ...weakSchool(), itStaff: {}, schoolLead: {} });
		expect(
			empty.indicators.every((i) => i.light === 'grau' || i.key === 'devicesPerTechnician')
		).toBe(true);
		expect(proposeMeasures([empty], context).findings).toEqual([]);
	});
});

describe('survey rules', () => {
	const base = schoolRuleInput(goodSchool());
	const withSurvey = (survey: SurveySignals): SchoolRuleInput => ({ ...base, survey });
	const signals = (o: Partial<SurveySignals>): SurveySignals => ({
		respondents: 14,
		lowProficiencyShare: 20,
		rareUseShare: 10,
		obstacles: [{ value: 'support', label: 'fehlende technische Unterstützung', share: 10 }],
		...o
	});

	it('fires training, pedagogy and support rules at their thresholds', () => {
		expect(proposeMeasures([withSurvey(signals({}))], context).findings).toEqual([]);
		const { findings } = proposeMeasures(
			[
				withSurvey(
					signals({
						lowProficiencyShare: 45.5,
						rareUseShare: 72,
						obstacles: [{ value: 'support', label: '', share: 40 }]
					})
				)
			],
			context
		);
		expect(findings.map((f) => [f.ruleId, f.light])).toEqual([
			['training.basics', 'gelb'],
			['pedagogy.media_team', 'rot'],
			['support.first_level', 'gelb']
		]);
		expect(findings[0].reason).toBe(
			'45,5 % der Selbsteinschätzungen nach DigCompEdu liegen auf Stufe A1/A2 (n = 14); Zielmarke höchstens 40 %'
		);
	});

	it('stays silent without survey signals (below the threshold)', () => {
		expect(proposeMeasures([{ ...base, survey: null }], context).findings).toEqual([]);
	});
});

describe('measures into the cost plan', () => {
	it('turns accepted cost lines into cost items with funding defaults and limited years', () => {
		const { measures } = proposeMeasures([schoolRuleInput(weakSchool())], context);
		const lms = measures.find((m) => m.ruleId === 'platforms.lms');
		const items = costItemsFromLines(lms?.costLines ?? [], context, {
			measureId: 'm1',
			idPrefix: 'm1-'
		});
		// in-house training is a Land task: the Land is the cost bearer by default
		expect(items[0]).toMatchObject({
			id: 'm1-1',
			firstYear: 2026,
			lastYear: 2026,
			measureId: 'm1',
			fundingSource: 'state',
			fundingRatePercent: 100
		});
		expect(projectPlan(items, context.period)).toHaveLength(1);
	});
});

describe('survey signals from aggregated results', () => {
	const levels = (key: string, counts: number[], noAnswer = 0) => ({
		kind: 'levels' as const,
		key,
		label: key,
		sectionTitle: '',
		base: counts.reduce((a, b) => a + b, 0) + noAnswer,
		noAnswer,
		mean: null,
		items: ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((value, i) => ({
			value,
			label: value,
			count: counts[i],
			share: 0
		}))
	});

	it('pools A1/A2 ratings over shown areas and reads use frequency and obstacles', () => {
		const results: SurveyResults = {
			n: 10,
			overall: { shown: true, n: 10, value: true },
			freeText: null,
			questions: [
				{ key: 'd1', result: { shown: true, n: 10, value: levels('d1', [3, 2, 3, 2, 0, 0]) } },
				{ key: 'd2', result: { shown: true, n: 10, value: levels('d2', [1, 1, 4, 2, 0, 0], 2) } },
				{ key: 'd3', result: { shown: false, n: null, reason: 'unter 5' } },
				{
					key: 'use.frequency',
					result: {
						shown: true,
						n: 10,
						value: {
							kind: 'distribution',
							key: 'use.frequency',
							label: '',
							sectionTitle: '',
							base: 10,
							noAnswer: 0,
							mean: null,
							items: [
								{ value: 'nie', label: 'nie', count: 1, share: 10 },
								{ value: 'selten', label: 'selten', count: 4, share: 40 },
								{ value: 'taeglich', label: 'täglich', count: 5, share: 50 }
							]
						}
					}
				},
				{
					key: 'use.obstacles',
					result: {
						shown: true,
						n: 10,
						value: {
							kind: 'ranking',
							key: 'use.obstacles',
							label: '',
							sectionTitle: '',
							base: 10,
							items: [{ value: 'support', label: 'Support', count: 6, share: 60 }]
						}
					}
				}
			]
		};
		// (3 + 2 + 1 + 1) of (10 + 8) rated = 38,9 %
		expect(surveySignalsFrom(results)).toEqual({
			respondents: 10,
			lowProficiencyShare: 38.9,
			rareUseShare: 50,
			obstacles: [{ value: 'support', label: 'Support', share: 60 }]
		});
		expect(
			surveySignalsFrom({ ...results, overall: { shown: false, n: null, reason: 'x' } })
		).toBeNull();
	});
});
