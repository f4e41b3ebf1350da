// Sections B (Internetanbindung und LAN) and C (WLAN) for IT staff.
// Source: schule.sachsen.de "Breitband" (gigabit-capable fibre for every school; 30 Mbit/s per class
// only as a floor without fibre, medienbildungskonzept.de), WLAN (Orientierungshilfe
// 2019–2021 as quoted by LernSax: coverage survey, 5 GHz, PoE, central management, VLANs, separate
// networks, roaming; 20–30 clients per AP), renewal cycles; §9 B and C.

import type { Section } from '../../../src/lib/domain/questionnaire/types';
import { AGREEMENT_LABELS } from '../shared';

export const connectivity: Section = {
	key: 'anbindung',
	code: 'B',
	title: 'Internetanbindung und Netzwerk (LAN)',
	intro:
		'Angaben zum Internetanschluss und zur Verkabelung. Verträge und Netzpläne liegen oft beim Schulträger; fragen Sie dort nach, wenn Sie etwas nicht wissen.',
	questions: [
		{
			key: 'connectivity.type',
			type: 'single',
			label: 'Art des Internetanschlusses (pädagogisches Netz)',
			requirement: 'required',
			options: [
				{ value: 'glasfaser', label: 'Glasfaser bis ins Gebäude (FTTB/FTTH)' },
				{ value: 'vdsl', label: 'VDSL/Vectoring (Telefonleitung)' },
				{ value: 'adsl', label: 'ADSL (Telefonleitung, älter)' },
				{ value: 'kabel', label: 'Kabelnetz (DOCSIS)' },
				{
					value: 'kommunal',
					label: 'über das Netz des Schulträgers bzw. kommunalen Rechenzentrums'
				},
				{ value: 'mobilfunk', label: 'Mobilfunk (LTE/5G) oder Richtfunk' },
				{ value: 'unbekannt', label: 'nicht bekannt' }
			]
		},
		{
			key: 'connectivity.gigabit_planned',
			type: 'single',
			label: 'Ist ein Glasfaseranschluss geplant?',
			help: 'z. B. im Rahmen des geförderten Breitbandausbaus (Schulen als förderfähige Einrichtungen).',
			requirement: 'soft',
			guideValue: { ref: 'bandwidth.gigabit' },
			showIf: { key: 'connectivity.type', op: 'neq', value: 'glasfaser' },
			options: [
				{ value: 'im_bau', label: 'ja, im Bau oder beauftragt' },
				{ value: 'geplant', label: 'ja, in Planung' },
				{ value: 'nein', label: 'nein' },
				{ value: 'unbekannt', label: 'nicht bekannt' }
			]
		},
		{
			key: 'connectivity.down_mbit',
			type: 'integer',
			label: 'Vertraglich vereinbarte Bandbreite im Download',
			help: 'Laut Vertrag. Bei mehreren Anschlüssen die Summe der Anschlüsse für das pädagogische Netz.',
			unit: 'Mbit/s',
			min: 0,
			max: 100000,
			requirement: 'required',
			guideValue: { ref: 'bandwidth.gigabit' }
		},
		{
			key: 'connectivity.up_mbit',
			type: 'integer',
			label: 'Vertraglich vereinbarte Bandbreite im Upload',
			help: 'Wichtig für Videokonferenzen, Uploads in LernSax und Cloud-Backups.',
			unit: 'Mbit/s',
			min: 0,
			max: 100000,
			requirement: 'required'
		},
		{
			key: 'connectivity.measured_peak_mbit',
			type: 'decimal',
			label: 'Gemessene Download-Bandbreite zur Hauptnutzungszeit',
			help: 'Messung an einem per Kabel angeschlossenen Gerät am Vormittag bei laufendem Unterricht, z. B. mit breitbandmessung.de. Leer lassen, wenn nicht gemessen wurde.',
			unit: 'Mbit/s',
			min: 0,
			max: 100000,
			requirement: 'soft',
			guideValue: { ref: 'bandwidth.minimum_per_class' }
		},
		{
			key: 'connectivity.separate_admin_line',
			type: 'boolean',
			label:
				'Ist das Verwaltungsnetz (z. B. SaxSVS, Sekretariat) vom pädagogischen Netz getrennt angebunden?',
			help: 'Getrennt heißt: eigener Anschluss oder eine vom Schulträger verwaltete, abgeschottete Verbindung.',
			requirement: 'required'
		},
		{
			key: 'lan.cabled_rooms_percent',
			type: 'percent',
			label: 'Anteil der Unterrichtsräume mit strukturierter Netzwerkverkabelung',
			help: 'Mindestens eine fest installierte Datendose im Raum, die an einen Verteiler angeschlossen ist.',
			requirement: 'required'
		},
		{
			key: 'lan.cabling_category',
			type: 'single',
			label: 'Überwiegende Kategorie der Kupferverkabelung',
			help: 'Steht meist auf dem Kabel oder im Abnahmeprotokoll der Elektrofirma.',
			requirement: 'soft',
			guideValue: { ref: 'renewal.cabling' },
			options: [
				{ value: 'cat5', label: 'Cat 5 / 5e oder älter' },
				{ value: 'cat6', label: 'Cat 6' },
				{ value: 'cat6a', label: 'Cat 6A oder höher' },
				{ value: 'unbekannt', label: 'nicht bekannt' }
			]
		},
		{
			key: 'lan.fiber_backbone',
			type: 'boolean',
			label: 'Sind Gebäude- und Etagenverteiler per Glasfaser verbunden?',
			requirement: 'optional'
		},
		{
			key: 'lan.switch_year',
			type: 'year',
			label: 'Anschaffungsjahr der ältesten noch genutzten Switches',
			help: 'Switches sollten nach etwa 6–8 Jahren erneuert werden.',
			min: 1995,
			max: 2035,
			requirement: 'soft',
			guideValue: { ref: 'renewal.network' }
		},
		{
			key: 'lan.poe',
			type: 'boolean',
			label: 'Versorgen die Switches Access Points per PoE (Power over Ethernet) mit Strom?',
			requirement: 'soft'
		},
		{
			key: 'lan.vlan_separation',
			type: 'boolean',
			label:
				'Sind Netze für Lehrkräfte, Schülerinnen und Schüler, Gäste und Verwaltung per VLAN getrennt?',
			requirement: 'required'
		},
		{
			key: 'lan.firewall',
			type: 'single',
			label: 'Wie wird der Internetzugang geschützt und gefiltert?',
			requirement: 'required',
			options: [
				{
					value: 'traeger',
					label: 'zentrale Firewall mit Jugendschutzfilter des Schulträgers oder Rechenzentrums'
				},
				{ value: 'schule', label: 'eigene Firewall der Schule mit Jugendschutzfilter' },
				{ value: 'nur_firewall', label: 'Firewall ohne Jugendschutzfilter' },
				{ value: 'router', label: 'nur der Router des Anbieters' },
				{ value: 'unbekannt', label: 'nicht bekannt' }
			]
		},
		{
			key: 'lan.outages_per_month',
			type: 'decimal',
			label: 'Wie oft fällt das Internet im Durchschnitt für mehr als 15 Minuten aus?',
			unit: 'Ausfälle je Monat',
			min: 0,
			max: 100,
			requirement: 'soft'
		},
		{
			key: 'lan.equipment_location',
			type: 'single',
			label: 'Wo stehen die zentralen Netzwerkkomponenten (Router, Firewall, Hauptverteiler)?',
			requirement: 'optional',
			options: [
				{ value: 'serverraum', label: 'in einem abgeschlossenen, belüfteten Technikraum' },
				{ value: 'schrank', label: 'in einem abschließbaren Netzwerkschrank' },
				{ value: 'offen', label: 'frei zugänglich (z. B. im Sekretariat oder Lehrerzimmer)' }
			]
		}
	]
};

