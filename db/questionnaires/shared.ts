// Option lists shared by several questionnaires (domain.md §2 competence frameworks, §9 sections).

import type { Option } from '../../src/lib/domain/questionnaire/types';

/** The six areas of the KMK framework "Bildung in der digitalen Welt" (2016), SMK wording in help. */
export const KMK_AREAS: Option[] = [
	{ value: 'kmk1', label: '1 Suchen, Verarbeiten und Aufbewahren' },
	{ value: 'kmk2', label: '2 Kommunizieren und Kooperieren' },
	{ value: 'kmk3', label: '3 Produzieren und Präsentieren' },
	{ value: 'kmk4', label: '4 Schützen und sicher Agieren' },
	{ value: 'kmk5', label: '5 Problemlösen und Handeln' },
	{ value: 'kmk6', label: '6 Analysieren und Reflektieren' }
];

export const KMK_TAGS = ['kmk:1', 'kmk:2', 'kmk:3', 'kmk:4', 'kmk:5', 'kmk:6'];

/** The six DigCompEdu areas (JRC 2017) as named in the official German version. */
export const DIGCOMPEDU_AREAS: Option[] = [
	{ value: 'dce1', label: 'Berufliches Engagement' },
	{ value: 'dce2', label: 'Digitale Ressourcen' },
	{ value: 'dce3', label: 'Lehren und Lernen' },
	{ value: 'dce4', label: 'Evaluation' },
	{ value: 'dce5', label: 'Lernerorientierung' },
	{ value: 'dce6', label: 'Förderung der digitalen Kompetenz der Lernenden' }
];

/** Action fields (Handlungsfelder) of a media development plan, for "top 3" priorities. */
export const ACTION_FIELDS: Option[] = [
	{ value: 'anbindung', label: 'Internetanbindung und Netzwerk' },
	{ value: 'wlan', label: 'WLAN' },
	{ value: 'praesentation', label: 'Präsentationstechnik in den Unterrichtsräumen' },
	{ value: 'schuelergeraete', label: 'Endgeräte für Schülerinnen und Schüler' },
	{ value: 'lehrergeraete', label: 'Endgeräte für Lehrkräfte' },
	{ value: 'fortbildung', label: 'Fortbildung des Kollegiums' },
	{ value: 'unterricht', label: 'Unterrichtsentwicklung und Mediencurriculum' },
	{ value: 'support', label: 'Support, Wartung und Betrieb' },
	{ value: 'plattformen', label: 'Lernplattform und Kommunikation (z. B. LernSax)' },
	{ value: 'datenschutz', label: 'Datenschutz und Informationssicherheit' },
	{ value: 'inklusion', label: 'Inklusion und assistive Technik' }
];

/** Agreement scale used for Likert questions (1 = disagree … 5 = agree). */
export const AGREEMENT_LABELS = [
	'trifft gar nicht zu',
	'trifft eher nicht zu',
	'teils/teils',
	'trifft eher zu',
	'trifft voll zu'
];

export const SOURCE_DOMAIN =
	'Fachliche Grundlage: domain.md (Bedarfsermittlung Sachsen), §3 Orientierungswerte, §9 Fragebogenabschnitte';
