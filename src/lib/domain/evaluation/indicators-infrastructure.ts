// Infrastructure indicators of one school (design.md: named pure functions of answers and master data).
// Each returns value, unit, guide value, source, traffic light and the inputs it read.
import { guideValueFor } from '../guide-values';
import { roundTo } from './format';
import { assemble, fmt, guideOf, ratio } from './indicator-kit';
import { InputReader } from './reader';
import { lightAtLeast } from './traffic-light';
import type { Indicator, SchoolEvaluationInput } from './types';

/** School-owned pupil devices per pupil; guide: 1 device per 2 pupils (primary), 1:1 (secondary). */
export function devicesPerPupil(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const devices = r.gridSum(
		'it_staff',
		'devices.student_devices',
		'Schuleigene Schülergeräte (Summe)'
	);
	const pupils = r.pupils();
	const level = r.level();
	const g = guideOf('devices.pupils_per_device');
	const guide = 1 / guideValueFor(g, level); // pupils per device → devices per pupil
	const raw = ratio(devices, pupils);
	const value = raw === null ? null : roundTo(raw, 2);
	return assemble(r, {
		key: 'devicesPerPupil',
		label: 'Schülergeräte je Schülerin/Schüler',
		unit: 'Geräte/Schüler',
		value,
		decimals: 2,
		guide: g,
		guideValue: guide,
		guideText:
			level === 'primary'
				? `mindestens ${fmt(2)(guide)} Geräte je Schülerin/Schüler (Grundschule: 1 Gerät für 2 Kinder)`
				: `mindestens ${fmt(2)(guide)} Gerät je Schülerin/Schüler (weiterführende Schule: 1:1)`,
		decision: lightAtLeast(value, guide, guide / 2, fmt(2))
	});
}

/** Share of teachers with a school-owned device (devices ÷ teachers, capped at 100 %). */
export function teacherDeviceCoverage(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const devices = r.number(
		'it_staff',
		'devices.teacher_devices',
		'Dienstliche Endgeräte für Lehrkräfte'
	);
	const teachers = r.teachers();
	const g = guideOf('devices.teacher_coverage');
	const raw = ratio(devices, teachers);
	const value = raw === null ? null : roundTo(Math.min(raw, 1) * 100, 1);
	return assemble(r, {
		key: 'teacherDeviceCoverage',
		label: 'Lehrkräfte mit dienstlichem Endgerät',
		unit: '%',
		value,
		guide: g,
		guideValue: g.value,
		guideText: '100 % der Lehrkräfte',
		decision: lightAtLeast(value, g.value, 75, fmt(0))
	});
}

/** A connection counts as gigabit-capable with fibre to the building or a contract of ≥ 1 Gbit/s. */
export function hasGigabitConnection(
	type: string | null,
	downMbit: number | null,
	gigabit = 1000
): boolean | null {
	if (type === 'glasfaser') return true;
	if (downMbit !== null && downMbit >= gigabit) return true;
	if (type === null && downMbit === null) return null;
	return false;
}

/**
 * Internet connection (schule.sachsen.de "Breitband"): the Saxon target is a gigabit-capable (fibre)
 * connection for every school. A school with fibre or ≥ 1 Gbit/s meets it (green), whatever the
 * Mbit/s per class. Without one, the contracted bandwidth per class is only a floor: at least
 * 30 Mbit/s (broadband rule) is yellow (target not yet met), below is red.
 */
