// Funding programmes as data (issue 11, point 7): which programme pays for what, how the money
// arrives (lump-sum allocation per operator, a rate per item, the operator's own budget), who bears
// the cost (Land or Schulträger) and where each fact comes from. The per-item "90 % DigitalPakt"
// default of the first DigitalPakt is gone: DP 2.0 distributes lump sums, so an eligible item is
// assigned to the allocation in full, and chapter 12 compares the need per year with the allocation
// and the own budget. Editable data, Stand 12/2026. Pure and client-safe.
import type { GuideSource } from '../guide-values';
import type { CostCategory, CostKind, FundingSource } from './types';

export type AllocationKind = 'lump_sum' | 'rate' | 'own_budget' | 'land_task';

export const ALLOCATION_KIND_LABELS: Record<AllocationKind, string> = {
	lump_sum: 'pauschale Zuweisung an den Schulträger',
	rate: 'Förderquote je Position',
	own_budget: 'Haushalt des Schulträgers',
	land_task: 'Aufgabe des Landes (Kostenträger Land)'
};

export type CostBearer = 'land' | 'schultraeger';

export const COST_BEARER_LABELS: Record<CostBearer, string> = {
	land: 'Freistaat Sachsen',
	schultraeger: 'Schulträger'
};

export interface FundingProgramme {
	/** the funding source cost items carry */
	fundingSource: FundingSource;
	name: string;
	/** first and last year money may be spent for (null: open) */
	fromYear: number | null;
	toYear: number | null;
	allocation: AllocationKind;
	/** share the programme pays of an assigned item (lump sums: 100 up to the allocation) */
	ratePercent: number;
	/** categories it may pay for (empty: every category) */
	eligibleCategories: readonly CostCategory[];
	/** which kinds of cost it pays by default (lump sums: investments) */
	defaultKinds: readonly CostKind[];
	costBearer: CostBearer;
	/** how the co-financing works, in words (the Saxon DP 2.0 guideline is still outstanding) */
	ownShare: string;
	/** years an item bought with it stays bound to its purpose, by category (assumption noted) */
	bindingYears: Partial<Record<CostCategory, number>>;
	note: string;
	source: GuideSource;
}

const SMK_DP2: GuideSource = {
	title: 'DigitalPakt Schule 2.0 beschlossen (6. Bildungsministerkonferenz)',
	publisher: 'Sächsisches Staatsministerium für Kultus, Medienservice Sachsen',
	date: '18.12.2025',
	url: 'https://www.medienservice.sachsen.de/medien/news/1093510',
	ref: 'mindestens 5 Mrd. € bis 2030, Bund und Länder je zur Hälfte, Maßnahmen ab 01.01.2025, pauschale Zuweisungen'
};

/** Assumed binding periods until the Saxon guideline says otherwise (Bavarian DP 1.0 values). */
const BINDING_BAVARIA: Partial<Record<CostCategory, number>> = {
	cabling: 10,
	wlan: 10,
	server_cloud: 5,
	presentation: 5,
	student_devices: 3,
	teacher_devices: 3
};

