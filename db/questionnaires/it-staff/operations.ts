// Sections F (Plattformen und Software), G (Support und Betrieb), H (Datenschutz und Sicherheit).
// Source: domain.md §9 F (LernSax, OPAL Schule, Moodle via Schullogin: lasub.de/medienbildung-und-
// digitalisierung-4312.html), §3 support (1st level at school with 1–2 release hours, 2nd level by the
// operator, 1 technician per 400 devices), §7 (GDPR), §9 G and H.

import type { Section } from '../../../src/lib/domain/questionnaire/types';
import { AGREEMENT_LABELS } from '../shared';

export const platforms: Section = {
	key: 'plattformen',
	code: 'F',
	title: 'Plattformen und Software',
	questions: [
		{
			key: 'platforms.used',
			type: 'multi',
			label: 'Welche Plattformen und Dienste nutzt Ihre Schule?',
			requirement: 'required',
			options: [
				{ value: 'lernsax', label: 'LernSax' },
				{ value: 'opal', label: 'OPAL Schule' },
				{ value: 'moodle', label: 'Moodle über Schullogin' },
				{ value: 'mesax', label: 'MeSax (Mediendistribution)' },
				{ value: 'microsoft365', label: 'Microsoft 365' },
				{ value: 'schulserver', label: 'Schulserverlösung mit Lernplattform (z. B. IServ)' }
			],
			allowOther: true
		},
		{
			key: 'platforms.schullogin',
			type: 'boolean',
			label:
				'Melden sich Lehrkräfte und Lernende über Schullogin (landesweites Single Sign-on) an?',
			requirement: 'soft'
		},
		{
			key: 'platforms.lernsax_admin',
			type: 'boolean',
			label: 'Gibt es an der Schule eine LernSax-Administration (Accounts, Klassen, Gruppen)?',
			requirement: 'soft',
			showIf: { key: 'platforms.used', op: 'includes', value: 'lernsax' }
		},
		{
			key: 'platforms.school_server',
			type: 'boolean',
			label: 'Betreibt die Schule einen eigenen Server vor Ort?',
			requirement: 'required'
		},
		{
			key: 'platforms.server_roles',
			type: 'multi',
			label: 'Welche Aufgaben übernimmt der Schulserver?',
			requirement: 'soft',
			showIf: { key: 'platforms.school_server', op: 'eq', value: true },
			options: [
				{ value: 'dateien', label: 'Dateiablage' },
				{ value: 'benutzer', label: 'Benutzerverwaltung und Anmeldung' },
				{ value: 'filter', label: 'Webfilter/Proxy' },
				{ value: 'druck', label: 'Druckdienste' },
				{ value: 'software', label: 'Softwareverteilung und Imaging' },
				{ value: 'backup', label: 'Datensicherung' }
			],
			allowOther: true
		},
		{
			key: 'platforms.server_year',
			type: 'year',
			label: 'Anschaffungsjahr des Servers',
			min: 2000,
			max: 2035,
			requirement: 'soft',
			guideValue: { ref: 'binding.it_hardware' },
			showIf: { key: 'platforms.school_server', op: 'eq', value: true }
		},
		{
			key: 'platforms.office_suite',
			type: 'single',
			label: 'Welche Office-Software nutzen Schülerinnen und Schüler vorwiegend?',
			requirement: 'optional',
			options: [
				{ value: 'microsoft', label: 'Microsoft Office bzw. Microsoft 365' },
				{ value: 'libreoffice', label: 'LibreOffice' },
				{ value: 'online_lernsax', label: 'Office-Funktionen in LernSax' },
				{ value: 'apple', label: 'Apple Pages, Numbers, Keynote' },
				{ value: 'gemischt', label: 'gemischt' }
			]
		},
		{
			key: 'platforms.licensed_software',
			type: 'longtext',
			label: 'Welche kostenpflichtige Software und welche Apps werden genutzt?',
			help: 'Bitte mit Lizenzanzahl und Laufzeit, z. B. „Office 365 A3, 60 Lizenzen bis 07/2027“, Fachsoftware für Physik oder CAD am BSZ. Freie Software wie GeoGebra muss nicht genannt werden.',
			maxLength: 3000,
			requirement: 'soft'
		},
		{
			key: 'platforms.assistive_needs',
			type: 'longtext',
			label: 'Welche assistive Technik wird benötigt oder eingesetzt?',
			help: 'z. B. Bildschirmleser, Vergrößerungssoftware, Braillezeile, Sprachausgabe, Talker für Unterstützte Kommunikation. Bitte keine Namen von Schülerinnen und Schülern.',
			maxLength: 2000,
			requirement: 'optional'
		}
	]
};

