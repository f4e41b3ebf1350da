// Rules for operation, platforms and data protection (indicators) and for the teacher survey
// (training, pedagogy, support). Survey thresholds are our assumptions and say so. Pure.
import { costLine } from './cost-lines';
import { num, percent, RED_OR_YELLOW, type IndicatorRule, type SurveyRule } from './rule-kit';
import type { TrafficLight } from '../evaluation/types';

export const supportRule: IndicatorRule = {
	kind: 'indicator',
	id: 'support.technicians',
	indicatorKey: 'devicesPerTechnician',
	lights: RED_OR_YELLOW,
	actionField: 'support',
	title: '2nd-Level-Support personell absichern',
	description:
		'Technikerstellen beim Schulträger oder ein Dienstleistungsvertrag mit festen Reaktionszeiten; 1st-Level-Support an der Schule mit Anrechnungsstunden.',
	reason: (i, s) => {
		if (i.value === null) {
			const devices = (s.facts.studentDevices ?? 0) + (s.facts.teacherDevices ?? 0);
			return `Für ${num(devices, 0)} Endgeräte steht kein technisches Personal zur Verfügung, Orientierungswert höchstens ${num(i.guideValue ?? 400, 0)} Geräte je Vollzeitstelle`;
		}
		return `Auf eine Vollzeit-Technikerstelle kommen ${num(i.value, 0)} Endgeräte, Orientierungswert höchstens ${num(i.guideValue ?? 400, 0)}`;
	},
	costs: (i, s, ctx) => {
		const devices = (s.facts.studentDevices ?? 0) + (s.facts.teacherDevices ?? 0);
		const per = i.guideValue ?? 400;
		const gap = Math.ceil((devices / per - (s.facts.technicianFte ?? 0)) * 10 - 1e-9) / 10;
		if (gap <= 0) return [];
		const basis = `${num(devices, 0)} Geräte ÷ ${num(per, 0)} = ${num(devices / per, 2)} VZÄ, vorhanden ${num(s.facts.technicianFte ?? 0, 2)}`;
		return [costLine(ctx, 'support.technician', gap, basis, s.facts.schoolId)];
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

export const privacyRule: IndicatorRule = {
	kind: 'indicator',
	id: 'privacy.basics',
	indicatorKey: 'dataProtectionBasics',
	lights: RED_OR_YELLOW,
	actionField: 'data_protection',
	title: 'Datenschutz-Grundlagen vervollständigen',
	description:
		'Datenschutzbeauftragte/n benennen, Verzeichnis der Verarbeitungstätigkeiten und Auftragsverarbeitungsverträge vervollständigen, Nutzungsordnung beschließen.',
	reason: (i) =>
		`${num(i.value ?? 0, 0)} von 4 Datenschutz-Grundlagen sind erfüllt, Orientierungswert alle ${num(i.guideValue ?? 4, 0)}`,
	costs: (_i, s, ctx) => [
		costLine(
			ctx,
			'training.data_protection',
			1,
			'externe Beratung und Schulung',
			s.facts.schoolId,
			2
		)
	]
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
