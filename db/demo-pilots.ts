// Demo data of issue 6: three KISA pilot projects in different states (see seed-pilots.ts).
import {
	addDays,
	addMonths,
	type IsoDate,
	type KpiDirection,
	type PilotDecision,
	type PilotLight,
	type PilotStatus,
	type RiskStatus
} from '../src/lib/domain/pilots';
import type { DemoOrgKey } from './demo-data';

/** Fixed pilot ids, so tests and links can name them. */
export const DEMO_PILOTS = {
	tablets: '00000000-0000-4000-b600-000000000001',
	mdm: '00000000-0000-4000-b600-000000000002',
	wlan: '00000000-0000-4000-b600-000000000003'
} as const;

export interface SeedKpi {
	name: string;
	unit: string;
	baseline: number;
	target: number;
	direction: KpiDirection;
	values: [IsoDate, number, string?][];
}

export interface SeedPilot {
	id: string;
	title: string;
	goal: string;
	hypothesis: string;
	description: string;
	startOn: IsoDate;
	endOn: IsoDate;
	ownerKey: string | null;
	ownerName: string | null;
	plannedEuros: number;
	spentEuros: number | null;
	funding: string;
	status: PilotStatus;
	schools: DemoOrgKey[];
	milestones: [string, IsoDate, string | null, IsoDate | null][];
	kpis: SeedKpi[];
	risks: [string, 1 | 2 | 3, 1 | 2 | 3, string, RiskStatus][];
	lessons: string[];
	light?: { light: PilotLight; reason: string; assessedOn: IsoDate };
	/** Assess the light with the suggestion rule on this day. */
	assessOn?: IsoDate;
	decision?: { decision: PilotDecision; reasoning: string; decidedOn: IsoDate };
	createdByKey: string;
}

