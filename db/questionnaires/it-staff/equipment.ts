// Sections D (Präsentationstechnik) and E (Endgeräte) for IT staff.
// Source: domain.md §3 devices (1:2 primary, 1:1 secondary, a projector or board in every classroom,
// renewal 3–6 years for end devices, 5–7 for audio/video), §1.2 (mobile devices in DP 2019–2024),
// §9 D and E.

import type { Section } from '../../../src/lib/domain/questionnaire/types';

const roomCount = {
	type: 'integer',
	unit: 'Räume',
	min: 0,
	max: 500
} as const;

export const presentation: Section = {
	key: 'praesentation',
	code: 'D',
	title: 'Präsentationstechnik',
	intro:
		'Ausstattung der Unterrichtsräume mit Displays, Beamern, Dokumentenkameras und Audiotechnik. Ein Raum mit mehreren Geräten zählt bei jedem Gerätetyp.',
	questions: [
		{
			...roomCount,
			key: 'presentation.rooms_interactive_display',
			label: 'Unterrichtsräume mit interaktivem Display (Touchscreen)',
			requirement: 'required',
			guideValue: { ref: 'devices.presentation_per_classroom' }
		},
		{
			...roomCount,
			key: 'presentation.rooms_projector',
			label: 'Unterrichtsräume mit fest installiertem Beamer oder interaktivem Whiteboard',
			requirement: 'required',
			guideValue: { ref: 'devices.presentation_per_classroom' }
		},
		{
			...roomCount,
			key: 'presentation.rooms_document_camera',
			label: 'Unterrichtsräume mit Dokumentenkamera',
			requirement: 'soft'
		},
		{
			...roomCount,
			key: 'presentation.rooms_audio',
			label: 'Unterrichtsräume mit fest installierten Lautsprechern',
			requirement: 'soft'
		},
		{
			...roomCount,
			key: 'presentation.rooms_without',
			label: 'Unterrichtsräume ganz ohne fest installierte Präsentationstechnik',
			help: 'Räume, in denen nur mobile Technik (z. B. ein Beamerwagen) oder gar nichts genutzt werden kann.',
			requirement: 'required',
			guideValue: { ref: 'devices.presentation_per_classroom' }
		},
		{
			key: 'presentation.average_year',
			type: 'year',
			label: 'Durchschnittliches Anschaffungsjahr der Präsentationstechnik',
			help: 'Ein Schätzwert genügt. Viele Geräte stammen aus dem DigitalPakt 2019–2024.',
			min: 2000,
			max: 2035,
			requirement: 'soft',
			guideValue: { ref: 'renewal.audio_video' }
		},
		{
			key: 'presentation.wireless_sharing',
			type: 'boolean',
			label: 'Können Lehrkräfte und Lernende ihren Bildschirm drahtlos auf das Display übertragen?',
			help: 'z. B. per AirPlay, Miracast, Chromecast oder einer App des Herstellers.',
			requirement: 'soft'
		},
		{
			key: 'presentation.connections',
			type: 'multi',
			label: 'Welche Anschlüsse gibt es am Lehrertisch?',
			requirement: 'optional',
			options: [
				{ value: 'hdmi', label: 'HDMI' },
				{ value: 'usbc', label: 'USB-C mit Bildübertragung' },
				{ value: 'vga', label: 'VGA' },
				{ value: 'lan', label: 'Netzwerkdose' },
				{ value: 'audio', label: 'Audio (Klinke)' }
			]
		},
		{
			key: 'presentation.defects_6m',
			type: 'integer',
			label: 'Defekte an Präsentationstechnik in den letzten 6 Monaten',
			help: 'Anzahl der Störungsfälle, bei denen ein Gerät für mindestens einen Unterrichtstag ausfiel.',
			unit: 'Defekte',
			min: 0,
			max: 500,
			requirement: 'soft'
		}
	]
};

