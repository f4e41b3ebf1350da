// Orientierungswerte (guide values), editierbar; Stand 11/2026.
// Sources: domain.md §3 (needs-assessment benchmarks) and §4 (sustainability/TCO). These are
// orientation values from public sources, not legal requirements; an admin may override them
// (the app stores edits as data; this file is the shipped default). Pure and client-safe.

export const GUIDE_VALUES_AS_OF = '2026-11';
export const GUIDE_VALUES_NOTE =
	'Orientierungswerte aus öffentlichen Quellen, editierbar; Stand 11/2026. Sie ersetzen keine Förderrichtlinie.';

/** 'min': the actual value should be at least the guide value; 'max': at most; 'range': inside [value, upper]. */
export type GuideDirection = 'min' | 'max' | 'range';

export interface GuideSource {
	title: string;
	/** URL or bibliographic reference as in domain.md */
	ref: string;
}

export interface GuideValue {
	id: string;
	label: string;
	/** the value for all schools, or for the primary level (Grundschule) when `secondary` is set */
	value: number;
	/** value for secondary schools (Oberschule, Gymnasium, Förderschule, BSZ) if it differs */
	secondary?: number;
	/** upper end for direction 'range' (e.g. 20–30 clients per access point) */
	upper?: number;
	unit: string;
	direction: GuideDirection;
	/** how to read the value, in German, shown next to the answer */
	note?: string;
	source: GuideSource;
}

const S = {
	bandwidthSaxony: {
		title: 'Sächsisches Ziel „zukunftsfähige“ Schulanbindung (MDR, 12/2018)',
		ref: 'mdr.de (12/2018)'
	},
	broadbandRule: {
		title: 'EU/BMWi-Breitbandregel: 30 Mbit/s je Klasse dauerhaft plus Verwaltung',
		ref: 'medienbildungskonzept.de/mustertexte/internetanbindung'
	},
	gigabit: {
		title: 'Medienpädagogische Empfehlung: symmetrisch 1 Gbit/s Glasfaser',
		ref: 'medienbildungskonzept.de/mep/internet'
	},
	ifib: {
		title: 'Bertelsmann Stiftung / ifib (2017): Gesamtkosten für Schul-IT',
		ref: 'ifib.de/blog/detail/gesamtkosten-fuer-schul-it; tagesspiegel.de (11/2017)'
	},
	wlanOh: {
		title:
			'Orientierungshilfe zur grundlegenden Digitalinfrastruktur 2019–2021 (SMK/kommunale Spitzenverbände), zitiert nach LernSax',
		ref: 'lernsax.de/wws/295140.php'
	},
	lanline: {
		title: 'LANline (2022): Clients je Access Point im Klassenraum',
		ref: 'lanline.de (2022)'
	},
	ictCoach: {
		title: 'ICT-Coach: Erneuerungszyklen der Basisinfrastruktur',
		ref: 'ict-coach.ch/zh/basisinfrastruktur/erneuerungen'
	},
	bavaria: {
		title: 'Bayerische DigitalPakt-Richtlinie, Nr. 4.3 (Zweckbindungsfristen)',
		ref: 'gesetze-bayern.de'
	},
	support: {
		title: 'First-Level-Support durch Lehrkräfte mit Anrechnungsstunden',
		ref: 'garbe-lexis.de'
	}
} satisfies Record<string, GuideSource>;

