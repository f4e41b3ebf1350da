// Sections K (Strategie, Pädagogik) and J (Fortbildungsorganisation) for the school lead.
// Source: domain.md §1.1 (MBK, LaSuB, MPZ), §1.2 (MBK + Fortbildungsplan as DP prerequisite),
// §2 (KMK/SMK framework, KMK 2021 addendum), §7 (Personalrat, n ≥ 5), §9 J and K.

import type { Section } from '../../../src/lib/domain/questionnaire/types';
import { ACTION_FIELDS, AGREEMENT_LABELS, DIGCOMPEDU_AREAS, KMK_AREAS, KMK_TAGS } from '../shared';

export const strategy: Section = {
	key: 'strategie',
	code: 'K',
	title: 'Strategie und Medienbildungskonzept',
	intro:
		'„Technik folgt der Pädagogik“: Das Medienbildungskonzept (MBK) Ihrer Schule ist Teil des Schulprogramms und die Grundlage für das Medienentwicklungskonzept des Schulträgers.',
	questions: [
		{
			key: 'strategy.mbk_status',
			type: 'single',
			label: 'Hat Ihre Schule ein Medienbildungskonzept (MBK)?',
			requirement: 'required',
			options: [
				{ value: 'ja', label: 'ja' },
				{ value: 'in_arbeit', label: 'es wird gerade erstellt oder überarbeitet' },
				{ value: 'nein', label: 'nein' }
			]
		},
		{
			key: 'strategy.mbk_year',
			type: 'year',
			label: 'In welchem Jahr wurde das MBK zuletzt aktualisiert?',
			help: 'Für den DigitalPakt 2019–2024 haben die meisten Schulen 2019 oder 2020 ein MBK eingereicht.',
			min: 2010,
			max: 2035,
			requirement: 'required',
			showIf: { key: 'strategy.mbk_status', op: 'eq', value: 'ja' }
		},
		{
			key: 'strategy.mbk_in_school_programme',
			type: 'boolean',
			label: 'Ist das MBK in das Schulprogramm eingebunden?',
			requirement: 'soft',
			showIf: { key: 'strategy.mbk_status', op: 'in', value: ['ja', 'in_arbeit'] }
		},
		{
			key: 'strategy.advice_used',
			type: 'multi',
			label: 'Welche Beratung hat Ihre Schule für das MBK genutzt?',
			requirement: 'optional',
			options: [
				{ value: 'lasub', label: 'Beratung Medienbildung des LaSuB' },
				{ value: 'mpz', label: 'Medienpädagogisches Zentrum (MPZ)' },
				{ value: 'kisa', label: 'KISA' },
				{ value: 'schultraeger', label: 'Schulträger' },
				{ value: 'keine', label: 'keine externe Beratung' }
			],
			allowOther: true
		},
		{
			key: 'strategy.media_coordinator',
			type: 'boolean',
			label:
				'Gibt es eine Medienverantwortliche bzw. einen Medienverantwortlichen an Ihrer Schule?',
			help: 'Gemeint ist die pädagogische Koordination der Medienbildung, nicht die technische Betreuung.',
			requirement: 'required'
		},
		{
			key: 'strategy.media_coordinator_hours',
			type: 'decimal',
			label: 'Anrechnungsstunden für die Medienkoordination',
			help: 'Wochenstunden laut Stundentafel bzw. Anrechnung; 0 eingeben, wenn die Aufgabe ohne Anrechnung erledigt wird.',
			unit: 'Wochenstunden',
			min: 0,
			max: 20,
			step: 0.5,
			requirement: 'soft',
			showIf: { key: 'strategy.media_coordinator', op: 'eq', value: true }
		},
		{
			key: 'strategy.media_team_size',
			type: 'integer',
			label: 'Wie viele Lehrkräfte arbeiten in einem Medienteam oder einer Steuergruppe mit?',
			unit: 'Personen',
			min: 0,
			max: 50,
			requirement: 'soft'
		},
		{
			key: 'strategy.bodies_involved',
			type: 'multi',
			label: 'Welche Gremien und Partner wurden an der Medienbildungsplanung beteiligt?',
			requirement: 'soft',
			options: [
				{ value: 'lehrerkonferenz', label: 'Lehrerkonferenz' },
				{ value: 'schulkonferenz', label: 'Schulkonferenz' },
				{ value: 'elternrat', label: 'Elternrat' },
				{ value: 'schuelerrat', label: 'Schülerrat' },
				{ value: 'schultraeger', label: 'Schulträger' },
				{ value: 'mpz', label: 'Medienpädagogisches Zentrum' },
				{ value: 'keine', label: 'bisher keine Beteiligung' }
			],
			allowOther: true
		},
		{
			key: 'strategy.goals',
			type: 'longtext',
			label: 'Welche Ziele verfolgt Ihre Schule mit digitalen Medien in den nächsten fünf Jahren?',
			help: 'Drei bis fünf überprüfbare Ziele genügen, z. B. „Ab Klassenstufe 7 arbeiten alle Klassen mit LernSax-Klassenräumen“ oder „Jede Lehrkraft besucht jährlich eine Fortbildung zu digitalen Medien“.',
			maxLength: 3000,
			requirement: 'soft'
		},
		{
			key: 'strategy.priorities',
			type: 'multi',
			label: 'Welche drei Handlungsfelder haben für Ihre Schule die höchste Priorität?',
			help: 'Bitte höchstens drei auswählen.',
			requirement: 'required',
			maxSelections: 3,
			options: ACTION_FIELDS
		}
	]
};

