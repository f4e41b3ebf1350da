// Anonymous teacher survey (sections I and J). Used by the teacher-survey issue; defined here in the
// same engine. Source: domain.md §2 (KMK areas, DigCompEdu areas and levels A1–C2, SELFIE for
// Teachers), §7 (anonymity: avoid free text, groups n ≥ 5, free text n ≥ 10), §9 I and J.
// Deliberately no "Sonstiges" free text and only coarse groups (subject groups, hour bands).

import type {
	DigCompEduQuestion,
	QuestionnaireDefinition
} from '../../src/lib/domain/questionnaire/types';
import { AGREEMENT_LABELS, KMK_AREAS, KMK_TAGS, SOURCE_DOMAIN } from './shared';

const DCE_HELP =
	'A1 Einsteiger/-in: kaum genutzt · A2 Entdecker/-in: ausprobiert · B1 Insider/-in: regelmäßig genutzt · B2 Experte/Expertin: gezielt ausgewählt und angepasst · C1 Leader/-in: reflektiert und an andere weitergegeben · C2 Vorreiter/-in: neue Ansätze entwickelt (Stufenbezeichnungen der deutschen Fassung von DigCompEdu).';

const dce = (n: number, key: string, label: string): DigCompEduQuestion => ({
	key: `digcompedu.${key}`,
	type: 'digcompedu',
	label,
	help: DCE_HELP,
	requirement: 'soft',
	allowNoAnswer: true,
	competenceTags: [`digcompedu:${n}`]
});

