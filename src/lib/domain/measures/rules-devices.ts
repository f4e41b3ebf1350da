// Rules for end devices and presentation technology: each turns an indicator gap into a finding
// with its reason and a priced proposal (quantities from the school's figures). Pure.
import { costLine } from './cost-lines';
import {
	indicatorOf,
	num,
	percent,
	RED_OR_YELLOW,
	roomsOf,
	shortfall,
	type IndicatorRule
} from './rule-kit';

export const studentDevicesRule: IndicatorRule = {
	kind: 'indicator',
	id: 'devices.students',
	indicatorKey: 'devicesPerPupil',
	lights: RED_OR_YELLOW,
	actionField: 'devices',
	title: 'Schülerendgeräte bedarfsgerecht ergänzen',
	description:
		'Tablets mit Ladewagen, zentral verwaltet (MDM); Ausgabe als Klassensätze oder 1:1 nach dem Medienbildungskonzept der Schule.',
	reason: (i) => {
		const guidePupils = i.guideValue ? num(1 / i.guideValue, 0) : '–';
		if (!i.value)
			return `Die Schule hat keine schuleigenen Schülergeräte, Orientierungswert 1 Gerät je ${guidePupils} Schülerinnen/Schüler`;
		return `Auf ein schuleigenes Schülergerät kommen ${num(1 / i.value)} Schülerinnen und Schüler, Orientierungswert ${guidePupils}`;
	},
	costs: (i, s, ctx) => {
		const { pupils, studentDevices, schoolId } = s.facts;
		if (pupils === null || i.guideValue === null) return [];
		const target = Math.ceil(pupils * i.guideValue - 1e-9);
		const missing = Math.max(0, target - (studentDevices ?? 0));
		const basis = `Ziel ${target} Geräte für ${pupils} Schülerinnen und Schüler, vorhanden ${studentDevices ?? 0}`;
		return [
			costLine(ctx, 'student.tablet', missing, basis, schoolId),
			costLine(
				ctx,
				'student.charging_cart',
				Math.ceil(missing / 16),
				'ein Ladewagen je 16 Geräte',
				schoolId
			),
			costLine(ctx, 'software.mdm', missing, 'MDM-Lizenz je neuem Gerät', schoolId),
			costLine(ctx, 'repair.flat_rate', missing, 'Reparaturpauschale je neuem Gerät', schoolId)
		];
	}
};

export const teacherDevicesRule: IndicatorRule = {
	kind: 'indicator',
	id: 'devices.teachers',
	indicatorKey: 'teacherDeviceCoverage',
	lights: RED_OR_YELLOW,
	actionField: 'devices',
	title: 'Dienstliche Endgeräte für alle Lehrkräfte',
	description:
		'Dienstliche Notebooks für Lehrkräfte ohne Gerät, mit Geräteverwaltung und Nutzungsvereinbarung.',
	reason: (i) =>
		`${percent(i.value ?? 0)} der Lehrkräfte haben ein dienstliches Endgerät, Orientierungswert ${percent(i.guideValue ?? 100)}`,
	costs: (i, s, ctx) => {
		const { teachers, schoolId } = s.facts;
		if (teachers === null || i.value === null) return [];
		const missing = shortfall(teachers, i.value, i.guideValue ?? 100);
		return [
			costLine(
				ctx,
				'teacher.notebook',
				missing,
				`${missing} von ${teachers} Lehrkräften ohne Gerät`,
				schoolId
			)
		];
	}
};

export const presentationRule: IndicatorRule = {
	kind: 'indicator',
	id: 'presentation.rooms',
	indicatorKey: 'presentationPerClassroom',
	lights: RED_OR_YELLOW,
	actionField: 'presentation',
	title: 'Präsentationstechnik in allen Unterrichtsräumen',
	description:
		'Interaktive Displays mit drahtloser Bildschirmübertragung in den Räumen ohne feste Präsentationstechnik.',
	reason: (i) =>
		`${percent((i.value ?? 0) * 100)} der Unterrichtsräume haben feste Präsentationstechnik, Orientierungswert ${percent((i.guideValue ?? 1) * 100)}`,
	costs: (i, s, ctx) => {
		const r = roomsOf(s.facts);
		if (!r || i.value === null) return [];
		const missing = shortfall(r.rooms, i.value * 100, (i.guideValue ?? 1) * 100);
		const basis = `${missing} von ${r.rooms} Räumen ohne Präsentationstechnik`;
		return [
			costLine(ctx, 'presentation.display', missing, basis, s.facts.schoolId),
			costLine(
				ctx,
				'presentation.screen_sharing',
				missing,
				'ein Empfänger je neuem Display',
				s.facts.schoolId
			)
		];
	}
};

export const deviceRenewalRule: IndicatorRule = {
	kind: 'indicator',
	id: 'devices.renewal',
	indicatorKey: 'deviceAge',
	lights: RED_OR_YELLOW,
	actionField: 'devices',
	title: 'Schülergeräte planmäßig erneuern',
	description:
		'Ersatzbeschaffung der veralteten Schülergeräte und ein fester Erneuerungszyklus im Haushalt.',
	reason: (i) => `Die Schülergeräte sind ${num(i.value ?? 0, 0)} Jahre alt, ${i.guideText}`,
	costs: (_i, s, ctx) => {
		const devices = s.facts.studentDevices ?? 0;
		return [
			costLine(
				ctx,
				'student.tablet',
				devices,
				`Ersatz der ${devices} vorhandenen Schülergeräte`,
				s.facts.schoolId
			)
		];
	}
};

export const presentationRenewalRule: IndicatorRule = {
	kind: 'indicator',
	id: 'presentation.renewal',
	indicatorKey: 'presentationAge',
	lights: RED_OR_YELLOW,
	actionField: 'presentation',
	title: 'Präsentationstechnik erneuern',
	description: 'Ersatz der veralteten Beamer und Tafeln durch interaktive Displays.',
	reason: (i) =>
		`Die Präsentationstechnik ist im Mittel ${num(i.value ?? 0, 0)} Jahre alt, ${i.guideText}`,
	costs: (_i, s, ctx) => {
		const r = roomsOf(s.facts);
		const share = indicatorOf(s, 'presentationPerClassroom')?.value;
		if (!r || share == null) return [];
		const equipped = Math.round(r.rooms * share);
		return [
			costLine(
				ctx,
				'presentation.display',
				equipped,
				`${equipped} ausgestattete Räume`,
				s.facts.schoolId
			)
		];
	}
};

export const DEVICE_RULES: readonly IndicatorRule[] = [
	studentDevicesRule,
	teacherDevicesRule,
	deviceRenewalRule,
	presentationRule,
	presentationRenewalRule
];