export const pedagogy: Section = {
	key: 'paedagogik',
	code: 'K',
	title: 'Pädagogik und Unterrichtsentwicklung',
	intro:
		'Wie digitale Medien im Unterricht verankert sind. Grundlage ist der Kompetenzrahmen „Bildung in der digitalen Welt“ der KMK, in Sachsen in der Fassung des SMK, der seit 2019/20 in den Lehrplänen steht.',
	questions: [
		{
			key: 'pedagogy.media_curriculum',
			type: 'single',
			label:
				'Ist festgelegt, in welchen Fächern und Klassenstufen die Medienkompetenzen vermittelt werden (Mediencurriculum)?',
			requirement: 'required',
			options: [
				{ value: 'vollstaendig', label: 'ja, für alle Klassenstufen' },
				{ value: 'teilweise', label: 'teilweise, für einzelne Fächer oder Klassenstufen' },
				{ value: 'nein', label: 'nein' }
			]
		},
		{
			key: 'pedagogy.kmk_areas_binding',
			type: 'multi',
			label: 'Für welche Kompetenzbereiche gibt es verbindliche Unterrichtsvorhaben?',
			help: 'Bereiche des KMK-Kompetenzrahmens; in der sächsischen Fassung heißen sie teils leicht anders (z. B. „Schützen und sicheres Agieren“).',
			requirement: 'soft',
			showIf: { key: 'pedagogy.media_curriculum', op: 'in', value: ['vollstaendig', 'teilweise'] },
			options: KMK_AREAS,
			competenceTags: KMK_TAGS
		},
		{
			key: 'pedagogy.regular_use',
			type: 'likert',
			label: 'Digitale Medien werden an unserer Schule regelmäßig im Fachunterricht genutzt.',
			labels: AGREEMENT_LABELS,
			requirement: 'soft'
		},
		{
			key: 'pedagogy.one_to_one_classes',
			type: 'integer',
			label:
				'Wie viele Klassen arbeiten bereits als Tablet- oder Laptopklasse (ein Gerät je Kind)?',
			unit: 'Klassen',
			min: 0,
			max: 250,
			requirement: 'soft',
			guideValue: { ref: 'devices.pupils_per_device' }
		},
		{
			key: 'pedagogy.digital_assessment',
			type: 'single',
			label: 'Werden digitale Medien bei Leistungsermittlungen eingesetzt?',
			help: 'z. B. Tests in LernSax oder OPAL Schule, digitale Portfolios, Präsentationen mit Bewertung (Prüfungskultur nach KMK 2021).',
			requirement: 'optional',
			options: [
				{ value: 'nie', label: 'nie' },
				{ value: 'vereinzelt', label: 'vereinzelt, durch einzelne Lehrkräfte' },
				{ value: 'regelmaessig', label: 'regelmäßig und abgestimmt in Fachschaften' }
			]
		},
		{
			key: 'pedagogy.task_platform',
			type: 'single',
			label:
				'Über welchen Weg erhalten Schülerinnen und Schüler vorrangig Aufgaben und Materialien?',
			requirement: 'soft',
			options: [
				{ value: 'lernsax', label: 'LernSax' },
				{ value: 'opal', label: 'OPAL Schule' },
				{ value: 'moodle', label: 'Moodle' },
				{ value: 'andere_plattform', label: 'andere Plattform' },
				{ value: 'papier', label: 'überwiegend auf Papier' }
			]
		},
		{
			key: 'pedagogy.parent_communication',
			type: 'multi',
			label: 'Wie kommuniziert die Schule mit den Eltern?',
			requirement: 'optional',
			options: [
				{ value: 'lernsax', label: 'LernSax (Mail, Messenger, Mitteilungen)' },
				{ value: 'schul_app', label: 'Schul-App oder Elternportal' },
				{ value: 'email', label: 'E-Mail' },
				{ value: 'homepage', label: 'Schulhomepage' },
				{ value: 'papier', label: 'Elternbriefe auf Papier' }
			],
			allowOther: true
		},
		{
			key: 'pedagogy.private_device_rules',
			type: 'boolean',
			label: 'Regelt die Hausordnung die Nutzung privater Smartphones und Geräte im Unterricht?',
			requirement: 'optional'
		}
	]
};