export const teacherQuestionnaire: QuestionnaireDefinition = {
	key: 'teacher',
	version: 1,
	title: 'Befragung der Lehrkräfte (anonym)',
	description:
		'Anonyme Befragung zu Mediennutzung, Hindernissen und eigener Kompetenz. Es werden keine Namen, IP-Adressen oder genauen Zeitpunkte gespeichert; Ergebnisse erscheinen nur für Gruppen ab fünf Personen.',
	audience: 'teacher',
	scope: 'school',
	source: `${SOURCE_DOMAIN} (I, J); §2 KMK-Kompetenzrahmen und DigCompEdu; §7 Anonymität und Mindestgruppengrößen.`,
	sections: [
		{
			key: 'unterricht',
			code: 'I',
			title: 'Digitale Medien in meinem Unterricht',
			questions: [
				{
					key: 'use.frequency',
					type: 'single',
					label: 'Wie oft setzen Sie digitale Medien in Ihrem Unterricht ein?',
					requirement: 'required',
					options: [
						{ value: 'nie', label: 'nie' },
						{ value: 'selten', label: 'seltener als einmal im Monat' },
						{ value: 'monatlich', label: 'mehrmals im Monat' },
						{ value: 'woechentlich', label: 'mehrmals pro Woche' },
						{ value: 'taeglich', label: 'täglich' }
					]
				},
				{
					key: 'use.subject_groups',
					type: 'multi',
					label: 'In welchen Fächergruppen unterrichten Sie?',
					help: 'Bewusst nur Fächergruppen, damit einzelne Personen nicht erkennbar sind.',
					requirement: 'soft',
					options: [
						{ value: 'sprachen', label: 'Deutsch und Fremdsprachen' },
						{
							value: 'mint',
							label: 'Mathematik, Naturwissenschaften, Informatik, Technik/Computer'
						},
						{
							value: 'gesellschaft',
							label: 'Geschichte, Geografie, Gemeinschaftskunde, Ethik/Religion, WTH'
						},
						{ value: 'aesthetik_sport', label: 'Kunst, Musik, Sport' },
						{ value: 'grundschule', label: 'Sachunterricht und Fächer der Grundschule' },
						{ value: 'beruflich', label: 'berufsbezogener Unterricht (BSZ)' }
					]
				},
				{
					key: 'use.kmk_areas',
					type: 'multi',
					label: 'Welche Kompetenzbereiche fördern Sie in Ihrem Unterricht gezielt?',
					requirement: 'soft',
					options: KMK_AREAS,
					competenceTags: KMK_TAGS
				},
				{
					key: 'use.obstacles',
					type: 'multi',
					label: 'Was hindert Sie am häufigsten, digitale Medien einzusetzen?',
					requirement: 'soft',
					options: [
						{ value: 'geraete', label: 'zu wenige oder ungeeignete Geräte' },
						{ value: 'wlan', label: 'unzuverlässiges WLAN oder Internet' },
						{ value: 'praesentation', label: 'fehlende oder defekte Präsentationstechnik' },
						{ value: 'zeit', label: 'Zeit für Vorbereitung' },
						{ value: 'kenntnisse', label: 'eigene Kenntnisse' },
						{ value: 'support', label: 'fehlende technische Unterstützung' },
						{ value: 'recht', label: 'Unsicherheit bei Datenschutz und Urheberrecht' },
						{ value: 'inhalte', label: 'fehlende Inhalte oder Lizenzen' },
						{ value: 'keine', label: 'nichts davon' }
					]
				},
				{
					key: 'use.equipment_fit',
					type: 'likert',
					label: 'Die Ausstattung meiner Schule passt zu dem, was ich im Unterricht vorhabe.',
					labels: AGREEMENT_LABELS,
					requirement: 'soft'
				},
				{
					key: 'use.support_fit',
					type: 'likert',
					label: 'Wenn Technik ausfällt, bekomme ich schnell Hilfe.',
					labels: AGREEMENT_LABELS,
					requirement: 'soft'
				},
				{
					key: 'use.wish',
					type: 'longtext',
					label: 'Was würde Ihnen am meisten helfen? (freiwillig)',
					warning:
						'Freitext kann Sie erkennbar machen. Bitte nennen Sie keine Namen, Klassen oder Fächerkombinationen. Freitexte werden nur gezeigt, wenn mindestens zehn Personen teilgenommen haben.',
					maxLength: 500,
					requirement: 'optional'
				}
			]
		},
		{
			key: 'kompetenz',
			code: 'J',
			title: 'Eigene Kompetenz und Fortbildung',
			intro:
				'Selbsteinschätzung nach dem europäischen Rahmen DigCompEdu. Es gibt keine richtigen oder falschen Antworten; die Ergebnisse dienen der Fortbildungsplanung der Schule.',
			questions: [
				dce(
					1,
					'engagement',
					'Berufliches Engagement: digitale Kommunikation und Zusammenarbeit im Kollegium, eigene Weiterbildung'
				),
				dce(
					2,
					'resources',
					'Digitale Ressourcen: Materialien auswählen, erstellen, verwalten und rechtssicher teilen'
				),
				dce(
					3,
					'teaching',
					'Lehren und Lernen: digitale Medien im Unterricht, Begleitung, kooperatives und selbstgesteuertes Lernen'
				),
				dce(
					4,
					'assessment',
					'Evaluation: digitale Leistungsermittlung, Lernstände auswerten, Feedback geben'
				),
				dce(
					5,
					'empowerment',
					'Lernerorientierung: Differenzierung, Barrierefreiheit, aktive Beteiligung'
				),
				dce(
					6,
					'learner_competence',
					'Förderung der digitalen Kompetenz der Lernenden: Informationskompetenz, Kommunikation, Erstellen, verantwortungsvoller Umgang, Problemlösen'
				),
				{
					key: 'training.hours_12m',
					type: 'single',
					label:
						'Wie viele Stunden Fortbildung zu digitalen Medien haben Sie in den letzten 12 Monaten besucht?',
					help: 'Zeitstunden einschließlich Online-Kursen und schulinterner Fortbildung.',
					requirement: 'soft',
					options: [
						{ value: 'h0', label: 'keine' },
						{ value: 'h1_4', label: '1 bis 4 Stunden' },
						{ value: 'h5_8', label: '5 bis 8 Stunden' },
						{ value: 'h9_16', label: '9 bis 16 Stunden' },
						{ value: 'h17', label: 'mehr als 16 Stunden' }
					]
				},
				{
					key: 'training.formats',
					type: 'multi',
					label: 'Welche Fortbildungsformate bevorzugen Sie?',
					requirement: 'soft',
					options: [
						{ value: 'schilf', label: 'schulintern in Präsenz (SCHILF)' },
						{ value: 'extern', label: 'extern in Präsenz (z. B. LaSuB, MPZ)' },
						{ value: 'webinar', label: 'Online-Veranstaltung live' },
						{ value: 'selbstlern', label: 'Selbstlernkurs (z. B. in OPAL oder LernSax)' },
						{ value: 'kollegial', label: 'kollegiale Hospitation und Beratung' },
						{ value: 'abruf', label: 'Abrufangebot für Fachschaft oder Team' }
					]
				},
				{
					key: 'training.needs_top3',
					type: 'multi',
					label: 'Zu welchen Themen wünschen Sie sich am dringendsten Fortbildung?',
					help: 'Bitte höchstens drei auswählen.',
					requirement: 'soft',
					maxSelections: 3,
					options: [
						{ value: 'lernplattform', label: 'LernSax oder OPAL Schule im Unterricht' },
						{ value: 'tablets', label: 'Tablets im Fachunterricht' },
						{ value: 'displays', label: 'interaktive Displays' },
						{ value: 'recht', label: 'Datenschutz und Urheberrecht' },
						{ value: 'erstellen', label: 'Erklärvideos und digitale Materialien erstellen' },
						{ value: 'pruefen', label: 'digitale Leistungsermittlung' },
						{ value: 'ki', label: 'Künstliche Intelligenz im Unterricht' },
						{
							value: 'differenzierung',
							label: 'Differenzierung und Inklusion mit digitalen Medien'
						},
						{ value: 'informatik', label: 'Algorithmen und informatische Grundbildung' },
						{ value: 'medienkritik', label: 'Medienkritik, Desinformation, Cybermobbing' }
					]
				},
				{
					key: 'training.multiplier',
					type: 'boolean',
					label:
						'Wären Sie bereit, Kolleginnen und Kollegen als Multiplikatorin bzw. Multiplikator zu unterstützen?',
					requirement: 'optional'
				}
			]
		}
	]
};
