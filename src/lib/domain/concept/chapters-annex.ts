// Issue 11, point 9: the parts a Saxon MEK has and ours kept thin — the inventory by cohort (type ×
// programme × purchase year × binding end), the target equipment standard per room type, and the
// funding annex with binding periods and the council resolution. Pure.
import { formatNumber } from '../evaluation/format';
import { FUNDING_PROGRAMMES } from '../costs/funding-programmes';
import { COST_CATEGORY_LABELS } from '../costs/types';
import { sourceLine, type GuideSource } from '../guide-values';
import { cohortsOf, planRenewals, PROGRAMME_LABELS } from '../measures/cohorts';
import { PRICE_CATALOGUE } from '../costs/price-catalogue';
import type { GridAnswer } from '../questionnaire/types';
import { operatorAnswer, schoolAnswer } from './answers';
import { callout, col, list, p, type Captions, type Sections } from './blocks';
import type { ConceptInput } from './input';
import type { Block, Cell } from './model';

const n0 = (v: number | null) => formatNumber(v, 0);

function gridOf(v: unknown): GridAnswer | null {
	return v && typeof v === 'object' && !('selected' in v) ? (v as GridAnswer) : null;
}

/** Inventory by cohort per school, with the planned renewal year (appendix A). */
export function cohortInventory(input: ConceptInput, c: Captions, s: Sections): Block[] {
	const period = input.costPlan.period;
	const rows: Cell[][] = input.schools.flatMap((x) => {
		const cohorts = cohortsOf(gridOf(schoolAnswer(x, 'itStaff', 'inventory.cohorts')));
		const buildings = schoolAnswer(x, 'schoolLead', 'school.buildings');
		// the same cycle as the renewal rule: the operator's renewal policy, else the useful life
		const cycle = (k: (typeof cohorts)[number]) => {
			const v = operatorAnswer(input, k.type.cycleKey);
			return typeof v === 'number' && v > 0 ? v : null;
		};
		return planRenewals(cohorts, period, input.catalogue ?? PRICE_CATALOGUE, cycle).map((r) => [
			x.facts.name,
			typeof buildings === 'number' ? n0(buildings) : '–',
			r.cohort.type.label,
			PROGRAMME_LABELS[r.cohort.programme] ?? r.cohort.programme,
			String(r.cohort.purchaseYear),
			n0(r.cohort.count),
			r.cohort.bindingUntil === null ? '–' : String(r.cohort.bindingUntil),
			r.inPlan ? String(r.renewalYear) : `nach ${period.startYear + period.years - 1}`
		]);
	});
	return [
		s.heading('Bestand nach Beschaffungskohorten'),
		rows.length
			? c.table(
					'kohorten',
					'Gerätebestand nach Kohorten mit Zweckbindung und Ersatzjahr',
					[
						col('Schule', 'left', 1.5),
						col('Gebäude', 'right', 0.6),
						col('Gerätetyp', 'left', 1.2),
						col('Programm', 'left', 1.2),
						col('Beschafft', 'center', 0.7),
						col('Anzahl', 'right', 0.6),
						col('Bindung bis', 'center', 0.7),
						col('Ersatz', 'center', 0.7)
					],
					rows,
					{
						source:
							'Fragebogen IT-Betreuung (Bestand nach Kohorten); Ersatz nach Nutzungsdauer des Preiskatalogs, nie vor Ende der Zweckbindung'
					}
				)
			: callout(
					'note',
					'Kein Kohortenbestand',
					'Die IT-Betreuung hat noch keinen Bestand nach Beschaffungskohorten angegeben. Tragen Sie ihn im Fragebogen ein, damit Ersatzbeschaffungen nur für fällige Geräte geplant werden.'
				)
	];
}

interface RoomStandard {
	room: string;
	standard: string;
	price: string;
}

const OH_SOURCE: GuideSource = {
	title:
		'Orientierungshilfe zur grundlegenden Digitalinfrastruktur 2019–2021, zitiert nach LernSax',
	publisher: 'SMK, Sächsischer Städte- und Gemeindetag, Sächsischer Landkreistag',
	date: '2019',
	url: 'https://www.lernsax.de/wws/295140.php'
};

/** Target equipment per room type (data; prices as seen in Saxon tenders 2024–2026). */
export const ROOM_STANDARDS: readonly RoomStandard[] = [
	{
		room: 'Allgemeiner Unterrichtsraum',
		standard:
			'interaktives Display 75–86″ mit drahtloser Bildübertragung, ein Access Point im Raum (PoE, zentral verwaltet), zwei Datendosen am Lehrertisch, Dokumentenkamera',
		price: 'Display inkl. Montage etwa 4.300–4.900 €, Access Point inkl. Montage etwa 600–800 €'
	},
	{
		room: 'Fachraum (Naturwissenschaften, Kunst, Musik)',
		standard:
			'wie Unterrichtsraum, zusätzlich fachspezifische Geräte (Messwerterfassung, Mikroskopkamera, Audio) nach Medienbildungskonzept',
		price: 'wie Unterrichtsraum zuzüglich Fachausstattung'
	},
	{
		room: 'Computerraum',
		standard:
			'PC-Arbeitsplätze je halbe Klasse oder ganze Klasse nach MBK, Präsentationstechnik, strukturierte Verkabelung je Platz',
		price: 'PC-Arbeitsplatz inkl. Monitor etwa 1.100 € (Preiskatalog)'
	},
	{
		room: 'Lehrerzimmer und Vorbereitung',
		standard: 'WLAN, Drucker/Kopierer im Netz, Arbeitsplätze für die Unterrichtsvorbereitung',
		price: 'nach Bedarf'
	},
	{
		room: 'Verwaltung (Sekretariat, Schulleitung)',
		standard: 'vom pädagogischen Netz getrennt angebunden (SaxSVS), eigene Geräte',
		price: 'Verwaltungs-IT des Schulträgers'
	}
];