export const trainingOrganisation: Section = {
	key: 'fortbildungsorganisation',
	code: 'J',
	title: 'Fortbildung im Kollegium',
	intro:
		'Organisation der Fortbildung zu digitalen Medien. Einschätzungen einzelner Lehrkräfte erhebt die anonyme Lehrkräftebefragung; hier geht es um die Sicht der Schulleitung.',
	questions: [
		{
			key: 'training.plan_exists',
			type: 'boolean',
			label: 'Gibt es einen schulischen Fortbildungsplan zu digitalen Medien?',
			help: 'MBK und Fortbildungsplan waren Voraussetzung für Mittel aus dem DigitalPakt 2019–2024.',
			requirement: 'required'
		},
		{
			key: 'training.plan_year',
			type: 'year',
			label: 'Jahr der letzten Aktualisierung des Fortbildungsplans',
			min: 2010,
			max: 2035,
			requirement: 'soft',
			showIf: { key: 'training.plan_exists', op: 'eq', value: true }
		},
		{
			key: 'training.internal_events',
			type: 'integer',
			label: 'Schulinterne Fortbildungen (SCHILF) zu digitalen Medien in den letzten 12 Monaten',
			unit: 'Veranstaltungen',
			min: 0,
			max: 50,
			requirement: 'soft'
		},
		{
			key: 'training.share_trained',
			type: 'percent',
			label:
				'Anteil der Lehrkräfte mit mindestens einer Fortbildung zu digitalen Medien in den letzten 12 Monaten',
			help: 'Ein Schätzwert genügt.',
			requirement: 'soft'
		},
		{
			key: 'training.providers',
			type: 'multi',
			label: 'Welche Fortbildungsangebote nutzt das Kollegium?',
			requirement: 'optional',
			options: [
				{ value: 'lasub', label: 'Fortbildungen des LaSuB (Fortbildungskatalog)' },
				{ value: 'mpz', label: 'Medienpädagogisches Zentrum (MPZ)' },
				{
					value: 'hochschulen',
					label: 'Hochschulen (z. B. TU Chemnitz, TU Dresden, Universität Leipzig)'
				},
				{ value: 'multiplikatoren', label: 'schulinterne Multiplikatorinnen und Multiplikatoren' },
				{ value: 'selbstlernkurse', label: 'Online-Selbstlernkurse (z. B. in OPAL oder LernSax)' },
				{ value: 'hersteller', label: 'Hersteller oder Händler (Geräteeinweisungen)' }
			],
			allowOther: true
		},
		{
			key: 'training.multipliers',
			type: 'integer',
			label: 'Lehrkräfte, die andere als Multiplikatorin oder Multiplikator unterstützen',
			help: 'z. B. für LernSax, Tablets oder interaktive Displays.',
			unit: 'Personen',
			min: 0,
			max: 100,
			requirement: 'soft'
		},
		{
			key: 'training.budget',
			type: 'currency',
			label: 'Mittel für Fortbildung zu digitalen Medien je Schuljahr',
			help: 'Schulbudget, Fördermittel und Mittel des Fördervereins zusammen; 0 eingeben, wenn keine Mittel vorhanden sind.',
			unit: '€/Schuljahr',
			min: 0,
			max: 100000,
			requirement: 'optional'
		},
		{
			key: 'training.needs_areas',
			type: 'multi',
			label: 'In welchen Bereichen sehen Sie den größten Fortbildungsbedarf im Kollegium?',
			help: 'Bereiche des europäischen Rahmens DigCompEdu; bitte höchstens drei auswählen.',
			requirement: 'soft',
			maxSelections: 3,
			options: DIGCOMPEDU_AREAS,
			competenceTags: [
				'digcompedu:1',
				'digcompedu:2',
				'digcompedu:3',
				'digcompedu:4',
				'digcompedu:5',
				'digcompedu:6'
			]
		},
		{
			key: 'training.teacher_survey_planned',
			type: 'boolean',
			label:
				'Soll eine anonyme Befragung des Kollegiums (Mediennutzung, Selbsteinschätzung) stattfinden?',
			help: 'Die Befragung ist anonym; Ergebnisse werden erst ab fünf Teilnehmenden angezeigt, Freitexte erst ab zehn.',
			requirement: 'soft'
		},
		{
			key: 'training.staff_council_informed',
			type: 'boolean',
			label: 'Ist der Personalrat an der Befragung beteiligt worden?',
			help: 'Beteiligung nach dem Sächsischen Personalvertretungsgesetz (SächsPersVG): Personalrat der Schule, Bezirkspersonalrat am LaSuB-Standort; über den Inhalt von Personalfragebögen bestimmt der Hauptpersonalrat beim SMK mit. Die Ergebnisse dürfen nicht zur Leistungs- oder Verhaltenskontrolle genutzt werden.',
			requirement: 'required',
			showIf: { key: 'training.teacher_survey_planned', op: 'eq', value: true }
		},
		{
			key: 'training.survey_lasub_coordinated',
			type: 'single',
			label: 'Ist die Befragung der Lehrkräfte mit dem LaSuB (Schulaufsicht) abgestimmt?',
			help: 'Lehrkräfte sind Landesbedienstete; Befragungen in Schulen stimmen Sie mit dem zuständigen LaSuB-Standort ab.',
			requirement: 'soft',
			showIf: { key: 'training.teacher_survey_planned', op: 'eq', value: true },
			options: [
				{ value: 'ja', label: 'ja, abgestimmt' },
				{ value: 'angefragt', label: 'angefragt, Antwort steht aus' },
				{ value: 'nein', label: 'nein, noch nicht' }
			]
		}
	]
};

