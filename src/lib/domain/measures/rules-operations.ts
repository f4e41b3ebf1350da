// Rules for operation, platforms and data protection (indicators) and for the teacher survey
// (training, pedagogy, support). Survey thresholds are our assumptions and say so. Pure.
import { costLine } from './cost-lines';
import {
	answerOf,
	num,
	percent,
	RED_OR_YELLOW,
	type IndicatorRule,
	type SchoolRuleInput,
	type SurveyRule
} from './rule-kit';
import type { TrafficLight } from '../evaluation/types';

const numeric = (v: unknown): number | null =>
	typeof v === 'number' && Number.isFinite(v) ? v : null;

/**
 * Support capacity of a school: its own technician FTE plus its share (by devices) of the
 * Schulträger's central support staff and contracted capacity (operator questionnaire G).
 */
export function supportCapacity(s: SchoolRuleInput, per: number) {
	const devices = (s.facts.studentDevices ?? 0) + (s.facts.teacherDevices ?? 0);
	const own = s.facts.technicianFte ?? 0;
	const centralFte = numeric(answerOf(s, 'operator', 'support_model.staff_fte'));
	const centralDevices = numeric(answerOf(s, 'operator', 'support_model.devices_supported'));
	const secondLevel = answerOf(s, 'operator', 'support_model.second_level');
	const central =
		centralFte !== null && centralDevices !== null && centralDevices > 0
			? (centralFte * Math.min(devices, centralDevices)) / centralDevices
			: 0;
	const needed = devices / per;
	const gap = Math.ceil((needed - own - central) * 10 - 1e-9) / 10;
	return { devices, own, central, centralFte, centralDevices, secondLevel, needed, gap };
}

export const supportRule: IndicatorRule = {
	kind: 'indicator',
	id: 'support.technicians',
	indicatorKey: 'devicesPerTechnician',
	lights: RED_OR_YELLOW,
	actionField: 'support',
	title: '2nd-Level-Support personell absichern',
	description:
		'Technikerstellen beim Schulträger oder ein Dienstleistungsvertrag mit festen Reaktionszeiten; 1st-Level-Support an der Schule mit Anrechnungsstunden. Vorhandenes zentrales Personal und bestehende Verträge des Schulträgers werden angerechnet.',
	// the school's own staff may be thin while the operator's central support covers it
	applies: (i, s) => supportCapacity(s, i.guideValue ?? 400).gap > 0,
	reason: (i, s) => {
		const c = supportCapacity(s, i.guideValue ?? 400);
		const central =
			c.central > 0
				? `; anteilig angerechnet ${num(c.central, 2)} VZÄ des zentralen Supports des Schulträgers (${num(c.centralFte ?? 0, 1)} VZÄ für ${num(c.centralDevices ?? 0, 0)} Geräte)`
				: '';
		return `Für ${num(c.devices, 0)} Endgeräte sind ${num(c.needed, 2)} VZÄ nötig (höchstens ${num(i.guideValue ?? 400, 0)} Geräte je Vollzeitstelle), vorhanden an der Schule ${num(c.own, 2)} VZÄ${central}`;
	},
	costs: (i, s, ctx) => {
		const per = i.guideValue ?? 400;
		const c = supportCapacity(s, per);
		if (c.gap <= 0) return [];
		const basis = `${num(c.devices, 0)} Geräte ÷ ${num(per, 0)} = ${num(c.needed, 2)} VZÄ, vorhanden ${num(c.own + c.central, 2)} (Schule und anteilig zentral)`;
		// an existing service contract is extended rather than a new position created
		if (c.secondLevel === 'extern' || c.secondLevel === 'kommunal') {
			const uncovered = Math.ceil(c.gap * per);
			return [
				costLine(
					ctx,
					'support.contract',
					uncovered,
					`${basis}; bestehender Dienstleistervertrag wird um ${uncovered} Geräte erweitert`,
					s.facts.schoolId
				)
			];
		}
		return [costLine(ctx, 'support.technician', c.gap, basis, s.facts.schoolId)];
	}
};

export const lmsRule: IndicatorRule = {
	kind: 'indicator',
	id: 'platforms.lms',
	indicatorKey: 'lmsInUse',
	lights: ['rot'],
	actionField: 'platforms',
	title: 'Lernplattform einführen (LernSax)',
	description:
		'Einführung von LernSax (kostenfrei vom Freistaat) mit schulinterner Fortbildung und Ansprechperson.',
	reason: () =>
		'Es ist keine Lernplattform im Einsatz, Orientierungswert: eine Lernplattform (z. B. LernSax)',
	costs: (_i, s, ctx) => [
		costLine(ctx, 'training.inhouse', 2, 'zwei Einführungsveranstaltungen', s.facts.schoolId, 1)
	]
};

export const mdmRule: IndicatorRule = {
	kind: 'indicator',
	id: 'platforms.mdm',
	indicatorKey: 'mdmInUse',
	lights: ['rot'],
	actionField: 'platforms',
	title: 'Zentrale Geräteverwaltung (MDM) einführen',
	description:
		'Alle mobilen Geräte werden zentral verwaltet: Apps, Updates, Sperren bei Verlust, Rückgabe.',
	reason: () =>
		'Mobile Geräte werden nicht zentral verwaltet (kein MDM), Orientierungswert: MDM im Einsatz',
	costs: (_i, s, ctx) => {
		const devices = (s.facts.studentDevices ?? 0) + (s.facts.teacherDevices ?? 0);
		return [
			costLine(
				ctx,
				'software.mdm',
				devices,
				`${num(devices, 0)} vorhandene Endgeräte`,
				s.facts.schoolId
			)
		];
	}
};