export function bandwidthPerClass(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const rawType = r.raw('it_staff', 'connectivity.type', 'Art des Internetanschlusses');
	const type = typeof rawType === 'string' && rawType !== '' ? rawType : null;
	const down = r.number('it_staff', 'connectivity.down_mbit', 'Bandbreite im Download (Vertrag)');
	const classes = r.classes();
	const g = guideOf('bandwidth.gigabit');
	const minimum = guideOf('bandwidth.minimum_per_class').value;
	const raw = ratio(down, classes);
	const value = raw === null ? null : roundTo(raw, 1);
	const gigabit = hasGigabitConnection(type, down, g.value);
	const common = {
		key: 'bandwidthPerClass',
		label: 'Internetanbindung (Gigabit/Glasfaser)',
		unit: 'Mbit/s je Klasse',
		value,
		guide: g,
		guideValue: minimum,
		guideText: `gigabitfähiger Glasfaseranschluss; ohne Glasfaser mindestens ${minimum} Mbit/s je Klasse (Breitbandregel)`
	};
	if (gigabit === true) {
		return assemble(r, {
			...common,
			valueText:
				type === 'glasfaser'
					? `Glasfaser${down !== null ? `, ${fmt(0)(down)} Mbit/s` : ''}`
					: `${fmt(0)(down ?? 0)} Mbit/s`,
			decision: {
				light: 'gruen',
				rule: 'grün bei Glasfaseranschluss oder mindestens 1 Gbit/s (Ziel des Freistaats erreicht)'
			}
		});
	}
	const planned = r.raw('it_staff', 'connectivity.gigabit_planned', 'Glasfaseranschluss geplant');
	const note =
		planned === 'im_bau'
			? 'Der Glasfaseranschluss ist laut IT-Betreuung im Bau oder beauftragt.'
			: undefined;
	if (value === null) {
		return assemble(r, {
			...common,
			decision: { light: 'grau', rule: 'grau, solange Anschlussart oder Bandbreite fehlen' },
			...(note ? { note } : {})
		});
	}
	return assemble(r, {
		...common,
		decision:
			value < minimum
				? {
						light: 'rot',
						rule: `rot ohne Glasfaser und unter ${minimum} Mbit/s je Klasse (Breitbandregel)`
					}
				: {
						light: 'gelb',
						rule: `gelb ohne Glasfaser ab ${minimum} Mbit/s je Klasse: Untergrenze erreicht, Gigabit-Ziel nicht`
					},
		...(note ? { note } : {})
	});
}

/** Share of teaching rooms with sufficient WLAN; guide 100 %. */
export function wlanCoverage(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const value = r.number(
		'it_staff',
		'wlan.coverage_percent',
		'Unterrichtsräume mit ausreichendem WLAN'
	);
	const g = guideOf('wlan.coverage_teaching_rooms');
	return assemble(r, {
		key: 'wlanCoverage',
		label: 'WLAN-Abdeckung der Unterrichtsräume',
		unit: '%',
		value,
		decimals: 0,
		guide: g,
		guideValue: g.value,
		guideText: '100 % der Unterrichtsräume',
		decision: lightAtLeast(value, g.value, 75, fmt(0))
	});
}

/**
 * Teaching rooms with fixed presentation technology per teaching room (classrooms + subject rooms):
 * rooms minus "rooms without"; if that is unanswered, displays + projectors (capped at the rooms).
 */
export function presentationPerClassroom(input: SchoolEvaluationInput): Indicator {
	const r = new InputReader(input);
	const classrooms = r.number('school_lead', 'rooms.classrooms', 'Allgemeine Unterrichtsräume');
	const subjectRooms = r.number('school_lead', 'rooms.subject_rooms', 'Fachunterrichtsräume');
	const without = r.number(
		'it_staff',
		'presentation.rooms_without',
		'Räume ohne Präsentationstechnik'
	);
	const rooms = classrooms === null ? null : classrooms + (subjectRooms ?? 0);
	let equipped: number | null = null;
	if (rooms !== null && without !== null) equipped = Math.max(rooms - without, 0);
	else if (rooms !== null) {
		const displays = r.number(
			'it_staff',
			'presentation.rooms_interactive_display',
			'Räume mit interaktivem Display'
		);
		const projectors = r.number(
			'it_staff',
			'presentation.rooms_projector',
			'Räume mit Beamer/Whiteboard'
		);
		if (displays !== null || projectors !== null)
			equipped = Math.min((displays ?? 0) + (projectors ?? 0), rooms);
	}
	const raw = ratio(equipped, rooms);
	const value = raw === null ? null : roundTo(raw, 2);
	const g = guideOf('devices.presentation_per_classroom');
	return assemble(r, {
		key: 'presentationPerClassroom',
		label: 'Präsentationstechnik je Unterrichtsraum',
		unit: 'je Raum',
		value,
		decimals: 2,
		guide: g,
		guideValue: g.value,
		guideText: 'in jedem Unterrichtsraum (1,0 je Raum)',
		decision: lightAtLeast(value, g.value, 0.75, fmt(2))
	});
}
