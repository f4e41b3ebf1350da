// Rules for end devices and presentation technology: each turns an indicator gap into a finding
// with its reason and a priced proposal (quantities from the school's figures). Pure.
import { costLine } from './cost-lines';
import {
	cohortsOf,
	planRenewals,
	PROGRAMME_LABELS,
	type CohortGroup,
	type CohortRenewal
} from './cohorts';
import type { RuleContext } from './types';
import {
	answerOf,
	gridOf,
	indicatorOf,
	num,
	percent,
	RED_OR_YELLOW,
	roomsOf,
	shortfall,
	type IndicatorRule,
	type SchoolRuleInput
} from './rule-kit';

/** Pupils per grade from the school lead's grid (ks1…ks13 → schueler), or null. */
function pupilsByGrade(s: SchoolRuleInput): Map<number, number> | null {
	const grid = gridOf(s, 'schoolLead', 'school.classes_per_grade');
	if (!grid) return null;
	const result = new Map<number, number>();
	for (const [row, cells] of Object.entries(grid)) {
		const m = /^ks(\d+)$/.exec(row);
		const pupils = cells?.schueler;
		if (m && typeof pupils === 'number') result.set(Number(m[1]), pupils);
	}
	return result.size ? result : null;
}

export interface PupilDeviceNeed {
	/** school-funded mobile devices needed (pool + school-funded 1:1 + loan devices) */
	target: number;
	/** school-owned mobile devices (tablets and notebooks; computer-room PCs are counted apart) */
	present: number;
	missing: number;
	basis: string;
	/** Lernmittelfreiheit note when parents finance the 1:1 devices */
	note: string | null;
}

/**
 * Pupil device need from the school's pedagogy (technology follows pedagogy): pupils in the 1:1
 * grades get a device each only when the school funds them (devices.one_to_one_funding); parent-
 * financed or BYOD grades need only loan devices for hardship cases (Lernmittelfreiheit, § 38
 * SächsSchulG); the other grades share a pool at 1 device per 2 pupils (Bertelsmann/ifib 2017,
 * primary value, used as the pool ratio). Computer-room PCs are counted separately.
 */
export function pupilDeviceNeed(s: SchoolRuleInput, poolPerPupil: number): PupilDeviceNeed | null {
	const { pupils } = s.facts;
	if (pupils === null) return null;
	const grid = gridOf(s, 'itStaff', 'devices.student_devices') ?? {};
	const mobile = (['tablet', 'notebook'] as const).reduce(
		(sum, row) =>
			sum +
			Object.values(grid[row] ?? {}).reduce<number>(
				(t, v) => t + (typeof v === 'number' ? v : 0),
				0
			),
		0
	);
	const model = answerOf(s, 'itStaff', 'devices.student_model');
	const fromGrade = answerOf(s, 'itStaff', 'devices.one_to_one_from_grade');
	const funding = answerOf(s, 'itStaff', 'devices.one_to_one_funding');
	const loans = answerOf(s, 'itStaff', 'devices.loan_devices');
	const byGrade = pupilsByGrade(s);
	let oneToOnePupils = 0;
	if (typeof fromGrade === 'number' && model !== 'pool' && model !== 'byod') {
		if (byGrade) for (const [g, n] of byGrade) if (g >= fromGrade) oneToOnePupils += n;
	} else if (model === 'eins_zu_eins_schule') oneToOnePupils = pupils;
	const poolPupils = Math.max(0, pupils - oneToOnePupils);
	const pool = Math.ceil(poolPupils * poolPerPupil - 1e-9);
	const parentFunded =
		funding === 'eltern' || funding === 'byod' || model === 'eins_zu_eins_eltern';
	const loanDevices = typeof loans === 'number' ? loans : 0;
	const schoolOneToOne = oneToOnePupils === 0 ? 0 : parentFunded ? loanDevices : oneToOnePupils;
	const target = pool + schoolOneToOne;
	const missing = Math.max(0, target - mobile);
	const basis =
		oneToOnePupils > 0
			? `1:1 ab Klasse ${fromGrade ?? '–'} für ${num(oneToOnePupils, 0)} Schülerinnen und Schüler (${parentFunded ? `elternfinanziert bzw. privat, schulseitig ${num(loanDevices, 0)} Leihgeräte für Härtefälle` : 'schuleigene Geräte'}), Pool für ${num(poolPupils, 0)} weitere (1 Gerät je ${num(1 / poolPerPupil, 0)}): Ziel ${num(target, 0)}, vorhanden ${num(mobile, 0)} mobile Geräte (ohne PCs in Computerräumen)`
			: `Pool für ${num(poolPupils, 0)} Schülerinnen und Schüler (1 Gerät je ${num(1 / poolPerPupil, 0)}; kein 1:1-Jahrgang im Medienbildungskonzept angegeben): Ziel ${num(target, 0)}, vorhanden ${num(mobile, 0)} mobile Geräte (ohne PCs in Computerräumen)`;
	const note = parentFunded
		? 'Elternfinanzierte Geräte nur freiwillig (Lernmittelfreiheit, § 38 SächsSchulG); Leihgeräte für Familien, die nicht kaufen oder mieten.'
		: null;
	return { target, present: mobile, missing, basis, note };
}