/**
 * The DSB of Saxon public schools is provided centrally by LaSuB, and the school lead is the
 * controller: the measure asks the school lead to complete the controller's documents, with the
 * LaSuB DSB's advice; it has no cost line (no DSB to appoint, no paid consultancy by default).
 */
export const privacyRule: IndicatorRule = {
	kind: 'indicator',
	id: 'privacy.basics',
	indicatorKey: 'dataProtectionBasics',
	lights: RED_OR_YELLOW,
	actionField: 'data_protection',
	title: 'Datenschutz-Dokumentation der Schule vervollständigen',
	description:
		'Die Schulleitung ist Verantwortliche: Verzeichnis der Verarbeitungstätigkeiten, Prüfung bzw. Datenschutz-Folgenabschätzung für die genutzten Plattformen, Auftragsverarbeitungsverträge und Nutzungsordnung vervollständigen – mit Beratung durch die/den Datenschutzbeauftragte/n für die öffentlichen Schulen beim LaSuB (zentral bestellt, keine eigene Benennung nötig).',
	reason: (i) => {
		const missing = i.inputs
			.filter((x) => x.origin === 'school_lead' && x.value === false)
			.map((x) => x.label);
		return `${num(i.value ?? 0, 0)} von 4 Datenschutz-Grundlagen der Schule sind erfüllt${missing.length ? ` (offen: ${missing.join(', ')})` : ''}, Orientierungswert alle ${num(i.guideValue ?? 4, 0)}`;
	},
	costs: () => []
};

const level = (value: number | null, yellowFrom: number, redFrom: number): TrafficLight | null =>
	value === null || value < yellowFrom ? null : value >= redFrom ? 'rot' : 'gelb';

export const trainingRule: SurveyRule = {
	kind: 'survey',
	id: 'training.basics',
	actionField: 'training',
	title: 'Fortbildungsreihe digitale Basiskompetenzen',
	description:
		'Schulinterne Fortbildungen nach DigCompEdu-Bereichen, Qualifizierung von Multiplikatorinnen und Multiplikatoren, Abrufangebote von LaSuB und MPZ.',
	threshold: 'Annahme: ab 40 % Selbsteinschätzungen auf A1/A2 gelb, ab 60 % rot',
	assess: (sig) => level(sig.lowProficiencyShare, 40, 60),
	reason: (sig) =>
		`${percent(sig.lowProficiencyShare ?? 0, 1)} der Selbsteinschätzungen nach DigCompEdu liegen auf Stufe A1/A2 (n = ${sig.respondents}); Zielmarke höchstens 40 %`,
	costs: (_sig, s, ctx) => [
		costLine(
			ctx,
			'training.inhouse',
			3,
			'drei schulinterne Fortbildungen je Jahr',
			s.facts.schoolId
		),
		costLine(
			ctx,
			'training.multiplier',
			2,
			'zwei Multiplikatorinnen/Multiplikatoren',
			s.facts.schoolId,
			1
		)
	]
};

export const pedagogyRule: SurveyRule = {
	kind: 'survey',
	id: 'pedagogy.media_team',
	actionField: 'pedagogy',
	title: 'Medienteam und Austausch zur Unterrichtsentwicklung',
	description:
		'Ein Medienteam mit Anrechnungsstunden, feste Austauschzeiten in den Fachschaften und Fortschreibung des Medienbildungskonzepts.',
	threshold: 'Annahme: ab 50 % seltener Nutzung (seltener als monatlich) gelb, ab 70 % rot',
	assess: (sig) => level(sig.rareUseShare, 50, 70),
	reason: (sig) =>
		`${percent(sig.rareUseShare ?? 0, 1)} der Lehrkräfte nutzen digitale Medien seltener als einmal im Monat (n = ${sig.respondents})`,
	costs: () => []
};

const supportObstacle = (sig: { obstacles: { value: string; share: number }[] }) =>
	sig.obstacles.find((o) => o.value === 'support')?.share ?? null;

export const firstLevelRule: SurveyRule = {
	kind: 'survey',
	id: 'support.first_level',
	actionField: 'support',
	title: '1st-Level-Support an der Schule verankern',
	description:
		'Eine Ansprechperson mit 1–2 Anrechnungsstunden je Woche, ein Ticketsystem und vereinbarte Reaktionszeiten des 2nd-Level-Supports.',
	threshold: 'Annahme: ab 40 % Nennung „fehlende technische Unterstützung“ gelb, ab 60 % rot',
	assess: (sig) => level(supportObstacle(sig), 40, 60),
	reason: (sig) =>
		`${percent(supportObstacle(sig) ?? 0, 1)} der Lehrkräfte nennen fehlende technische Unterstützung als Hindernis (n = ${sig.respondents})`,
	costs: () => []
};

export const OPERATION_RULES: readonly IndicatorRule[] = [
	supportRule,
	lmsRule,
	mdmRule,
	privacyRule
];
export const SURVEY_RULES: readonly SurveyRule[] = [trainingRule, pedagogyRule, firstLevelRule];
