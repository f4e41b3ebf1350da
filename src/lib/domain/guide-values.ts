// Orientierungswerte (guide values), editierbar; Stand 12/2026.
// Sources: domain.md §3 (needs-assessment benchmarks) and §4 (sustainability/TCO). These are
// orientation values from public sources, not legal requirements; an admin may override them
// (the app stores edits as data; this file is the shipped default). Pure and client-safe.

export const GUIDE_VALUES_AS_OF = '2026-12';
export const GUIDE_VALUES_NOTE =
	'Orientierungswerte aus öffentlichen Quellen, editierbar; Stand 12/2026. Sie ersetzen keine Förderrichtlinie.';

/**
 * 'min': the actual value should be at least the guide value; 'max': at most; 'range': inside
 * [value, upper]; 'reference': a figure to compare with, never a target (e.g. a 2017 cost model).
 */
export type GuideDirection = 'min' | 'max' | 'range' | 'reference';

export interface GuideSource {
	title: string;
	/** who published it (authority, foundation, journal) */
	publisher: string;
	/** publication or retrieval date as written, e.g. "11/2017", "abgerufen 12/2026" */
	date: string;
	/** the address of the source; '' where there is none to cite (an assumption, the operator's own data) */
	url: string;
	/** extra bibliographic hint (section, table), optional */
	ref?: string;
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
	breitbandSachsen: {
		title: 'Breitband: gigabitfähige Anbindung aller Schulen',
		publisher: 'Sächsisches Staatsministerium für Kultus (schule.sachsen.de)',
		date: 'Stand 03/2025, abgerufen 12/2026',
		url: 'https://www.schule.sachsen.de',
		ref: 'Seite „Breitband“. Ziel: jede Schule gigabitfähig (Glasfaser) bis Ende 2025; rund 75 % direkt angebunden (03/2025)'
	},
	broadbandRule: {
		title: 'Mustertext Internetanbindung (EU/BMWi-Breitbandregel: 30 Mbit/s je Klasse)',
		publisher: 'medienbildungskonzept.de',
		date: 'abgerufen 12/2026',
		url: 'https://medienbildungskonzept.de/mustertexte/internetanbindung'
	},
	ifib: {
		title: 'Gesamtkosten für Schul-IT (Modellrechnung für die Bertelsmann Stiftung)',
		publisher: 'ifib – Institut für Informationsmanagement Bremen / Bertelsmann Stiftung',
		date: '11/2017',
		url: 'https://www.ifib.de/blog/detail/gesamtkosten-fuer-schul-it',
		ref: 'Preise 2017, allgemeinbildende Schulen ohne Förder- und berufliche Schulen, ohne Breitband und Lehrkräftefortbildung, Investitionen auf 5 Jahre verteilt'
	},
	wlanOh: {
		title:
			'Orientierungshilfe zur grundlegenden Digitalinfrastruktur 2019–2021 (SMK und kommunale Spitzenverbände), zitiert nach LernSax',
		publisher: 'Sächsisches Staatsministerium für Kultus / LernSax',
		date: '2019',
		url: 'https://www.lernsax.de/wws/295140.php'
	},
	lanline: {
		title: 'WLAN im Klassenzimmer: Clients je Access Point',
		publisher: 'LANline',
		date: '2022',
		url: 'https://www.lanline.de'
	},
	ictCoach: {
		title: 'Basisinfrastruktur: Erneuerungen',
		publisher: 'ICT-Coach (Bildungsdirektion Kanton Zürich)',
		date: 'abgerufen 12/2026',
		url: 'https://www.ict-coach.ch/zh/basisinfrastruktur/erneuerungen'
	},
	bavaria: {
		title: 'Richtlinie DigitalPakt Schule für landesweite Projekte, Nr. 4.3 (Zweckbindungsfristen)',
		publisher: 'Bayerisches Staatsministerium für Unterricht und Kultus',
		date: '2019',
		url: 'https://www.gesetze-bayern.de'
	},
	support: {
		title: 'First-Level-Support durch Lehrkräfte mit Anrechnungsstunden',
		publisher: 'Garbe Lexis (Schulmanagement)',
		date: 'abgerufen 12/2026',
		url: 'https://www.garbe-lexis.de'
	},
	destatis: {
		title:
			'Verbraucherpreisindex für Deutschland, Jahresdurchschnitte (2020 = 100): 2017 = 97,1; 2024 = 119,3',
		publisher: 'Statistisches Bundesamt (Destatis), GENESIS-Tabelle 61111-0001',
		date: 'abgerufen 12/2026',
		url: 'https://www-genesis.destatis.de/datenbank/online/statistic/61111/table/61111-0001'
	}
} satisfies Record<string, GuideSource>;

export const GUIDE_VALUES: readonly GuideValue[] = [
	{
		id: 'bandwidth.gigabit',
		label: 'Gigabitfähiger Internetanschluss (Glasfaser)',
		value: 1000,
		unit: 'Mbit/s',
		direction: 'min',
		note: 'Ziel des Freistaats: jede Schule gigabitfähig per Glasfaser angebunden. Hat eine Schule Glasfaser bzw. 1 Gbit/s, ist das Ziel erreicht; die Bandbreite je Klasse ist dann kein Maßstab mehr.',
		source: S.breitbandSachsen
	},
	{
		id: 'bandwidth.minimum_per_class',
		label: 'Untergrenze je Klasse für Schulen ohne Glasfaser (Breitbandregel)',
		value: 30,
		unit: 'Mbit/s je Klasse',
		direction: 'min',
		note: 'Nur für Schulen ohne gigabitfähigen Anschluss: jede Klasse soll dauerhaft mindestens 30 Mbit/s haben, zuzüglich Verwaltung. Die früheren sächsischen Werte von 50/100 Mbit/s je Klasse (2018) sind überholt.',
		source: S.broadbandRule
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
		label: 'IT-Gesamtkosten je Schülerin/Schüler und Jahr (Referenz, Preise 2017)',
		value: 260,
		secondary: 400,
		unit: '€/Schüler/Jahr',
		direction: 'reference',
		note: 'Referenzwert, kein Mindestwert: Grundschule 260 €, weiterführende allgemeinbildende Schulen 400 € je Kind und Jahr in Preisen von 2017, ohne Breitband und Lehrkräftefortbildung; nicht für Förderschulen und berufliche Schulen. Im Konzept auf heutige Preise hochgerechnet.',
		source: S.ifib
	},
	{
		id: 'costs.price_index_2017',
		label: 'Verbraucherpreisindex 2017 (2020 = 100)',
		value: 97.1,
		unit: 'Index',
		direction: 'reference',
		source: S.destatis
	},
	{
		id: 'costs.price_index_current',
		label: 'Verbraucherpreisindex 2024 (2020 = 100), letzter vollständiger Jahreswert',
		value: 119.3,
		unit: 'Index',
		direction: 'reference',
		source: S.destatis
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

/** "Title, publisher, date, url (ref)": the source note shown next to a figure. */
export function sourceLine(source: GuideSource): string {
	const ref = source.ref ? `; ${source.ref}` : '';
	const url = source.url ? ` ${source.url}` : '';
	return `${source.title}. ${source.publisher}, ${source.date}.${url}${ref}`;
}

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