export const devices: Section = {
	key: 'endgeraete',
	code: 'E',
	title: 'Endgeräte',
	intro:
		'Schuleigene Geräte für Schülerinnen, Schüler und Lehrkräfte. Private Geräte (BYOD) bitte nicht mitzählen.',
	questions: [
		{
			key: 'devices.student_devices',
			type: 'grid',
			label: 'Schuleigene Geräte für Schülerinnen und Schüler nach Gerätetyp und Betriebssystem',
			help: 'Einsatzbereite Geräte einschließlich Leihgeräten; Geräte im Computerkabinett als Desktop-PC bzw. Notebook.',
			requirement: 'required',
			guideValue: { ref: 'devices.pupils_per_device' },
			rows: [
				{ key: 'tablet', label: 'Tablets' },
				{ key: 'notebook', label: 'Notebooks und Convertibles' },
				{ key: 'desktop', label: 'Desktop-PCs' }
			],
			columns: [
				{ key: 'apple', label: 'iPadOS/macOS' },
				{ key: 'windows', label: 'Windows' },
				{ key: 'android_chrome', label: 'Android/ChromeOS' },
				{ key: 'linux', label: 'Linux' }
			],
			unit: 'Geräte',
			min: 0,
			max: 5000
		},
		{
			key: 'devices.student_model',
			type: 'single',
			label: 'Wie erhalten Schülerinnen und Schüler Zugang zu Geräten?',
			requirement: 'required',
			options: [
				{ value: 'pool', label: 'Gerätepool (Klassensätze, Tabletkoffer, Computerkabinett)' },
				{ value: 'eins_zu_eins_schule', label: '1:1 mit schuleigenen Geräten' },
				{
					value: 'eins_zu_eins_eltern',
					label: '1:1 mit elternfinanzierten Geräten (Kauf oder Miete)'
				},
				{ value: 'byod', label: 'private Geräte (BYOD)' },
				{ value: 'misch', label: 'Mischform' }
			]
		},
		{
			key: 'devices.one_to_one_from_grade',
			type: 'integer',
			label: 'Ab welcher Klassenstufe hat jedes Kind ein eigenes Gerät?',
			unit: 'Klassenstufe',
			min: 1,
			max: 13,
			requirement: 'soft',
			showIf: {
				key: 'devices.student_model',
				op: 'in',
				value: ['eins_zu_eins_schule', 'eins_zu_eins_eltern', 'misch']
			}
		},
		{
			key: 'devices.one_to_one_funding',
			type: 'single',
			label: 'Wer finanziert die Geräte in den 1:1-Klassenstufen?',
			help: 'Elternfinanzierte Geräte sind wegen der Lernmittelfreiheit (§ 38 SächsSchulG) nur freiwillig möglich; für Familien, die nicht kaufen oder mieten, stellt die Schule Leihgeräte.',
			requirement: 'soft',
			showIf: {
				key: 'devices.student_model',
				op: 'in',
				value: ['eins_zu_eins_schule', 'eins_zu_eins_eltern', 'misch']
			},
			options: [
				{ value: 'schule', label: 'Schulträger (schuleigene Geräte)' },
				{ value: 'eltern', label: 'Eltern (Kauf oder Miete), mit Leihgeräten für Härtefälle' },
				{ value: 'byod', label: 'private Geräte (BYOD)' }
			]
		},
		{
			key: 'devices.loan_devices',
			type: 'integer',
			label: 'Davon Leihgeräte, die Schülerinnen und Schüler mit nach Hause nehmen können',
			help: 'z. B. Geräte aus dem Sofortausstattungsprogramm 2020.',
			unit: 'Geräte',
			min: 0,
			max: 5000,
			requirement: 'soft'
		},
		{
			key: 'devices.student_purchase_year',
			type: 'year',
			label: 'Anschaffungsjahr der Mehrzahl der Schülergeräte',
			min: 2005,
			max: 2035,
			requirement: 'soft',
			guideValue: { ref: 'renewal.end_devices' }
		},
		{
			key: 'devices.defective_percent',
			type: 'percent',
			label: 'Anteil der Schülergeräte, die derzeit defekt oder nicht einsatzbereit sind',
			help: 'Auch Geräte mit leerem Akku, fehlenden Updates oder ohne Ladekabel zählen.',
			requirement: 'soft'
		},
		{
			key: 'devices.teacher_devices',
			type: 'integer',
			label: 'Dienstliche Endgeräte für Lehrkräfte',
			help: 'Einschließlich der Geräte aus dem Programm „Leihgeräte für Lehrkräfte“.',
			unit: 'Geräte',
			min: 0,
			max: 1000,
			requirement: 'required'
		},
		{
			key: 'devices.teacher_purchase_year',
			type: 'year',
			label: 'Anschaffungsjahr der Mehrzahl der Lehrkräftegeräte',
			min: 2005,
			max: 2035,
			requirement: 'soft',
			guideValue: { ref: 'renewal.end_devices' },
			showIf: { key: 'devices.teacher_devices', op: 'gt', value: 0 }
		},
		{
			key: 'inventory.cohorts',
			type: 'grid',
			label: 'Gerätebestand nach Beschaffungskohorten',
			help: 'Eine Zeile je Gerätetyp und Förderprogramm: Anschaffungsjahr, Anzahl und Ende der Zweckbindung (Jahr). Ersatz wird nur für fällige Kohorten geplant, nie innerhalb der Zweckbindung, und mit demselben Gerätetyp. Leere Zeilen bedeuten „keine solchen Geräte“.',
			requirement: 'soft',
			guideValue: { ref: 'renewal.end_devices' },
			rows: [
				{ key: 'tablet_dp1', label: 'Schüler-Tablets (DigitalPakt 2019–2024)' },
				{ key: 'tablet_sofort', label: 'Schüler-Leihgeräte (Sofortausstattungsprogramm 2020)' },
				{ key: 'tablet_own', label: 'Schüler-Tablets (Eigenmittel)' },
				{ key: 'notebook_dp1', label: 'Schüler-Notebooks (DigitalPakt 2019–2024)' },
				{ key: 'notebook_own', label: 'Schüler-Notebooks (Eigenmittel)' },
				{ key: 'lab_dp1', label: 'PCs in Computerräumen (DigitalPakt 2019–2024)' },
				{ key: 'lab_own', label: 'PCs in Computerräumen (Eigenmittel)' },
				{ key: 'teacher_2021', label: 'Lehrkräftegeräte (Leihgeräte für Lehrkräfte 2021)' },
				{ key: 'teacher_own', label: 'Lehrkräftegeräte (Eigenmittel)' },
				{ key: 'display_dp1', label: 'Interaktive Displays (DigitalPakt 2019–2024)' },
				{ key: 'display_own', label: 'Interaktive Displays/Beamer (Eigenmittel)' },
				{ key: 'switch_dp1', label: 'Switches (DigitalPakt 2019–2024)' },
				{ key: 'switch_own', label: 'Switches (Eigenmittel)' },
				{ key: 'ap_dp1', label: 'Access Points (DigitalPakt 2019–2024)' },
				{ key: 'ap_own', label: 'Access Points (Eigenmittel)' }
			],
			columns: [
				{ key: 'jahr', label: 'Anschaffungsjahr' },
				{ key: 'anzahl', label: 'Anzahl' },
				{ key: 'bindung_bis', label: 'Zweckbindung bis (Jahr)' }
			],
			unit: 'Jahr bzw. Stück',
			min: 0,
			max: 5000
		},
		{
			key: 'devices.mdm',
			type: 'boolean',
			label: 'Werden die mobilen Geräte über ein Mobile-Device-Management (MDM) verwaltet?',
			requirement: 'required'
		},
		{
			key: 'devices.mdm_product',
			type: 'single',
			label: 'Welches MDM wird genutzt?',
			requirement: 'soft',
			showIf: { key: 'devices.mdm', op: 'eq', value: true },
			display: 'select',
			options: [
				{ value: 'jamf', label: 'Jamf School' },
				{ value: 'relution', label: 'Relution' },
				{ value: 'intune', label: 'Microsoft Intune' },
				{ value: 'mosyle', label: 'Mosyle' },
				{ value: 'google', label: 'Google Admin Console' },
				{ value: 'sonstiges', label: 'anderes Produkt' }
			]
		},
		{
			key: 'devices.mdm_product_other',
			type: 'text',
			label: 'Name des MDM-Produkts',
			maxLength: 100,
			requirement: 'soft',
			showIf: {
				all: [
					{ key: 'devices.mdm', op: 'eq', value: true },
					{ key: 'devices.mdm_product', op: 'eq', value: 'sonstiges' }
				]
			}
		},
		{
			key: 'devices.charging_carts',
			type: 'integer',
			label: 'Lade- und Transportwagen bzw. Ladekoffer',
			unit: 'Stück',
			min: 0,
			max: 200,
			requirement: 'optional'
		}
	]
};
