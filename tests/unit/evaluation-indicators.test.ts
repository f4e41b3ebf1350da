// Every indicator and its traffic light against the guide values (src/lib/domain/guide-values.ts).
import { describe, expect, it } from 'vitest';
import {
	bandwidthPerClass,
	computeIndicators,
	dataProtectionBasics,
	deviceAge,
	devicesPerPupil,
	devicesPerTechnician,
	lmsInUse,
	mdmInUse,
	networkAge,
	presentationAge,
	presentationPerClassroom,
	teacherDeviceCoverage,
	wlanCoverage,
	type SchoolEvaluationInput
} from '../../src/lib/domain/evaluation';
import { guideValue } from '../../src/lib/domain/guide-values';

function input(
	p: {
		type?: 'GS' | 'OS';
		lead?: Record<string, unknown>;
		it?: Record<string, unknown>;
		pupils?: number | null;
		classes?: number | null;
		teachers?: number | null;
	} = {}
): SchoolEvaluationInput {
	return {
		school: {
			id: 's',
			name: 'Schule',
			schoolType: p.type ?? 'OS',
			pupils: p.pupils === undefined ? 400 : p.pupils,
			classes: p.classes === undefined ? 20 : p.classes,
			teachers: p.teachers === undefined ? 40 : p.teachers
		},
		schoolLead: (p.lead ?? {}) as SchoolEvaluationInput['schoolLead'],
		itStaff: (p.it ?? {}) as SchoolEvaluationInput['itStaff'],
		referenceYear: 2026
	};
}
const grid = (n: number) => ({ tablet: { apple: n, windows: null }, notebook: { windows: 0 } });

describe('devicesPerPupil (guide: 1 device per 2 pupils primary, 1:1 secondary)', () => {
	it('secondary: 1.0 green, 0.5 yellow, below red', () => {
		expect(devicesPerPupil(input({ it: { 'devices.student_devices': grid(400) } }))).toMatchObject({
			value: 1,
			guideValue: 1,
			light: 'gruen'
		});
		expect(devicesPerPupil(input({ it: { 'devices.student_devices': grid(200) } })).light).toBe(
			'gelb'
		);
		expect(devicesPerPupil(input({ it: { 'devices.student_devices': grid(190) } })).light).toBe(
			'rot'
		);
	});
	it('primary uses the lower guide value (0.5)', () => {
		const i = devicesPerPupil(input({ type: 'GS', it: { 'devices.student_devices': grid(200) } }));
		expect(i).toMatchObject({
			value: 0.5,
			guideValue: 1 / guideValue('devices.pupils_per_device')!.value,
			light: 'gruen'
		});
	});
	it('the school lead’s pupil count wins over master data, and both inputs are traced', () => {
		const i = devicesPerPupil(
			input({ lead: { 'school.pupils': 200 }, it: { 'devices.student_devices': grid(200) } })
		);
		expect(i.value).toBe(1);
		expect(i.inputs).toEqual([
			{
				key: 'devices.student_devices',
				label: expect.any(String),
				origin: 'it_staff',
				value: grid(200)
			},
			{ key: 'school.pupils', label: expect.any(String), origin: 'school_lead', value: 200 }
		]);
		expect(i.source).toContain('ifib');
	});
	it('grey without device figures', () => {
		expect(devicesPerPupil(input())).toMatchObject({ value: null, light: 'grau', valueText: '–' });
	});
});

describe('teacherDeviceCoverage (guide 100 %)', () => {
	it('100 % green (capped), 75 % yellow, less red, grey without teachers', () => {
		expect(teacherDeviceCoverage(input({ it: { 'devices.teacher_devices': 50 } }))).toMatchObject({
			value: 100,
			light: 'gruen'
		});
		expect(teacherDeviceCoverage(input({ it: { 'devices.teacher_devices': 30 } }))).toMatchObject({
			value: 75,
			light: 'gelb'
		});
		expect(teacherDeviceCoverage(input({ it: { 'devices.teacher_devices': 29 } })).light).toBe(
			'rot'
		);
		expect(
			teacherDeviceCoverage(input({ teachers: null, it: { 'devices.teacher_devices': 29 } })).light
		).toBe('grau');
	});
});