export const wlan: Section = {
	key: 'wlan',
	code: 'C',
	title: 'WLAN',
	intro:
		'Die sächsische Orientierungshilfe zur Digitalinfrastruktur empfiehlt eine professionelle Ausleuchtung, aktuelle Standards mit 5 GHz, zentral verwaltete Access Points und getrennte Netze für Lehrkräfte, Lernende und Gäste.',
	questions: [
		{
			key: 'wlan.coverage_percent',
			type: 'percent',
			label: 'Anteil der Unterrichtsräume mit ausreichender WLAN-Versorgung',
			help: 'Ausreichend heißt: eine ganze Klasse kann gleichzeitig arbeiten, z. B. Videos abspielen oder einen Test in LernSax schreiben.',
			requirement: 'required',
			guideValue: { ref: 'wlan.coverage_teaching_rooms' }
		},
		{
			key: 'wlan.access_points',
			type: 'integer',
			label: 'Anzahl der Access Points',
			unit: 'Access Points',
			min: 0,
			max: 2000,
			requirement: 'required'
		},
		{
			key: 'wlan.rooms_with_ap',
			type: 'integer',
			label: 'Unterrichtsräume mit einem eigenen Access Point im Raum',
			unit: 'Räume',
			min: 0,
			max: 500,
			requirement: 'soft'
		},
		{
			key: 'wlan.standard',
			type: 'single',
			label: 'Überwiegender WLAN-Standard der Access Points',
			requirement: 'soft',
			guideValue: { ref: 'wlan.standard' },
			options: [
				{ value: 'wifi4', label: 'Wi-Fi 4 (802.11n) oder älter' },
				{ value: 'wifi5', label: 'Wi-Fi 5 (802.11ac)' },
				{ value: 'wifi6', label: 'Wi-Fi 6 (802.11ax)' },
				{ value: 'wifi6e', label: 'Wi-Fi 6E oder Wi-Fi 7' },
				{ value: 'unbekannt', label: 'gemischt oder nicht bekannt' }
			]
		},
		{
			key: 'wlan.survey_done',
			type: 'boolean',
			label: 'Wurde eine professionelle WLAN-Ausleuchtung (Funkvermessung) durchgeführt?',
			help: 'Eine Ausleuchtung vor Ort misst, wo Access Points hängen müssen, damit alle Räume auch bei voller Belegung versorgt sind.',
			requirement: 'soft'
		},
		{
			key: 'wlan.survey_year',
			type: 'year',
			label: 'In welchem Jahr fand die Ausleuchtung statt?',
			min: 2005,
			max: 2035,
			requirement: 'soft',
			showIf: { key: 'wlan.survey_done', op: 'eq', value: true }
		},
		{
			key: 'wlan.networks',
			type: 'multi',
			label: 'Welche getrennten WLAN-Netze (SSIDs) gibt es?',
			requirement: 'soft',
			options: [
				{ value: 'lehrkraefte', label: 'Lehrkräfte' },
				{ value: 'schueler', label: 'Schülerinnen und Schüler' },
				{ value: 'schulgeraete', label: 'schuleigene Geräte (z. B. Tablets über MDM)' },
				{ value: 'gaeste', label: 'Gäste' },
				{ value: 'verwaltung', label: 'Verwaltung' },
				{ value: 'ein_netz', label: 'nur ein gemeinsames Netz für alle' }
			],
			allowOther: true
		},
		{
			key: 'wlan.authentication',
			type: 'single',
			label: 'Wie melden sich Geräte am WLAN an?',
			requirement: 'optional',
			options: [
				{ value: 'psk', label: 'gemeinsames WLAN-Passwort' },
				{ value: 'personal', label: 'persönliche Zugangsdaten (802.1X/RADIUS)' },
				{ value: 'zertifikat', label: 'Zertifikate, verteilt über das MDM' },
				{ value: 'tickets', label: 'Zugangscodes bzw. Tickets' }
			]
		},
		{
			key: 'wlan.central_management',
			type: 'boolean',
			label: 'Werden die Access Points zentral verwaltet (Controller oder Cloud-Management)?',
			requirement: 'soft',
			guideValue: { ref: 'wlan.standard' }
		},
		{
			key: 'wlan.peak_devices_per_room',
			type: 'integer',
			label: 'Höchstzahl gleichzeitig verbundener Geräte in einem Unterrichtsraum',
			help: 'Schülergeräte, Lehrergerät, Display und Smartphones zusammen, in der vollsten Stunde.',
			unit: 'Geräte je Raum',
			min: 0,
			max: 200,
			requirement: 'soft',
			guideValue: { ref: 'wlan.clients_per_ap' }
		},
		{
			key: 'wlan.other_areas',
			type: 'multi',
			label: 'Wo gibt es außerhalb der Unterrichtsräume WLAN?',
			requirement: 'optional',
			options: [
				{ value: 'lehrerzimmer', label: 'Lehrerzimmer' },
				{ value: 'aula', label: 'Aula oder Mensa' },
				{ value: 'bibliothek', label: 'Bibliothek' },
				{ value: 'sporthalle', label: 'Sporthalle' },
				{ value: 'flure', label: 'Flure' },
				{ value: 'aussen', label: 'Schulhof oder Außenbereich' }
			]
		},
		{
			key: 'wlan.reliability',
			type: 'likert',
			label: 'Das WLAN funktioniert im Unterricht zuverlässig.',
			labels: AGREEMENT_LABELS,
			requirement: 'soft'
		}
	]
};