// Not a published KISA evaluation: price ranges seen in public tenders 2024–2026 as collected in the
// product brief (domain.md, "facts checked in December 2026"). Marked as such until KISA replaces it
// with its own evaluation of tenders.
const PRICE_SOURCE: GuideSource = {
	title:
		'Preisspannen aus öffentlichen Ausschreibungen 2024–2026: interaktive Displays inkl. Montage etwa 4.300–4.900 €, Access Points inkl. Montage etwa 600–800 €, Lehrkräfte-Endgeräte (sächsisches Programm 2021) im Mittel etwa 757 €',
	publisher:
		'Marktbeobachtung für den MEK-Assistenten (keine einzelne Vergabe zitiert; von KISA durch eigene Vergabeauswertung zu ersetzen)',
	date: 'Stand 12/2026',
	url: ''
};

export function roomStandards(input: ConceptInput, c: Captions): Block[] {
	const standard = operatorAnswer(input, 'operator_strategy.equipment_standard');
	return [
		p(
			standard === true
				? 'Der Schulträger hat einen einheitlichen Ausstattungsstandard je Raumtyp. Die Tabelle zeigt den Zielstandard, an dem der Soll-Ist-Abgleich gemessen wird.'
				: 'Der Schulträger hat noch keinen einheitlichen Ausstattungsstandard je Raumtyp. Die Tabelle schlägt einen Zielstandard vor, den der Schulträger mit den Schulen abstimmt.'
		),
		c.table(
			'raumstandard',
			'Zielausstattung je Raumtyp',
			[
				col('Raumtyp', 'left', 1.3),
				col('Zielausstattung', 'left', 2.8),
				col('Richtpreis', 'left', 1.6)
			],
			ROOM_STANDARDS.map((r) => [r.room, r.standard, r.price]),
			{ source: `${sourceLine(OH_SOURCE)} – ${sourceLine(PRICE_SOURCE)}` }
		)
	];
}

/** Funding annex: binding periods per programme and category, the cohorts' bindings, the council resolution. */
export function fundingAnnex(input: ConceptInput, c: Captions): Block[] {
	const binding: Cell[][] = FUNDING_PROGRAMMES.flatMap((f) =>
		Object.entries(f.bindingYears).map(([cat, years]) => [
			f.name,
			COST_CATEGORY_LABELS[cat as keyof typeof COST_CATEGORY_LABELS],
			`${n0(years ?? null)} Jahre`
		])
	);
	const held: Cell[][] = input.schools.flatMap((x) =>
		cohortsOf(gridOf(schoolAnswer(x, 'itStaff', 'inventory.cohorts')))
			.filter((k) => k.bindingUntil !== null)
			.map((k) => [
				x.facts.name,
				`${n0(k.count)} ${k.type.label}`,
				PROGRAMME_LABELS[k.programme] ?? k.programme,
				String(k.bindingUntil)
			])
	);
	const status = operatorAnswer(input, 'operator_strategy.mep_status');
	const decision = operatorAnswer(input, 'operator_strategy.council_decision');
	const total = input.costPlan.total;
	return [
		c.table(
			'zweckbindung',
			'Zweckbindungsfristen nach Förderprogramm und Kategorie',
			[col('Programm', 'left', 1.5), col('Kategorie', 'left', 1.8), col('Frist', 'right', 0.7)],
			binding,
			{
				source:
					'Annahme bis zur sächsischen DP-2.0-Richtlinie: Fristen nach der bayerischen DigitalPakt-Richtlinie Nr. 4.3 (gesetze-bayern.de, 2019)'
			}
		),
		held.length
			? c.table(
					'bindung-bestand',
					'Bestand in der Zweckbindung',
					[
						col('Schule', 'left', 1.5),
						col('Geräte', 'left', 1.5),
						col('Programm', 'left', 1.3),
						col('gebunden bis', 'center', 0.8)
					],
					held,
					{ source: 'Fragebogen IT-Betreuung (Bestand nach Kohorten)' }
				)
			: p('Für den Bestand sind keine Zweckbindungen angegeben.'),
		p(
			`Ratsbeschluss: ${decision === true ? 'Das Medienentwicklungskonzept wird dem Stadtrat, Gemeinderat bzw. Kreistag zum Beschluss vorgelegt.' : 'Ein Beschluss des Rates ist bisher nicht vorgesehen; für die Verbindlichkeit der Finanzplanung empfiehlt die KISA einen Ratsbeschluss.'} Stand des Konzepts laut Schulträger: ${status === 'ja' ? 'vorhanden' : status === 'in_arbeit' ? 'in Arbeit' : 'noch nicht begonnen bzw. nicht angegeben'}.`
		),
		p('Beschlussvorschlag (Entwurf):'),
		list([
			`Der Rat beschließt das Medienentwicklungskonzept ${input.operatorName} ${input.costPlan.period.startYear}–${input.costPlan.period.startYear + input.costPlan.period.years - 1} als Grundlage der Schul-IT-Planung.`,
			`Die Verwaltung wird beauftragt, die Maßnahmen nach Kapitel 11 umzusetzen und die Mittel (Gesamtbedarf ${formatNumber(total.amount / 100, 0)} €, davon Eigenanteil ${formatNumber(total.own / 100, 0)} €) in die Haushalts- und mittelfristige Finanzplanung aufzunehmen.`,
			'Die Verwaltung beantragt die Zuweisung aus dem DigitalPakt Schule 2.0 und berichtet dem Rat jährlich über den Stand der Umsetzung.'
		])
	];
}