describe('bandwidthPerClass (gigabit/fibre first, 30 Mbit/s per class only as a floor)', () => {
	it('fibre is green whatever the Mbit/s per class (1000 Mbit/s for 28 classes = 35,7)', () => {
		const fibre = bandwidthPerClass(
			input({
				classes: 28,
				it: { 'connectivity.type': 'glasfaser', 'connectivity.down_mbit': 1000 }
			})
		);
		expect(fibre).toMatchObject({ value: 35.7, light: 'gruen' });
		expect(fibre.valueText).toBe('Glasfaser, 1.000 Mbit/s');
		// a gigabit contract on another medium counts as gigabit-capable too
		expect(
			bandwidthPerClass(
				input({ it: { 'connectivity.type': 'kabel', 'connectivity.down_mbit': 1000 } })
			).light
		).toBe('gruen');
	});
	it('without fibre: from 30 Mbit/s per class yellow (floor met, target not), below red', () => {
		const vdsl = { 'connectivity.type': 'vdsl' };
		expect(
			bandwidthPerClass(input({ it: { ...vdsl, 'connectivity.down_mbit': 600 } }))
		).toMatchObject({ value: 30, guideValue: 30, light: 'gelb' });
		expect(
			bandwidthPerClass(input({ it: { ...vdsl, 'connectivity.down_mbit': 500 } }))
		).toMatchObject({ value: 25, light: 'rot' });
	});
	it('grey without classes when there is no fibre', () => {
		expect(
			bandwidthPerClass(
				input({ classes: null, it: { 'connectivity.type': 'vdsl', 'connectivity.down_mbit': 250 } })
			).light
		).toBe('grau');
	});
});

describe('wlanCoverage (guide 100 %)', () => {
	it('100 green, 75 yellow, 74 red, missing grey', () => {
		expect(wlanCoverage(input({ it: { 'wlan.coverage_percent': 100 } })).light).toBe('gruen');
		expect(wlanCoverage(input({ it: { 'wlan.coverage_percent': 75 } })).light).toBe('gelb');
		expect(wlanCoverage(input({ it: { 'wlan.coverage_percent': 74 } })).light).toBe('rot');
		expect(wlanCoverage(input()).light).toBe('grau');
	});
});

describe('presentationPerClassroom (guide: every teaching room)', () => {
	const lead = { 'rooms.classrooms': 16, 'rooms.subject_rooms': 4 };
	it('rooms minus rooms without technology', () => {
		expect(
			presentationPerClassroom(input({ lead, it: { 'presentation.rooms_without': 0 } }))
		).toMatchObject({ value: 1, light: 'gruen' });
		expect(
			presentationPerClassroom(input({ lead, it: { 'presentation.rooms_without': 5 } }))
		).toMatchObject({ value: 0.75, light: 'gelb' });
		expect(
			presentationPerClassroom(input({ lead, it: { 'presentation.rooms_without': 6 } }))
		).toMatchObject({ value: 0.7, light: 'rot' });
	});
	it('falls back to displays + projectors, capped at the rooms', () => {
		expect(
			presentationPerClassroom(
				input({
					lead,
					it: { 'presentation.rooms_interactive_display': 15, 'presentation.rooms_projector': 10 }
				})
			).value
		).toBe(1);
		expect(presentationPerClassroom(input({ it: { 'presentation.rooms_without': 0 } })).light).toBe(
			'grau'
		);
	});
});