export const GUIDE_VALUES: readonly GuideValue[] = [
	{
		id: 'bandwidth.per_class',
		label: 'Bandbreite je Klasse (zukunftsfähig)',
		value: 50,
		secondary: 100,
		unit: 'Mbit/s je Klasse',
		direction: 'min',
		note: 'Grundschule ≥ 50 Mbit/s, weiterführende Schulen ≥ 100 Mbit/s je Klasse; langfristig Gigabit.',
		source: S.bandwidthSaxony
	},
	{
		id: 'bandwidth.minimum_per_class',
		label: 'Mindestbandbreite je Klasse (Breitbandregel)',
		value: 30,
		unit: 'Mbit/s je Klasse',
		direction: 'min',
		note: 'Eine Schule gilt nur dann als versorgt, wenn jede Klasse dauerhaft mindestens 30 Mbit/s hat, zuzüglich Verwaltung.',
		source: S.broadbandRule
	},
	{
		id: 'bandwidth.gigabit',
		label: 'Gigabit-Anschluss (langfristig)',
		value: 1000,
		unit: 'Mbit/s',
		direction: 'min',
		note: 'Langfristiges Ziel: symmetrischer Glasfaseranschluss mit 1 Gbit/s.',
		source: S.gigabit
	},
	{
		id: 'devices.pupils_per_device',
		label: 'Schülerinnen und Schüler je Endgerät',
		value: 2,
		secondary: 1,
		unit: 'Schüler/Gerät',
		direction: 'max',
		note: 'Grundschule 1 Gerät je 2 Kinder, weiterführende Schulen 1:1.',
		source: S.ifib
	},
	{
		id: 'devices.presentation_per_classroom',
		label: 'Präsentationstechnik je Unterrichtsraum',
		value: 1,
		unit: 'Geräte/Raum',
		direction: 'min',
		note: 'Beamer oder interaktive Tafel in jedem Unterrichtsraum.',
		source: S.ifib
	},
	{
		id: 'support.devices_per_technician',
		label: 'Endgeräte je Vollzeit-Technikerstelle',
		value: 400,
		unit: 'Geräte/VZÄ',
		direction: 'max',
		note: '1 Technikerin bzw. Techniker (Vollzeit) je 400 Geräte.',
		source: S.ifib
	},
	{
		id: 'support.first_level_hours',
		label: 'Anrechnungsstunden für den First-Level-Support',
		value: 1,
		upper: 2,
		unit: 'Wochenstunden',
		direction: 'range',
		note: 'Häufig übernehmen Lehrkräfte den 1st-Level-Support mit 1–2 Anrechnungsstunden pro Woche; der 2nd-Level ist Aufgabe des Schulträgers.',
		source: S.support
	},
	{
		id: 'costs.per_pupil_year',
		label: 'IT-Gesamtkosten je Schülerin/Schüler und Jahr',
		value: 260,
		secondary: 400,
		unit: '€/Schüler/Jahr',
		direction: 'min',
		note: 'Modellrechnung: Grundschule 260 €, weiterführende Schulen 400 € je Kind und Jahr (Investition und Betrieb); darunter ist der Betrieb meist unterfinanziert.',
		source: S.ifib
	},
	{
		id: 'wlan.coverage_teaching_rooms',
		label: 'WLAN-Abdeckung der Unterrichtsräume',
		value: 100,
		unit: '%',
		direction: 'min',
		note: 'Flächendeckend in allen Unterrichtsräumen, ausgelegt auf den Maximalausbau.',
		source: S.wlanOh
	},
	{
		id: 'wlan.clients_per_ap',
		label: 'Clients je Access Point im Klassenraum',
		value: 20,
		upper: 30,
		unit: 'Clients/AP',
		direction: 'range',
		note: 'Etwa 20–30 gleichzeitige Geräte je Klassenraum-Access-Point, zuzüglich Flurverkehr.',
		source: S.lanline
	},
	{
		id: 'wlan.standard',
		label: 'WLAN-Standard und Management',
		value: 6,
		unit: 'Wi-Fi-Generation',
		direction: 'min',
		note: 'Aktueller IEEE-Standard, 5 GHz, PoE, zentral verwaltet, VLAN-fähig, getrennte Netze für Gäste, Schüler und Lehrkräfte, nahtloses Roaming.',
		source: S.wlanOh
	},
	{
		id: 'renewal.connectivity',
		label: 'Erneuerung Internetanschluss (Vertrag/Technik)',
		value: 2,
		upper: 3,
		unit: 'Jahre',
		direction: 'range',
		source: S.ictCoach
	},
	{
		id: 'renewal.end_devices',
		label: 'Erneuerungszyklus Endgeräte',
		value: 3,
		upper: 6,
		unit: 'Jahre',
		direction: 'range',
		note: 'Zweckbindung in Bayern: IT-Hardware 5 Jahre, mobile Geräte 3 Jahre.',
		source: S.ictCoach
	},
	{
		id: 'renewal.audio_video',
		label: 'Erneuerungszyklus Präsentations- und Medientechnik',
		value: 5,
		upper: 7,
		unit: 'Jahre',
		direction: 'range',
		source: S.ictCoach
	},
	{
		id: 'renewal.network',
		label: 'Erneuerungszyklus Netzwerk (Switches, Access Points)',
		value: 6,
		upper: 8,
		unit: 'Jahre',
		direction: 'range',
		note: 'Zweckbindung in Bayern: Netzwerk 10 Jahre.',
		source: S.ictCoach
	},
	{
		id: 'renewal.cabling',
		label: 'Nutzungsdauer strukturierte Verkabelung',
		value: 10,
		upper: 15,
		unit: 'Jahre',
		direction: 'range',
		source: S.ictCoach
	},
	{
		id: 'binding.it_hardware',
		label: 'Zweckbindungsfrist IT-Hardware (Beispiel Bayern)',
		value: 5,
		unit: 'Jahre',
		direction: 'min',
		source: S.bavaria
	},
	{
		id: 'binding.mobile_devices',
		label: 'Zweckbindungsfrist mobile Endgeräte (Beispiel Bayern)',
		value: 3,
		unit: 'Jahre',
		direction: 'min',
		source: S.bavaria
	},
	{
		id: 'binding.network',
		label: 'Zweckbindungsfrist Netzwerk (Beispiel Bayern)',
		value: 10,
		unit: 'Jahre',
		direction: 'min',
		source: S.bavaria
	}
];

const BY_ID = new Map(GUIDE_VALUES.map((g) => [g.id, g]));

export function guideValue(id: string): GuideValue | undefined {
	return BY_ID.get(id);
}

export function isGuideValueId(id: string): boolean {
	return BY_ID.has(id);
}

/** The value that applies to a school level (secondary falls back to the general value). */
export function guideValueFor(g: GuideValue, level: 'primary' | 'secondary'): number {
	return level === 'secondary' && g.secondary !== undefined ? g.secondary : g.value;
}