export function demoPilots(today: IsoDate): SeedPilot[] {
	const year = Number(today.slice(0, 4));
	const schoolYear = Number(today.slice(5, 7)) >= 8 ? year : year - 1;
	const tStart = `${schoolYear - 1}-08-01`;
	const wStart = addMonths(`${today.slice(0, 7)}-01`, 3);
	return [
		{
			id: DEMO_PILOTS.tablets,
			title: 'Tablet-Klassen an zwei Oberschulen',
			goal: 'Je zwei Klassen der Klassenstufen 7 und 8 arbeiten zwei Schuljahre lang mit persönlichen Tablets; der Unterricht nutzt sie regelmäßig in allen Hauptfächern.',
			hypothesis:
				'Wenn Lehrkräfte vorab fortgebildet werden und Störungen in höchstens zwei Tagen behoben sind, nutzen die Klassen die Tablets in mindestens acht Stunden pro Woche.',
			description:
				'Gemeinsames Pilotprojekt der Stadt Musterstadt und des Landkreises Beispielkreis. Die Geräte werden zentral verwaltet; die Schulen stellen je eine Ansprechperson für die Geräteausgabe.',
			startOn: tStart,
			endOn: addDays(addMonths(tStart, 24), -1),
			ownerKey: 'consultantMs',
			ownerName: null,
			plannedEuros: 148000,
			spentEuros: 96500,
			funding: 'KISA-Pilotbudget und Eigenanteil der Schulträger (je 50 %)',
			status: 'laufend',
			schools: ['msOs', 'bkOs'],
			milestones: [
				[
					'Tablets und Hüllen an beide Schulen ausgeliefert',
					addMonths(tStart, 1),
					'KISA-Beschaffung',
					addMonths(tStart, 1)
				],
				[
					'Einführungsfortbildung für 24 Lehrkräfte',
					addMonths(tStart, 2),
					'MPZ',
					addDays(addMonths(tStart, 2), 5)
				],
				['Prüfungsmodus im Gerätemanagement eingerichtet', addDays(today, -21), 'IT-Service', null],
				['Zwischenbericht an die Schulträger', addMonths(today, 2), 'Bernd Berater', null],
				[
					'Abschlussbefragung der Lehrkräfte und Klassen',
					addMonths(tStart, 23),
					'Schulleitungen',
					null
				]
			],
			kpis: [
				{
					name: 'Unterrichtsstunden mit Tablets je Klasse und Woche',
					unit: 'Std.',
					baseline: 1,
					target: 8,
					direction: 'up',
					values: [
						[addMonths(tStart, 2), 2.5],
						[addMonths(tStart, 6), 4],
						[addMonths(tStart, 12), 5, 'Befragung der Klassenleitungen']
					]
				},
				{
					name: 'Bearbeitungszeit von Störungen',
					unit: 'Tage',
					baseline: 6,
					target: 2,
					direction: 'down',
					values: [
						[addMonths(tStart, 4), 5.5],
						[addMonths(tStart, 12), 5, 'Ticketsystem des IT-Service']
					]
				},
				{
					name: 'Fortgebildete Lehrkräfte der Klassen',
					unit: '%',
					baseline: 10,
					target: 80,
					direction: 'up',
					values: [
						[addMonths(tStart, 3), 45],
						[addMonths(tStart, 12), 70]
					]
				}
			],
			risks: [
				[
					'WLAN in den Fachräumen der Oberschule Talblick reicht für ganze Klassen nicht aus',
					3,
					2,
					'Zwei zusätzliche Access Points sind beantragt; bis dahin Arbeit in Gruppen.',
					'offen'
				],
				[
					'Ersatzgeräte fehlen, wenn mehrere Tablets gleichzeitig ausfallen',
					2,
					2,
					'Pool von sechs Leihgeräten je Schule.',
					'offen'
				]
			],
			lessons: [
				'Die Einführungsfortbildung wirkt besser, wenn sie im eigenen Fachraum mit den Geräten der Klasse stattfindet.',
				'Eine feste Ansprechperson im Sekretariat für die Geräteausgabe spart dem IT-Service viele Wege.'
			],
			assessOn: addDays(today, -7),
			createdByKey: 'consultantMs'
		},
		{
			id: DEMO_PILOTS.mdm,
			title: 'Zentrales Gerätemanagement (MDM) im Landkreis Beispielkreis',
			goal: 'Alle Schulgeräte der drei Pilotschulen werden zentral eingerichtet, aktualisiert und gesperrt; neue Geräte sind ohne Besuch vor Ort einsatzbereit.',
			hypothesis:
				'Ein zentrales MDM senkt die Einrichtungszeit je Gerät unter zehn Minuten und halbiert die Störungsmeldungen.',
			description:
				'Eines der ersten drei Pilotprojekte der KISA (Start 2018). Der IT-Service des Landkreises betreibt das MDM; KISA hat Auswahl, Datenschutzprüfung und Auswertung begleitet.',
			startOn: '2018-08-01',
			endOn: '2020-07-31',
			ownerKey: null,
			ownerName: 'Ivo Netz, IT-Service Landkreis Beispielkreis',
			plannedEuros: 62000,
			spentEuros: 58740,
			funding: 'KISA-Pilotbudget und Eigenanteil des Landkreises',
			status: 'abgeschlossen',
			schools: ['bkOs', 'bkGy', 'bkBsz'],
			milestones: [
				['MDM-Produkt ausgewählt und Datenschutz geprüft', '2018-10-31', 'KISA', '2018-11-12'],
				['Alle Geräte der Pilotschulen im MDM', '2019-03-31', 'IT-Service', '2019-03-28'],
				['Zwischenauswertung', '2019-09-30', 'KISA', '2019-09-30'],
				['Abschlussbericht und Empfehlung', '2020-07-31', 'KISA', '2020-07-20']
			],
			kpis: [
				{
					name: 'Einrichtungszeit je neuem Gerät',
					unit: 'Minuten',
					baseline: 45,
					target: 10,
					direction: 'down',
					values: [
						['2018-12-01', 40],
						['2019-06-01', 15],
						['2020-06-01', 8]
					]
				},
				{
					name: 'Zentral verwaltete Geräte',
					unit: '%',
					baseline: 0,
					target: 90,
					direction: 'up',
					values: [
						['2018-12-01', 35],
						['2019-06-01', 78],
						['2020-06-01', 96]
					]
				},
				{
					name: 'Störungsmeldungen je 100 Geräte und Monat',
					unit: 'Meldungen',
					baseline: 12,
					target: 6,
					direction: 'down',
					values: [
						['2019-01-01', 10],
						['2019-09-01', 7],
						['2020-06-01', 5]
					]
				}
			],
			risks: [
				[
					'Die Datenschutzfreigabe des MDM verzögert sich',
					2,
					3,
					'Frühe Einbindung des Datenschutzbeauftragten des Landkreises.',
					'geschlossen'
				]
			],
			lessons: [
				'Die Datenschutzprüfung braucht drei Monate; sie gehört vor die Beschaffung.',
				'Profile je Schulart statt je Schule halten das MDM übersichtlich.',
				'Zwei Jahre reichen für die Technik, aber knapp für den Aufbau eines Netzwerks der Ansprechpersonen.'
			],
			light: {
				light: 'im_plan',
				reason: 'Alle Kennzahlen haben ihren Zielwert erreicht.',
				assessedOn: '2020-07-31'
			},
			decision: {
				decision: 'ausrollen',
				reasoning:
					'Alle drei Kennzahlen haben ihr Ziel erreicht. Das MDM wird ab dem Schuljahr 2020/21 für alle Schulen des Landkreises angeboten und in die Medienentwicklungspläne aufgenommen.',
				decidedOn: '2020-09-15'
			},
			createdByKey: 'consultantBk'
		},
		{
			id: DEMO_PILOTS.wlan,
			title: 'WLAN-Standardisierung Musterstadt',
			goal: 'Drei Schulen der Stadt erhalten WLAN nach einem gemeinsamen Standard (Wi-Fi 6, zentrale Verwaltung, getrennte Netze); daraus entsteht die Vorgabe für alle Schulen der Stadt.',
			hypothesis:
				'Ein einheitlicher Standard senkt die Kosten je Raum und verkürzt die Störungsbehebung.',
			description:
				'Geplant für Grundschule, Gymnasium und Förderschule, um unterschiedliche Gebäude zu erproben.',
			startOn: wStart,
			endOn: addDays(addMonths(wStart, 12), -1),
			ownerKey: 'consultantMs',
			ownerName: null,
			plannedEuros: 85000,
			spentEuros: null,
			funding: 'DigitalPakt Schule 2.0 (beantragt) und Eigenanteil der Stadt',
			status: 'geplant',
			schools: ['msGs', 'msGy', 'msFoes'],
			milestones: [
				[
					'Abstimmung mit dem Datenschutzbeauftragten der Stadt',
					addDays(today, 30),
					'Olaf Ordnungsamt',
					null
				],
				['Ausleuchtungsmessung in allen drei Schulen', addMonths(wStart, 1), 'IT-Service', null],
				['Installation im Goethe-Gymnasium', addMonths(wStart, 6), 'IT-Service', null],
				[
					'Auswertung und Standard für alle Schulen',
					addDays(addMonths(wStart, 12), -1),
					'KISA',
					null
				]
			],
			kpis: [
				{
					name: 'Unterrichtsräume mit WLAN-Abdeckung',
					unit: '%',
					baseline: 60,
					target: 100,
					direction: 'up',
					values: []
				},
				{
					name: 'Gleichzeitig nutzbare Geräte je Raum',
					unit: 'Geräte',
					baseline: 15,
					target: 32,
					direction: 'up',
					values: []
				}
			],
			risks: [
				[
					'Brandschutzauflagen verzögern die Verkabelung im Altbau der Förderschule',
					2,
					2,
					'Frühzeitige Begehung mit der Bauaufsicht.',
					'offen'
				]
			],
			lessons: [],
			assessOn: today,
			createdByKey: 'consultantMs'
		}
	];
}