export const support: Section = {
	key: 'support',
	code: 'G',
	title: 'Support und Betrieb',
	intro:
		'Nach der gemeinsamen Empfehlung von SMK und kommunalen Spitzenverbänden liegt der 1st-Level-Support an der Schule, der 2nd-Level-Support beim Schulträger oder einem Dienstleister.',
	questions: [
		{
			key: 'support.first_level',
			type: 'single',
			label:
				'Wer leistet den 1st-Level-Support (Störung annehmen, einfache Fehler beheben, weiterleiten)?',
			requirement: 'required',
			options: [
				{ value: 'lehrkraft_anrechnung', label: 'eine Lehrkraft mit Anrechnungsstunden' },
				{ value: 'lehrkraft_ohne', label: 'eine Lehrkraft ohne Anrechnung' },
				{ value: 'traeger_personal', label: 'technisches Personal des Schulträgers vor Ort' },
				{ value: 'dienstleister', label: 'ein externer Dienstleister' },
				{ value: 'niemand', label: 'niemand ist festgelegt' }
			]
		},
		{
			key: 'support.first_level_hours',
			type: 'decimal',
			label: 'Anrechnungsstunden für den 1st-Level-Support',
			unit: 'Wochenstunden',
			min: 0,
			max: 26,
			step: 0.5,
			requirement: 'required',
			guideValue: { ref: 'support.first_level_hours' },
			showIf: { key: 'support.first_level', op: 'eq', value: 'lehrkraft_anrechnung' }
		},
		{
			key: 'support.second_level',
			type: 'single',
			label: 'Wer leistet den 2nd-Level-Support (Reparatur, Administration, Netzwerk)?',
			requirement: 'required',
			options: [
				{ value: 'traeger', label: 'IT-Personal des Schulträgers' },
				{ value: 'kommunal', label: 'kommunaler IT-Dienstleister oder Zweckverband' },
				{ value: 'extern', label: 'externer Dienstleister mit Vertrag' },
				{ value: 'mpz', label: 'Medienpädagogisches Zentrum (Koordination)' },
				{ value: 'keiner', label: 'kein geregelter 2nd-Level-Support' }
			]
		},
		{
			key: 'support.response_hours',
			type: 'decimal',
			label: 'Vereinbarte Reaktionszeit des 2nd-Level-Supports',
			help: 'Zeit bis zur ersten Rückmeldung laut Vertrag oder Absprache, in Arbeitsstunden. Leer lassen, wenn nichts vereinbart ist.',
			unit: 'Stunden',
			min: 0,
			max: 720,
			requirement: 'soft',
			showIf: { key: 'support.second_level', op: 'notIn', value: ['keiner'] }
		},
		{
			key: 'support.ticket_system',
			type: 'boolean',
			label: 'Werden Störungen über ein Ticketsystem gemeldet?',
			requirement: 'soft'
		},
		{
			key: 'support.resolution_days',
			type: 'decimal',
			label: 'Durchschnittliche Dauer bis zur Behebung einer Störung',
			unit: 'Arbeitstage',
			min: 0,
			max: 365,
			requirement: 'soft'
		},
		{
			key: 'support.technician_fte',
			type: 'decimal',
			label: 'Technisches Personal, das tatsächlich für Ihre Schule arbeitet',
			help: 'Als Anteil einer Vollzeitstelle, z. B. 0,2 für einen Tag pro Woche.',
			unit: 'VZÄ',
			min: 0,
			max: 20,
			requirement: 'soft',
			guideValue: { ref: 'support.devices_per_technician' }
		},
		{
			key: 'support.network_documentation',
			type: 'boolean',
			label:
				'Gibt es eine aktuelle Netzwerkdokumentation (Netzplan, Geräteliste, hinterlegte Zugangsdaten)?',
			requirement: 'required'
		},
		{
			key: 'support.backup_concept',
			type: 'boolean',
			label: 'Gibt es ein schriftliches Datensicherungskonzept?',
			requirement: 'required'
		},
		{
			key: 'support.inventory',
			type: 'single',
			label: 'Wie wird das Inventar der IT-Geräte geführt?',
			requirement: 'soft',
			options: [
				{ value: 'software', label: 'in einer Inventarsoftware oder im MDM' },
				{ value: 'tabelle', label: 'in einer Tabelle' },
				{ value: 'keins', label: 'gar nicht' }
			]
		},
		{
			key: 'support.satisfaction',
			type: 'likert',
			label: 'Störungen werden schnell und zuverlässig behoben.',
			labels: AGREEMENT_LABELS,
			requirement: 'soft'
		}
	]
};

export const security: Section = {
	key: 'datenschutz',
	code: 'H',
	title: 'Informationssicherheit',
	intro:
		'Technische Sicherheit. Die Fragen zum Datenschutz als Verantwortliche (Verzeichnis, Verträge, Nutzungsordnung) beantwortet die Schulleitung; die bzw. der Datenschutzbeauftragte für die öffentlichen Schulen wird zentral vom LaSuB gestellt.',
	questions: [
		{
			key: 'privacy.mfa_admins',
			type: 'boolean',
			label: 'Melden sich Administratorkonten mit einem zweiten Faktor (MFA) an?',
			requirement: 'soft'
		},
		{
			key: 'privacy.updates',
			type: 'single',
			label: 'Wie werden Sicherheitsupdates eingespielt?',
			requirement: 'soft',
			options: [
				{ value: 'automatisch', label: 'automatisch oder zentral gesteuert' },
				{ value: 'regelmaessig', label: 'manuell in festen Abständen' },
				{ value: 'unregelmaessig', label: 'unregelmäßig' },
				{ value: 'unbekannt', label: 'nicht bekannt' }
			]
		},
		{
			key: 'privacy.incident_12m',
			type: 'boolean',
			label: 'Gab es in den letzten 12 Monaten einen Sicherheitsvorfall?',
			help: 'z. B. Schadsoftware, Datenverlust, gehackte Konten, unberechtigter Zugriff.',
			requirement: 'required'
		},
		{
			key: 'privacy.incident_reported',
			type: 'boolean',
			label:
				'Wurde der Vorfall der Schulleitung, dem Schulträger und der bzw. dem Datenschutzbeauftragten für die öffentlichen Schulen (LaSuB) gemeldet?',
			requirement: 'soft',
			showIf: { key: 'privacy.incident_12m', op: 'eq', value: true }
		}
	]
};
