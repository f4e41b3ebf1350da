// Rules for network infrastructure (WLAN, internet connection, switches): each turns an indicator gap
// into a finding with its reason and a priced proposal (quantities from the school's figures). Pure.
import { costLine } from './cost-lines';
import { num, percent, RED_OR_YELLOW, roomsOf, shortfall, type IndicatorRule } from './rule-kit';

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
			costLine(ctx, 'cabling.outlet', missing, 'ein PoE-Anschluss je neuem Access Point', id),
			costLine(ctx, 'wlan.management', missing, 'Lizenz je neuem Access Point', id)
		];
	}
};

export const bandwidthRule: IndicatorRule = {
	kind: 'indicator',
	id: 'connectivity.upgrade',
	indicatorKey: 'bandwidthPerClass',
	lights: RED_OR_YELLOW,
	actionField: 'infrastructure',
	title: 'Internetanbindung auf Glasfaser (Gigabit) umstellen',
	description:
		'Symmetrischer Glasfaseranschluss mit 1 Gbit/s; wo kein Hausanschluss besteht, Erschließung über die Gigabitförderung prüfen.',
	reason: (i) =>
		`Je Klasse stehen ${num(i.value ?? 0)} Mbit/s zur Verfügung, Orientierungswert ${num(i.guideValue ?? 0, 0)} Mbit/s je Klasse`,
	costs: (_i, s, ctx) => [
		costLine(ctx, 'connectivity.fibre_1g', 1, 'ein Anschluss je Schule', s.facts.schoolId),
		costLine(ctx, 'connectivity.router', 1, 'ein Abschlussgerät je Anschluss', s.facts.schoolId)
	]
};

export const networkRenewalRule: IndicatorRule = {
	kind: 'indicator',
	id: 'network.renewal',
	indicatorKey: 'networkAge',
	lights: RED_OR_YELLOW,
	actionField: 'infrastructure',
	title: 'Netzwerktechnik (Switches) erneuern',
	description: 'Verwaltbare PoE-Switches mit VLAN-Trennung von pädagogischem Netz und Verwaltung.',
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
