// Section A Stammdaten (school lead). Source: domain.md §9 A, §8 data model (school, rooms).

import type { Section } from '../../../src/lib/domain/questionnaire/types';

const GRADES = Array.from({ length: 12 }, (_, i) => ({
	key: `ks${i + 1}`,
	label: `Klassenstufe ${i + 1}`
}));

export const masterData: Section = {
	key: 'stammdaten',
	code: 'A',
	title: 'Stammdaten der Schule',
	intro:
		'Grunddaten zu Schule, Schülerzahlen, Personal und Räumen. Sie bilden die Basis für alle Kennzahlen, etwa Geräte je Schülerin bzw. Schüler oder Bandbreite je Klasse. Maßgeblich ist der Stand der letzten amtlichen Schulstatistik.',
	questions: [
		{
			key: 'school.type',
			type: 'single',
			label: 'Schulart',
			requirement: 'required',
			options: [
				{ value: 'gs', label: 'Grundschule' },
				{ value: 'os', label: 'Oberschule' },
				{ value: 'osplus', label: 'Oberschule+' },
				{ value: 'gy', label: 'Gymnasium' },
				{ value: 'gms', label: 'Gemeinschaftsschule' },
				{ value: 'foes', label: 'Förderschule' },
				{ value: 'bsz', label: 'Berufliches Schulzentrum' },
				{
					value: 'sonstiges',
					label: 'andere Schulart (z. B. Abendoberschule, Schule des zweiten Bildungswegs)'
				}
			]
		},
		{
			key: 'school.type_other',
			type: 'text',
			label: 'Welche Schulart?',
			requirement: 'required',
			maxLength: 100,
			showIf: { key: 'school.type', op: 'eq', value: 'sonstiges' }
		},
		{
			key: 'school.special_needs_focus',
			type: 'multi',
			label: 'Förderschwerpunkte der Förderschule',
			requirement: 'soft',
			showIf: { key: 'school.type', op: 'eq', value: 'foes' },
			options: [
				{ value: 'lernen', label: 'Lernen' },
				{ value: 'geistig', label: 'geistige Entwicklung' },
				{ value: 'emotional_sozial', label: 'emotionale und soziale Entwicklung' },
				{ value: 'sprache', label: 'Sprache' },
				{ value: 'koerperlich', label: 'körperliche und motorische Entwicklung' },
				{ value: 'hoeren', label: 'Hören' },
				{ value: 'sehen', label: 'Sehen' },
				{ value: 'klinik', label: 'Klinik- und Krankenhausunterricht' }
			],
			allowOther: true
		},
		{
			key: 'school.pupils',
			type: 'integer',
			label: 'Anzahl der Schülerinnen und Schüler',
			help: 'Stand der letzten Herbststatistik. Bei Außenstellen bitte alle Standorte zusammen angeben.',
			unit: 'Schülerinnen und Schüler',
			min: 0,
			max: 5000,
			requirement: 'required',
			guideValue: { ref: 'costs.per_pupil_year' }
		},
		{
			key: 'school.classes_total',
			type: 'integer',
			label: 'Anzahl der Klassen insgesamt',
			help: 'Bei Beruflichen Schulzentren zählen alle Klassen aller Bildungsgänge; Kurse der Oberstufe am Gymnasium bitte als Jahrgangsstufen 11 und 12 in der Tabelle unten angeben.',
			unit: 'Klassen',
			min: 0,
			max: 250,
			requirement: 'required',
			guideValue: { ref: 'bandwidth.minimum_per_class' }
		},
		{
			key: 'school.classes_per_grade',
			type: 'grid',
			label: 'Klassen und Schülerzahlen je Klassenstufe',
			help: 'Nur die Klassenstufen ausfüllen, die es an Ihrer Schule gibt; leere Zeilen bleiben leer. Vorbereitungsklassen (DaZ) bitte in der letzten Zeile.',
			requirement: 'soft',
			showIf: { key: 'school.type', op: 'in', value: ['gs', 'os', 'osplus', 'gy', 'gms', 'foes'] },
			rows: [...GRADES, { key: 'vk', label: 'Vorbereitungsklassen (DaZ)' }],
			columns: [
				{ key: 'klassen', label: 'Klassen' },
				{ key: 'schueler', label: 'Schülerinnen und Schüler' }
			],
			unit: 'Anzahl',
			min: 0,
			max: 500
		},
		{
			key: 'school.inclusion_pupils',
			type: 'integer',
			label:
				'Davon inklusiv unterrichtete Schülerinnen und Schüler mit sonderpädagogischem Förderbedarf',
			help: 'Wichtig für den Bedarf an assistiver Technik und barrierefreien Lernangeboten.',
			unit: 'Schülerinnen und Schüler',
			min: 0,
			max: 5000,
			requirement: 'optional',
			showIf: { key: 'school.type', op: 'neq', value: 'foes' }
		},
		{
			key: 'school.teachers_headcount',
			type: 'integer',
			label: 'Anzahl der Lehrkräfte (Personen)',
			help: 'Alle Lehrkräfte mit Unterrichtsauftrag an Ihrer Schule, einschließlich Teilzeit, abgeordneter Lehrkräfte und Referendarinnen bzw. Referendare.',
			unit: 'Personen',
			min: 0,
			max: 400,
			requirement: 'required'
		},
		{
			key: 'school.teachers_fte',
			type: 'decimal',
			label: 'Lehrkräfte in Vollzeitäquivalenten (VZÄ)',
			help: 'Laut Unterrichtsversorgung des LaSuB; Teilzeitkräfte anteilig, z. B. 0,5.',
			unit: 'VZÄ',
			min: 0,
			max: 400,
			requirement: 'soft'
		},
		{
			key: 'school.other_staff',
			type: 'integer',
			label: 'Weiteres pädagogisches Personal mit Bedarf an digitalen Arbeitsmitteln',
			help: 'z. B. Schulsozialarbeit, Schulassistenz, Praxisberaterinnen und -berater, pädagogische Fachkräfte an Förderschulen.',
			unit: 'Personen',
			min: 0,
			max: 200,
			requirement: 'optional'
		},
		{
			key: 'school.sites',
			type: 'integer',
			label: 'Anzahl der Standorte',
			help: 'Eine Außenstelle mit eigenem Gebäude und eigenem Netzanschluss zählt als eigener Standort.',
			unit: 'Standorte',
			min: 1,
			max: 10,
			requirement: 'required'
		},
		{
			key: 'school.buildings',
			type: 'integer',
			label: 'Anzahl der genutzten Gebäude (alle Standorte)',
			help: 'Nur Gebäude mit Unterrichts- oder Verwaltungsräumen, ohne Sporthalle.',
			unit: 'Gebäude',
			min: 1,
			max: 30,
			requirement: 'soft'
		},
		{
			key: 'rooms.classrooms',
			type: 'integer',
			label: 'Allgemeine Unterrichtsräume (Klassenräume)',
			unit: 'Räume',
			min: 0,
			max: 300,
			requirement: 'required',
			guideValue: { ref: 'wlan.coverage_teaching_rooms' }
		},
		{
			key: 'rooms.subject_rooms',
			type: 'integer',
			label: 'Fachunterrichtsräume',
			help: 'z. B. Physik, Chemie, Biologie, Kunst, Musik, Technik/Computer, Lehrküche.',
			unit: 'Räume',
			min: 0,
			max: 200,
			requirement: 'required'
		},
		{
			key: 'rooms.computer_labs',
			type: 'integer',
			label: 'Computerkabinette',
			unit: 'Räume',
			min: 0,
			max: 30,
			requirement: 'required'
		},
		{
			key: 'rooms.workshops',
			type: 'integer',
			label: 'Werkstätten und Labore',
			help: 'An Beruflichen Schulzentren auch Lernfeld- und Fachpraxisräume.',
			unit: 'Räume',
			min: 0,
			max: 200,
			requirement: 'soft'
		},
		{
			key: 'school.all_day',
			type: 'boolean',
			label: 'Bietet Ihre Schule Ganztagsangebote (GTA) an?',
			requirement: 'soft'
		},
		{
			key: 'school.hort_shared_rooms',
			type: 'boolean',
			label: 'Nutzt der Hort Räume der Schule am Nachmittag mit?',
			help: 'Dann müssen Geräte, WLAN und Präsentationstechnik auch für die Hortnutzung eingeplant werden.',
			requirement: 'optional',
			showIf: { key: 'school.type', op: 'eq', value: 'gs' }
		},
		{
			key: 'school.pupil_trend',
			type: 'single',
			label: 'Erwartete Entwicklung der Schülerzahl in den nächsten fünf Jahren',
			help: 'z. B. laut Schulnetzplanung des Landkreises oder der kreisfreien Stadt.',
			requirement: 'soft',
			options: [
				{ value: 'steigend_stark', label: 'deutlich steigend (mehr als 10 %)' },
				{ value: 'steigend', label: 'leicht steigend' },
				{ value: 'gleich', label: 'etwa gleichbleibend' },
				{ value: 'sinkend', label: 'leicht sinkend' },
				{ value: 'sinkend_stark', label: 'deutlich sinkend (mehr als 10 %)' },
				{ value: 'unbekannt', label: 'nicht bekannt' }
			]
		},
		{
			key: 'building.works_planned',
			type: 'boolean',
			label: 'Sind Bau- oder Sanierungsmaßnahmen am Schulgebäude geplant?',
			help: 'Auch Elektro-, Brandschutz- oder Teilsanierungen. Verkabelung und WLAN lassen sich dann günstig mitplanen (Leerrohre, Datenschränke).',
			requirement: 'required'
		},
		{
			key: 'building.works_start',
			type: 'date',
			label: 'Voraussichtlicher Baubeginn',
			help: 'Ein ungefähres Datum genügt, z. B. 01.07.2027.',
			requirement: 'soft',
			minDate: '2024-01-01',
			maxDate: '2040-12-31',
			showIf: { key: 'building.works_planned', op: 'eq', value: true }
		},
		{
			key: 'building.works_scope',
			type: 'multi',
			label: 'Art der geplanten Baumaßnahme',
			requirement: 'soft',
			showIf: { key: 'building.works_planned', op: 'eq', value: true },
			options: [
				{ value: 'neubau', label: 'Neubau' },
				{ value: 'erweiterung', label: 'Erweiterungsbau' },
				{ value: 'generalsanierung', label: 'Generalsanierung' },
				{ value: 'elektro', label: 'Elektro- und Netzwerkinstallation' },
				{ value: 'brandschutz', label: 'Brandschutz' },
				{ value: 'teilsanierung', label: 'Sanierung einzelner Räume oder Etagen' }
			],
			allowOther: true
		}
	]
};