/** Pool ratio: 1 device per 2 pupils (ifib 2017, primary value) for grades without 1:1. */
const POOL_PER_PUPIL = 0.5;

export const studentDevicesRule: IndicatorRule = {
	kind: 'indicator',
	id: 'devices.students',
	indicatorKey: 'devicesPerPupil',
	lights: RED_OR_YELLOW,
	actionField: 'devices',
	title: 'Schülerendgeräte nach dem Medienbildungskonzept ergänzen',
	description:
		'Bedarf aus dem pädagogischen Konzept der Schule: 1:1-Geräte nur in den Klassenstufen, die das Medienbildungskonzept vorsieht, und nur wenn der Schulträger sie finanziert; sonst Klassensätze im Pool (mit Ladewagen, zentral verwaltet). Computerräume werden gesondert betrachtet.',
	applies: (_i, s) => (pupilDeviceNeed(s, POOL_PER_PUPIL)?.missing ?? 0) > 0,
	reason: (_i, s) => {
		const need = pupilDeviceNeed(s, POOL_PER_PUPIL);
		if (!need) return 'Schülerzahl fehlt';
		return `Es fehlen ${num(need.missing, 0)} schuleigene mobile Geräte: ${need.basis}${need.note ? `. ${need.note}` : ''}`;
	},
	costs: (_i, s, ctx) => {
		const need = pupilDeviceNeed(s, POOL_PER_PUPIL);
		if (!need) return [];
		const { missing, basis } = need;
		const schoolId = s.facts.schoolId;
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
	// with a cohort inventory the cohort rule renews only what is due
	applies: (_i, s) => !hasCohorts(s),
	reason: (i) => `Die Schülergeräte sind ${num(i.value ?? 0, 0)} Jahre alt, ${i.guideText}`,
	costs: (_i, s, ctx) => {
		// same device type: tablets stay tablets, computer-room PCs stay PCs
		const grid = gridOf(s, 'itStaff', 'devices.student_devices') ?? {};
		const lines = (['tablet', 'notebook', 'desktop'] as const).map((row) => {
			const count = Object.values(grid[row] ?? {}).reduce<number>(
				(sum, v) => sum + (typeof v === 'number' ? v : 0),
				0
			);
			const item = {
				tablet: 'student.tablet',
				notebook: 'student.notebook',
				desktop: 'student.desktop'
			}[row];
			return costLine(
				ctx,
				item,
				count,
				`Ersatz der ${count} vorhandenen Geräte desselben Typs`,
				s.facts.schoolId
			);
		});
		return lines.filter((l) => l.quantity > 0);
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
	applies: (_i, s) => !hasCohorts(s),
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

// ---- Cohort renewal (issue 11, point 3) ----------------------------------------------------------

function cohortRenewals(s: SchoolRuleInput, ctx: RuleContext, groups: readonly CohortGroup[]) {
	const cohorts = cohortsOf(gridOf(s, 'itStaff', 'inventory.cohorts')).filter((c) =>
		groups.includes(c.type.group)
	);
	return planRenewals(cohorts, ctx.period, ctx.catalogue, (c) => {
		const v = answerOf(s, 'operator', c.type.cycleKey);
		return typeof v === 'number' && v > 0 ? v : null;
	});
}

const hasCohorts = (s: SchoolRuleInput) =>
	cohortsOf(gridOf(s, 'itStaff', 'inventory.cohorts')).length > 0;

function renewalLines(renewals: CohortRenewal[], s: SchoolRuleInput, ctx: RuleContext) {
	return renewals
		.filter((r) => r.inPlan)
		.map((r) =>
			costLine(
				ctx,
				r.cohort.type.catalogueItemId,
				r.cohort.count,
				`Ersatz ${r.renewalYear}: ${num(r.cohort.count, 0)} ${r.cohort.type.label} (${PROGRAMME_LABELS[r.cohort.programme] ?? r.cohort.programme}, beschafft ${r.cohort.purchaseYear}, Zyklus ${r.cycleYears} Jahre${r.heldByBinding ? `, Zweckbindung bis ${r.cohort.bindingUntil}` : ''}); gleicher Gerätetyp`,
				s.facts.schoolId,
				null,
				r.renewalYear
			)
		);
}

function renewalReason(renewals: CohortRenewal[]): string {
	const due = renewals.filter((r) => r.inPlan);
	const held = renewals.filter((r) => !r.inPlan && r.heldByBinding);
	const parts = due.map(
		(r) =>
			`${num(r.cohort.count, 0)} ${r.cohort.type.label} (beschafft ${r.cohort.purchaseYear}) ${r.renewalYear}`
	);
	const tail = held.length
		? `; nicht erneuert, weil noch in der Zweckbindung: ${held.map((r) => `${r.cohort.type.label} bis ${r.cohort.bindingUntil}`).join(', ')}`
		: '';
	return `Fällig im Planungszeitraum: ${parts.join(', ')}${tail}`;
}

const ALL_LIGHTS = ['rot', 'gelb', 'gruen', 'grau'] as const;
const INVENTORY_GROUPS: readonly CohortGroup[] = ['student', 'lab', 'presentation', 'network'];

/** Renews only the due cohorts, with the same device type, never inside a binding period. */
export const cohortRenewalRule: IndicatorRule = {
	kind: 'indicator',
	id: 'inventory.renewal',
	indicatorKey: 'deviceAge',
	lights: ALL_LIGHTS,
	actionField: 'devices',
	title: 'Bestand nach Kohorten planmäßig erneuern',
	description:
		'Ersatz nur der fälligen Beschaffungskohorten, mit demselben Gerätetyp (Computerräume bleiben Computerräume) und nie vor Ende der Zweckbindung; so verteilen sich die Ersatzbeschaffungen über die Jahre.',
	applies: (_i, s, ctx) => cohortRenewals(s, ctx, INVENTORY_GROUPS).some((r) => r.inPlan),
	reason: (_i, s, ctx) => renewalReason(cohortRenewals(s, ctx, INVENTORY_GROUPS)),
	costs: (_i, s, ctx) => renewalLines(cohortRenewals(s, ctx, INVENTORY_GROUPS), s, ctx)
};

/** The 2021 teacher-device fleet is ageing: renew teacher devices when they are due. */
export const teacherRenewalRule: IndicatorRule = {
	kind: 'indicator',
	id: 'devices.teacher_renewal',
	indicatorKey: 'teacherDeviceCoverage',
	lights: ALL_LIGHTS,
	actionField: 'devices',
	title: 'Dienstliche Lehrkräftegeräte planmäßig erneuern',
	description:
		'Die Lehrkräftegeräte aus dem Programm 2021 erreichen das Ende ihrer Nutzungsdauer; Ersatz durch denselben Gerätetyp mit Geräteverwaltung, gestaffelt nach Beschaffungsjahr.',
	applies: (_i, s, ctx) => teacherRenewals(s, ctx).some((r) => r.inPlan),
	reason: (_i, s, ctx) => renewalReason(teacherRenewals(s, ctx)),
	costs: (_i, s, ctx) => renewalLines(teacherRenewals(s, ctx), s, ctx)
};

/** Teacher cohorts, or one cohort from the purchase year of most teacher devices. */
function teacherRenewals(s: SchoolRuleInput, ctx: RuleContext): CohortRenewal[] {
	if (hasCohorts(s)) return cohortRenewals(s, ctx, ['teacher']);
	const year = answerOf(s, 'itStaff', 'devices.teacher_purchase_year');
	const count = s.facts.teacherDevices;
	if (typeof year !== 'number' || !count) return [];
	const grid = { teacher_own: { jahr: year, anzahl: count } };
	return planRenewals(cohortsOf(grid), ctx.period, ctx.catalogue, (c) => {
		const v = answerOf(s, 'operator', c.type.cycleKey);
		return typeof v === 'number' && v > 0 ? v : null;
	});
}