/** The school lead is the controller (Verantwortliche) under the GDPR; the DSB is provided by LaSuB. */
export const schoolDataProtection: Section = {
	key: 'datenschutz_schule',
	code: 'H',
	title: 'Datenschutz (Schulleitung als Verantwortliche)',
	intro:
		'Für die Verarbeitung personenbezogener Daten an der Schule ist die Schulleitung verantwortlich. Die bzw. der Datenschutzbeauftragte für die öffentlichen Schulen wird zentral vom Landesamt für Schule und Bildung (LaSuB) gestellt und berät Sie; eine eigene Benennung ist nicht nötig.',
	questions: [
		{
			key: 'privacy.processing_records',
			type: 'boolean',
			label:
				'Sind die digitalen Dienste der Schule im Verzeichnis der Verarbeitungstätigkeiten erfasst?',
			requirement: 'required'
		},
		{
			key: 'privacy.dpia_platforms',
			type: 'boolean',
			label:
				'Ist für die genutzten Plattformen und Apps geprüft, ob eine Datenschutz-Folgenabschätzung nötig ist, und liegt sie wo nötig vor?',
			help: 'Für die Landesangebote LernSax, OPAL Schule und Schullogin liegt die Dokumentation beim Freistaat; gefragt ist nach zusätzlich genutzten Diensten.',
			requirement: 'required'
		},
		{
			key: 'privacy.processor_agreements',
			type: 'boolean',
			label:
				'Liegen für alle zusätzlich genutzten Apps und Cloud-Dienste Verträge zur Auftragsverarbeitung (AVV) vor?',
			requirement: 'required'
		},
		{
			key: 'privacy.usage_rules',
			type: 'boolean',
			label:
				'Gibt es eine Nutzungsordnung für Geräte, Netz und Internet, die Lernende und Eltern kennen?',
			requirement: 'required'
		}
	]
};