export const FUNDING_PROGRAMMES: readonly FundingProgramme[] = [
	{
		fundingSource: 'digitalpakt_2',
		name: 'DigitalPakt Schule 2.0',
		fromYear: 2025,
		toYear: 2030,
		allocation: 'lump_sum',
		ratePercent: 100,
		eligibleCategories: [
			'cabling',
			'wlan',
			'server_cloud',
			'presentation',
			'student_devices',
			'teacher_devices',
			'support'
		],
		defaultKinds: ['investment'],
		costBearer: 'schultraeger',
		ownShare:
			'Länderanteil 50 %; ob und in welcher Höhe der Freistaat einen kommunalen Eigenanteil verlangt, regelt die sächsische Förderrichtlinie (noch nicht veröffentlicht, Stand 12/2026).',
		bindingYears: BINDING_BAVARIA,
		note: 'Infrastruktur als Ganzes (WLAN, Endgeräte, IT-Wartung) über pauschale Zuweisungen an die Schulträger; die Zuweisung je Schulträger trägt der Schulträger im Fragebogen ein. Zweckbindungsfristen bis zur Landesrichtlinie nach dem bayerischen Muster (Annahme).',
		source: SMK_DP2
	},
	{
		fundingSource: 'state',
		name: 'Land (Landesaufgaben und Landesprogramme)',
		fromYear: null,
		toYear: null,
		allocation: 'land_task',
		ratePercent: 100,
		eligibleCategories: ['training'],
		defaultKinds: ['investment', 'running'],
		costBearer: 'land',
		ownShare: 'kein Eigenanteil: Lehrkräftefortbildung ist Aufgabe des Freistaats (LaSuB).',
		bindingYears: {},
		note: 'Lehrkräftefortbildung (LaSuB, MPZ), Landesangebote wie LernSax, Schullogin, OPAL Schule, der KI-Assistent KAI und die bettermarks-Landeslizenz werden vom Freistaat getragen.',
		source: {
			title: 'Medienbildung und Digitalisierung: Fortbildung und Landesangebote',
			publisher: 'Landesamt für Schule und Bildung (LaSuB)',
			date: 'abgerufen 12/2026',
			url: 'https://www.lasub.de/medienbildung-und-digitalisierung-4312.html'
		}
	},
	{
		fundingSource: 'regional',
		name: 'VwV RegioDigiS (regionale Projekte)',
		fromYear: null,
		toYear: null,
		allocation: 'rate',
		ratePercent: 90,
		eligibleCategories: ['support', 'software', 'server_cloud'],
		defaultKinds: [],
		costBearer: 'schultraeger',
		ownShare: 'in der Regel 10 % Eigenanteil (Förderquote 90 %).',
		bindingYears: {},
		note: 'Regionale Projekte einschließlich Wartung und Administration; nur nach Bewilligung eintragen.',
		source: {
			title: 'Verwaltungsvorschrift RegioDigiS',
			publisher: 'Sächsisches Staatsministerium für Kultus (REVOSax)',
			date: '2019',
			url: 'https://www.revosax.sachsen.de/vorschrift_gesamt/18397'
		}
	},
	{
		fundingSource: 'own',
		name: 'Haushalt des Schulträgers',
		fromYear: null,
		toYear: null,
		allocation: 'own_budget',
		ratePercent: 0,
		eligibleCategories: [],
		defaultKinds: ['running'],
		costBearer: 'schultraeger',
		ownShare: 'vollständig Eigenmittel.',
		bindingYears: {},
		note: 'Laufende Kosten (Anbindung, Lizenzen, Support, Reparaturen) trägt der Schulträger; Ersatzbeschaffungen nach Ende einer Förderung ebenso.',
		source: {
			title: 'Gesamtkosten für Schul-IT: Betriebskosten tragen die Kommunen',
			publisher: 'ifib / Bertelsmann Stiftung',
			date: '11/2017',
			url: 'https://www.ifib.de/blog/detail/gesamtkosten-fuer-schul-it'
		}
	},
	{
		fundingSource: 'other',
		name: 'Sonstige Mittel (Dritte, Fördervereine)',
		fromYear: null,
		toYear: null,
		allocation: 'rate',
		ratePercent: 0,
		eligibleCategories: [],
		defaultKinds: [],
		costBearer: 'schultraeger',
		ownShare: 'Quote je Position eintragen.',
		bindingYears: {},
		note: 'Nur mit Zusage eintragen.',
		source: {
			title: 'Angaben des Schulträgers',
			publisher: 'Schulträger',
			date: 'laufend',
			url: ''
		}
	}
];

export function fundingProgramme(source: FundingSource): FundingProgramme | undefined {
	return FUNDING_PROGRAMMES.find((p) => p.fundingSource === source);
}

export interface FundingDefault {
	fundingSource: FundingSource;
	fundingRatePercent: number;
	fundedUntilYear: number | null;
}

/**
 * The funding a new cost item gets by default: teacher training is borne by the Land; an investment
 * in a DP 2.0 category is assigned to the DP 2.0 allocation (until 2030); everything else is the
 * operator's own budget. People change it per item; the allocation cap is shown in chapter 12.
 */
export function defaultFundingFor(category: CostCategory, kind: CostKind): FundingDefault {
	for (const p of FUNDING_PROGRAMMES) {
		if (p.fundingSource === 'own' || p.fundingSource === 'other') continue;
		if (!p.eligibleCategories.includes(category) || !p.defaultKinds.includes(kind)) continue;
		return {
			fundingSource: p.fundingSource,
			fundingRatePercent: p.ratePercent,
			fundedUntilYear: p.toYear
		};
	}
	return { fundingSource: 'own', fundingRatePercent: 0, fundedUntilYear: null };
}