describe('equipment age against renewal cycles (reference year 2026)', () => {
	it('devices 3–6 years: ≤3 green, ≤6 yellow, older red', () => {
		expect(deviceAge(input({ it: { 'devices.student_purchase_year': 2023 } }))).toMatchObject({
			value: 3,
			light: 'gruen'
		});
		expect(deviceAge(input({ it: { 'devices.student_purchase_year': 2020 } }))).toMatchObject({
			value: 6,
			light: 'gelb'
		});
		expect(deviceAge(input({ it: { 'devices.student_purchase_year': 2019 } }))).toMatchObject({
			value: 7,
			light: 'rot'
		});
		expect(deviceAge(input()).light).toBe('grau');
	});
	it('presentation 5–7 and network 6–8 years', () => {
		expect(presentationAge(input({ it: { 'presentation.average_year': 2020 } })).light).toBe(
			'gelb'
		);
		expect(presentationAge(input({ it: { 'presentation.average_year': 2018 } })).light).toBe('rot');
		expect(networkAge(input({ it: { 'lan.switch_year': 2020 } })).light).toBe('gruen');
		expect(networkAge(input({ it: { 'lan.switch_year': 2017 } })).light).toBe('rot');
	});
});

describe('devicesPerTechnician (guide ≤ 400)', () => {
	const it400 = { 'devices.student_devices': grid(350), 'devices.teacher_devices': 50 };
	it('400 green, 600 yellow, more red', () => {
		expect(
			devicesPerTechnician(input({ it: { ...it400, 'support.technician_fte': 1 } }))
		).toMatchObject({ value: 400, light: 'gruen' });
		expect(
			devicesPerTechnician(input({ it: { ...it400, 'support.technician_fte': 0.7 } }))
		).toMatchObject({ value: 571, light: 'gelb' });
		expect(
			devicesPerTechnician(input({ it: { ...it400, 'support.technician_fte': 0.5 } }))
		).toMatchObject({ value: 800, light: 'rot' });
	});
	it('devices but no technician at all is red with a note', () => {
		const i = devicesPerTechnician(input({ it: { ...it400, 'support.technician_fte': 0 } }));
		expect(i).toMatchObject({ value: null, light: 'rot', valueText: 'kein technisches Personal' });
		expect(i.note).toBeTruthy();
	});
});

describe('yes/no indicators', () => {
	it('LMS: LernSax counts, only Microsoft 365 does not', () => {
		expect(lmsInUse(input({ it: { 'platforms.used': { selected: ['lernsax'] } } }))).toMatchObject({
			valueText: 'ja',
			light: 'gruen'
		});
		expect(
			lmsInUse(input({ it: { 'platforms.used': { selected: ['microsoft365'] } } }))
		).toMatchObject({ valueText: 'nein', light: 'rot' });
		expect(lmsInUse(input()).light).toBe('grau');
	});
	it('MDM', () => {
		expect(mdmInUse(input({ it: { 'devices.mdm': true } })).light).toBe('gruen');
		expect(mdmInUse(input({ it: { 'devices.mdm': false } })).light).toBe('rot');
	});
	it('data-protection basics of the controller (school lead): 4 green, 3 yellow, 2 red, incomplete grey', () => {
		const all = {
			'privacy.processing_records': true,
			'privacy.dpia_platforms': true,
			'privacy.processor_agreements': true,
			'privacy.usage_rules': true
		};
		expect(dataProtectionBasics(input({ lead: all }))).toMatchObject({ value: 4, light: 'gruen' });
		expect(
			dataProtectionBasics(input({ lead: { ...all, 'privacy.usage_rules': false } }))
		).toMatchObject({ value: 3, light: 'gelb' });
		expect(
			dataProtectionBasics(
				input({ lead: { ...all, 'privacy.usage_rules': false, 'privacy.dpia_platforms': false } })
			).light
		).toBe('rot');
		// the IT staff's answers are not the controller's: they do not count
		expect(dataProtectionBasics(input({ it: all })).light).toBe('grau');
		// the DSB is provided centrally by LaSuB: no question asks whether one is appointed
		expect(dataProtectionBasics(input({ lead: all })).inputs.map((i) => i.key)).not.toContain(
			'privacy.dpo_named'
		);
	});
});

describe('computeIndicators', () => {
	it('returns every indicator with unit, guide value text and source', () => {
		const list = computeIndicators(input());
		expect(list).toHaveLength(12);
		expect(new Set(list.map((i) => i.key)).size).toBe(12);
		for (const i of list) {
			expect(i.source.length).toBeGreaterThan(10);
			expect(i.guideText.length).toBeGreaterThan(0);
			expect(i.rule.length).toBeGreaterThan(0);
		}
	});
});
