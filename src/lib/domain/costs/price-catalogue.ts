// Shipped default price catalogue (Stand 11/2026): unit prices in gross euros (incl. 19 % USt, which
// Schulträger cannot deduct), useful life from domain.md §3/§4, each with its source or assumption.
// The prices are planning assumptions (typical public-sector prices 2025/26), not quotes: an admin
// edits them as data, and tenders decide. Pure and client-safe.
import { euros, type Cents } from './money';
import type { CostCategory, CostKind } from './types';

export const PRICE_CATALOGUE_AS_OF = '2026-11';

export interface PriceCatalogueItem {
	id: string;
	category: CostCategory;
	label: string;
	/** unit of the quantity, German ("Stück", "Anschluss", "Jahr", "VZÄ und Jahr") */
	unit: string;
	unitPrice: Cents;
	kind: CostKind;
	/** investments only; running costs: null */
	usefulLifeYears: number | null;
	/** where the price and the useful life come from, or the assumption behind them */
	source: string;
}

const LIFE = {
	cabling: 'Nutzungsdauer Verkabelung 10–15 Jahre (ict-coach.ch, Erneuerungen)',
	network: 'Netzwerk 6–8 Jahre (ict-coach.ch); Zweckbindung Netzwerk 10 Jahre (Bayern, Nr. 4.3)',
	av: 'Audio/Video 5–7 Jahre (ict-coach.ch)',
	devices: 'Endgeräte 3–6 Jahre (ict-coach.ch); Zweckbindung IT-Hardware 5 J., mobil 3 J. (Bayern)',
	connectivity: 'Anschluss/Vertrag 2–3 Jahre (ict-coach.ch)'
};
const MARKET = 'Annahme: marktüblicher Preis 2025/26 für öffentliche Auftraggeber, brutto';

function item(
	id: string,
	category: CostCategory,
	label: string,
	unit: string,
	priceEuros: number,
	kind: CostKind,
	usefulLifeYears: number | null,
	source: string
): PriceCatalogueItem {
	return { id, category, label, unit, unitPrice: euros(priceEuros), kind, usefulLifeYears, source };
}

