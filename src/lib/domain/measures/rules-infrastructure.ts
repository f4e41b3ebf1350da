// Rules for network infrastructure (WLAN, internet connection, switches): each turns an indicator gap
// into a finding with its reason and a priced proposal (quantities from the school's figures). Pure.
import { costLine } from './cost-lines';
import type { Indicator } from '../evaluation/types';
import {
	answerOf,
	indicatorInput,
	num,
	percent,
	RED_OR_YELLOW,
	roomsOf,
	shortfall,
	type IndicatorRule,
	type SchoolRuleInput
} from './rule-kit';
import type { CostLine, RuleContext } from './types';

/**
 * Network outlets for new access points: only in rooms without structured cabling, as the IT staff
 * report it (lan.cabled_rooms_percent). Unknown cabling: one outlet per access point, said so.
 */
function outletLine(
	ctx: RuleContext,
	s: SchoolRuleInput,
	i: Indicator,
	missingAps: number
): CostLine {
	const cabled = indicatorInput(s, 'lan.cabled_rooms_percent');
	const id = s.facts.schoolId;
	if (cabled === null)
		return costLine(
			ctx,
			'cabling.outlet',
			missingAps,
			'Verkabelungsgrad nicht angegeben: Annahme ein PoE-Anschluss je neuem Access Point',
			id
		);
	const outlets = shortfall(missingAps, cabled);
	void i;
	return costLine(
		ctx,
		'cabling.outlet',
		outlets,
		`${num(cabled, 0)} % der Räume strukturiert verkabelt: neue Anschlüsse nur für ${outlets} von ${missingAps} Access Points`,
		id
	);
}

export const wlanRule: IndicatorRule = {
	kind: 'indicator',
	id: 'wlan.expand',
	indicatorKey: 'wlanCoverage',
	lights: RED_OR_YELLOW,
	actionField: 'infrastructure',
	title: 'WLAN in allen Unterrichtsräumen ausbauen',
	description:
		'Ausleuchtung und Ausbauplanung, zentral verwaltete Access Points (Wi-Fi 6E, PoE) mit getrennten Netzen für Verwaltung, Lehrkräfte, Schülerinnen und Schüler sowie Gäste; ausgelegt auf den Maximalausbau.',
	reason: (i) =>
		`WLAN deckt ${percent(i.value ?? 0)} der Unterrichtsräume ab, Orientierungswert ${percent(i.guideValue ?? 100)}`,
	costs: (i, s, ctx) => {
		const id = s.facts.schoolId;
		const lines = [costLine(ctx, 'wlan.site_survey', 1, 'eine Ausleuchtung je Schule', id)];
		const r = roomsOf(s.facts);
		if (!r || i.value === null) return lines;
		const missing = shortfall(r.rooms, i.value, i.guideValue ?? 100);
		const basis = `${missing} von ${r.rooms} Räumen ohne ausreichendes WLAN (${r.basis}); ein Access Point je Raum`;
		return [
			...lines,
			costLine(ctx, 'wlan.access_point', missing, basis, id),
			outletLine(ctx, s, i, missing),
			costLine(ctx, 'wlan.management', missing, 'Lizenz je neuem Access Point', id)
		];
	}
};

/** Only for schools without a gigabit-capable connection (the indicator is green with fibre). */
export const bandwidthRule: IndicatorRule = {
	kind: 'indicator',
	id: 'connectivity.upgrade',
	indicatorKey: 'bandwidthPerClass',
	lights: RED_OR_YELLOW,
	actionField: 'infrastructure',
	title: 'Gigabitfähigen Glasfaseranschluss herstellen',
	description:
		'Ziel des Freistaats ist ein gigabitfähiger Glasfaseranschluss für jede Schule (schule.sachsen.de, „Breitband“). Wo kein Hausanschluss besteht, Erschließung über den geförderten Gigabitausbau prüfen; bis dahin mindestens 30 Mbit/s je Klasse sichern.',
	reason: (i) => {
		const planned = i.inputs.find((x) => x.key === 'connectivity.gigabit_planned')?.value;
		const base = `Die Schule hat keinen Glasfaseranschluss; je Klasse stehen ${num(i.value ?? 0)} Mbit/s zur Verfügung (Untergrenze ${num(i.guideValue ?? 30, 0)} Mbit/s je Klasse)`;
		return planned === 'im_bau'
			? `${base}; der Glasfaseranschluss ist bereits beauftragt, es fallen keine weiteren Kosten an`
			: base;
	},
	costs: (i, s, ctx) => {
		const planned = i.inputs.find((x) => x.key === 'connectivity.gigabit_planned')?.value;
		if (planned === 'im_bau') return [];
		return [
			costLine(
				ctx,
				'connectivity.fibre_1g',
				1,
				'Glasfaseranschluss statt des bisherigen Anschlusses',
				s.facts.schoolId
			),
			costLine(ctx, 'connectivity.router', 1, 'ein Abschlussgerät je Anschluss', s.facts.schoolId)
		];
	}
};

export const networkRenewalRule: IndicatorRule = {
	kind: 'indicator',
	id: 'network.renewal',
	indicatorKey: 'networkAge',
	lights: RED_OR_YELLOW,
	actionField: 'infrastructure',
	title: 'Netzwerktechnik (Switches) erneuern',
	description: 'Verwaltbare PoE-Switches mit VLAN-Trennung von pädagogischem Netz und Verwaltung.',
	// with a cohort inventory, the cohort rule renews switches only outside their binding period
	applies: (_i, s) => !answerOf(s, 'itStaff', 'inventory.cohorts'),
	reason: (i) => `Die ältesten Switches sind ${num(i.value ?? 0, 0)} Jahre alt, ${i.guideText}`,
	costs: (_i, s, ctx) => {
		const r = roomsOf(s.facts);
		if (!r) return [];
		const switches = Math.max(1, Math.ceil(r.rooms / 10));
		const id = s.facts.schoolId;
		return [
			costLine(
				ctx,
				'cabling.access_switch',
				switches,
				`Annahme: ein Switch je 10 Räume (${r.basis})`,
				id
			),
			costLine(ctx, 'cabling.core_switch', 1, 'ein Core-Switch je Schule', id)
		];
	}
};

export const INFRASTRUCTURE_RULES: readonly IndicatorRule[] = [
	wlanRule,
	bandwidthRule,
	networkRenewalRule
];
