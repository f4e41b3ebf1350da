// Operation indicators of one school: support ratio, platforms, device management, data protection.
import { assemble, fmt, guideOf } from './indicator-kit';
import { InputReader } from './reader';
import { lightAtLeast, lightAtMost, lightYesNo } from './traffic-light';
import type { Indicator, SchoolEvaluationInput } from './types';

const yesNo = (v: boolean | null) => (v === null ? '–' : v ? 'ja' : 'nein');

/** All school-owned devices (pupils + teachers) per full-time technician; guide ≤ 400. */
export function devicesPerTechnician(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const pupilDevices = r.gridSum(
		'it_staff',
		'devices.student_devices',
		'Schuleigene Schülergeräte (Summe)'
	);
	const teacherDevices = r.number(
		'it_staff',
		'devices.teacher_devices',
		'Dienstliche Endgeräte für Lehrkräfte'
	);
	const fte = r.number('it_staff', 'support.technician_fte', 'Technisches Personal (VZÄ)');
	const g = guideOf('support.devices_per_technician');
	const devices =
		pupilDevices === null && teacherDevices === null
			? null
			: (pupilDevices ?? 0) + (teacherDevices ?? 0);
	const common = {
		key: 'devicesPerTechnician',
		label: 'Endgeräte je Vollzeit-Technikerstelle',
		unit: 'Geräte/VZÄ',
		guide: g,
		guideValue: g.value,
		guideText: `höchstens ${g.value} Geräte je Vollzeitstelle`
	};
	if (devices !== null && devices > 0 && fte === 0) {
		return assemble(r, {
			...common,
			value: null,
			valueText: 'kein technisches Personal',
			decision: {
				light: 'rot',
				rule: 'rot, wenn Geräte vorhanden sind, aber kein technisches Personal'
			},
			note: 'Für die Schule ist kein technisches Personal angegeben (0 VZÄ).'
		});
	}
	const value = devices === null || fte === null || fte === 0 ? null : Math.round(devices / fte);
	return assemble(r, {
		...common,
		value,
		decimals: 0,
		decision: lightAtMost(value, g.value, g.value * 1.5, fmt(0))
	});
}

const LMS_OPTIONS = ['lernsax', 'opal', 'moodle', 'schulserver'];

/** A learning platform (LernSax, OPAL Schule, Moodle, school-server LMS) is in use. */
export function lmsInUse(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const used = r.selected('it_staff', 'platforms.used', 'Genutzte Plattformen und Dienste');
	const g = guideOf('platforms.lms');
	const isUsed = used === null ? null : used.some((v) => LMS_OPTIONS.includes(v));
	return assemble(r, {
		key: 'lmsInUse',
		label: 'Lernplattform im Einsatz',
		unit: '',
		value: isUsed === null ? null : isUsed ? 1 : 0,
		valueText: yesNo(isUsed),
		guide: g,
		guideValue: 1,
		guideText: 'ja (LernSax, OPAL Schule, Moodle o. Ä.)',
		decision: lightYesNo(isUsed)
	});
}

/** Mobile devices are managed with an MDM. */
export function mdmInUse(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const mdm = r.boolean('it_staff', 'devices.mdm', 'Mobile-Device-Management im Einsatz');
	const g = guideOf('devices.mdm');
	return assemble(r, {
		key: 'mdmInUse',
		label: 'Geräteverwaltung (MDM) im Einsatz',
		unit: '',
		value: mdm === null ? null : mdm ? 1 : 0,
		valueText: yesNo(mdm),
		guide: g,
		guideValue: 1,
		guideText: 'ja',
		decision: lightYesNo(mdm)
	});
}

/** The controller's basics, asked of the school lead (the controller), not of the IT staff. */
const PRIVACY_BASICS = [
	{ key: 'privacy.processing_records', label: 'Verzeichnis der Verarbeitungstätigkeiten' },
	{
		key: 'privacy.dpia_platforms',
		label: 'Datenschutz-Folgenabschätzung bzw. Prüfung der Plattformen'
	},
	{ key: 'privacy.processor_agreements', label: 'Auftragsverarbeitungsverträge liegen vor' },
	{ key: 'privacy.usage_rules', label: 'Nutzungsordnung beschlossen und bekannt' }
];

/** How many of the four data-protection basics are in place; grey while any is unanswered. */
export function dataProtectionBasics(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const answers = PRIVACY_BASICS.map((b) => r.boolean('school_lead', b.key, b.label));
	const g = guideOf('privacy.basics');
	const complete = answers.every((a) => a !== null);
	const value = complete ? answers.filter((a) => a === true).length : null;
	return assemble(r, {
		key: 'dataProtectionBasics',
		label: 'Datenschutz-Grundlagen erfüllt',
		unit: 'von 4',
		value,
		decimals: 0,
		guide: g,
		guideValue: g.value,
		guideText: 'alle 4 Grundlagen',
		decision: lightAtLeast(value, g.value, 3, fmt(0)),
		...(complete ? {} : { note: 'Noch nicht alle vier Fragen zum Datenschutz sind beantwortet.' })
	});
}