// A table of data: one entry per line reads better than prettier's one-argument-per-line.
// prettier-ignore
export const PRICE_CATALOGUE: readonly PriceCatalogueItem[] = [
	// Verkabelung und Netzwerk
	item('cabling.outlet', 'cabling', 'Netzwerkanschluss Cat. 6A inkl. Verlegung und Dose', 'Anschluss', 380, 'investment', 15, `${MARKET}; ${LIFE.cabling}`),
	item('cabling.access_switch', 'cabling', 'Access-Switch 24 Port PoE+, verwaltbar', 'Stück', 2400, 'investment', 8, `${MARKET}; ${LIFE.network}`),
	item('cabling.core_switch', 'cabling', 'Core-Switch und Serverschrank-Ertüchtigung', 'Schule', 9500, 'investment', 8, `${MARKET}; ${LIFE.network}`),
	// WLAN
	item('wlan.access_point', 'wlan', 'Access Point Wi-Fi 6E, PoE, zentral verwaltet, inkl. Montage', 'Stück', 780, 'investment', 7, `${MARKET}; ${LIFE.network}; Orientierungshilfe Digitalinfrastruktur (lernsax.de/wws/295140.php)`),
	item('wlan.site_survey', 'wlan', 'WLAN-Ausleuchtung und Ausbauplanung', 'Schule', 2800, 'investment', 7, `${MARKET}; Ausleuchtung gefordert in der Orientierungshilfe (lernsax.de/wws/295140.php)`),
	item('wlan.management', 'wlan', 'WLAN-Management-Lizenz', 'Access Point und Jahr', 60, 'running', null, MARKET),
	// Server und Cloud
	item('server.school_server', 'server_cloud', 'Schulserver/Virtualisierungshost inkl. Backup-Speicher', 'Stück', 9000, 'investment', 5, `${MARKET}; ${LIFE.devices}`),
	item('server.firewall', 'server_cloud', 'Firewall und Jugendschutzfilter (Appliance)', 'Stück', 3500, 'investment', 5, `${MARKET}; ${LIFE.devices}`),
	item('server.firewall_subscription', 'server_cloud', 'Filter- und Sicherheitsabonnement Firewall', 'Schule und Jahr', 900, 'running', null, MARKET),
	item('server.cloud_backup', 'server_cloud', 'Cloud-Speicher und Datensicherung', 'Schule und Jahr', 600, 'running', null, MARKET),
	// Präsentationstechnik
	item('presentation.display', 'presentation', 'Interaktives Display 75–86″ inkl. Wandhalterung und Montage', 'Raum', 4800, 'investment', 7, `${MARKET}; ${LIFE.av}`),
	item('presentation.projector', 'presentation', 'Kurzdistanzbeamer mit Projektionstafel inkl. Montage', 'Raum', 2300, 'investment', 5, `${MARKET}; ${LIFE.av}`),
	item('presentation.document_camera', 'presentation', 'Dokumentenkamera', 'Stück', 450, 'investment', 6, `${MARKET}; ${LIFE.av}`),
	item('presentation.screen_sharing', 'presentation', 'Empfänger für drahtlose Bildschirmübertragung', 'Raum', 350, 'investment', 5, `${MARKET}; ${LIFE.av}`),
	// Endgeräte Schülerinnen und Schüler
	item('student.tablet', 'student_devices', 'Schüler-Tablet inkl. Schutzhülle und Eingabestift', 'Stück', 540, 'investment', 4, `${MARKET}; ${LIFE.devices}`),
	item('student.notebook', 'student_devices', 'Schüler-Notebook/Convertible', 'Stück', 760, 'investment', 5, `${MARKET}; ${LIFE.devices}`),
	item('student.desktop', 'student_devices', 'PC-Arbeitsplatz Computerraum inkl. Monitor', 'Stück', 1100, 'investment', 6, `${MARKET}; ${LIFE.devices}`),
	item('student.charging_cart', 'student_devices', 'Lade- und Transportwagen (16 Geräte)', 'Stück', 1600, 'investment', 8, `${MARKET}; Annahme: mechanisch langlebiger als die Geräte`),
	// Endgeräte Lehrkräfte
	item('teacher.notebook', 'teacher_devices', 'Dienstliches Lehrkräfte-Notebook inkl. Tasche', 'Stück', 1150, 'investment', 5, `${MARKET}; ${LIFE.devices}`),
	item('teacher.tablet', 'teacher_devices', 'Dienstliches Lehrkräfte-Tablet inkl. Stift', 'Stück', 780, 'investment', 4, `${MARKET}; ${LIFE.devices}`),
	// Software, Lernplattform, MDM
	item('software.mdm', 'software', 'Mobile-Device-Management-Lizenz', 'Gerät und Jahr', 18, 'running', null, MARKET),
	item('software.endpoint', 'software', 'Endpoint-Schutz und Inventarisierung', 'Gerät und Jahr', 9, 'running', null, MARKET),
	item('software.learning', 'software', 'Lern- und Fachsoftware (Schullizenzen)', 'Schüler und Jahr', 12, 'running', null, `${MARKET}; LernSax und Schullogin stellt der Freistaat kostenfrei bereit (lasub.de)`),
	// Internetanbindung
	item('connectivity.fibre_connection', 'connectivity', 'Glasfaser-Hausanschluss (Erschließung, einmalig)', 'Schule', 7500, 'investment', 15, `${MARKET}; häufig über Gigabitförderung finanziert; ${LIFE.cabling}`),
	item('connectivity.fibre_1g', 'connectivity', 'Internetzugang Glasfaser 1 Gbit/s symmetrisch', 'Schule und Jahr', 5400, 'running', null, `${MARKET} (450 € je Monat, Geschäftskundentarif); ${LIFE.connectivity}`),
	item('connectivity.router', 'connectivity', 'Router/Abschlussgerät', 'Schule', 900, 'investment', 3, `${MARKET}; ${LIFE.connectivity}`),
	// Support
	item('support.technician', 'support', 'IT-Technikerstelle 2nd-Level (TVöD E 9b, inkl. Arbeitgeberanteile und Arbeitsplatz)', 'VZÄ und Jahr', 76000, 'running', null, 'Annahme: TVöD-VKA E 9b Stufe 3 2026 mit Arbeitgeberanteilen und Arbeitsplatzkosten; Richtwert 1 VZÄ je 400 Geräte (Bertelsmann/ifib 2017)'),
	item('support.contract', 'support', 'Supportvertrag Dienstleister (2nd-Level, Vor-Ort)', 'Gerät und Jahr', 65, 'running', null, MARKET),
	// Fortbildung
	item('training.inhouse', 'training', 'Schulinterne Fortbildung (halber Tag, externe Referentin/externer Referent)', 'Veranstaltung', 950, 'running', null, `${MARKET}; ergänzend zu LaSuB/MPZ-Angeboten`),
	item('training.multiplier', 'training', 'Qualifizierung Multiplikatorin/Multiplikator (mehrtägig)', 'Person', 480, 'running', null, MARKET),
	item('training.data_protection', 'training', 'Datenschutzschulung und -beratung (extern)', 'Schule und Jahr', 1200, 'running', null, MARKET),
	// Reparatur und Ersatzteile
	item('repair.flat_rate', 'repair', 'Reparaturen und Ersatzteile (pauschal)', 'Gerät und Jahr', 22, 'running', null, 'Annahme: etwa 3–4 % des Gerätewerts je Jahr außerhalb der Gewährleistung')
];

const BY_ID = new Map(PRICE_CATALOGUE.map((p) => [p.id, p]));

export function catalogueItem(id: string): PriceCatalogueItem | undefined {
	return BY_ID.get(id);
}

/** Like catalogueItem, but throws: for rules that reference shipped entries. */
export function requireCatalogueItem(
	id: string,
	catalogue: readonly PriceCatalogueItem[] = PRICE_CATALOGUE
): PriceCatalogueItem {
	const found = catalogue === PRICE_CATALOGUE ? BY_ID.get(id) : catalogue.find((p) => p.id === id);
	if (!found) throw new Error(`Unknown price catalogue item: ${id}`);
	return found;
}
