// Section L for the operator (Schulträger): budget, planned investment, running costs, renewal policy.
// Source: domain.md §3 (€260/€400 per pupil and year, renewal cycles), §4 (TCO, running costs from
// year 6 carried by the operator, even spending instead of spikes, cost plan categories), §9 L.

import type { Section } from '../../../src/lib/domain/questionnaire/types';

const YEARS = [2026, 2027, 2028, 2029, 2030].map((y) => ({ key: `y${y}`, label: String(y) }));

/** Cost plan categories as in domain.md §4. */
const CATEGORIES = [
	{ key: 'verkabelung', label: 'Verkabelung und Netzwerk' },
	{ key: 'wlan', label: 'WLAN' },
	{ key: 'server', label: 'Server und Cloud-Dienste' },
	{ key: 'praesentation', label: 'Präsentationstechnik' },
	{ key: 'schuelergeraete', label: 'Schülergeräte' },
	{ key: 'lehrergeraete', label: 'Lehrkräftegeräte' },
	{ key: 'software', label: 'Software, Lizenzen, MDM' }
];

const renewalYears = {
	type: 'integer',
	unit: 'Jahre',
	min: 1,
	max: 30,
	requirement: 'soft'
} as const;

export const budget: Section = {
	key: 'kosten',
	code: 'L',
	title: 'Kosten und Budget',
	intro:
		'Angaben für alle Schulen des Schulträgers zusammen. Aus ihnen werden die IT-Kosten je Schülerin bzw. Schüler und Jahr berechnet und mit den Orientierungswerten verglichen.',
	questions: [
		{
			key: 'costs.annual_it_budget',
			type: 'currency',
			label: 'Jährliches IT-Budget für alle Schulen (aktueller Haushalt)',
			help: 'Investitionen und laufende Kosten einschließlich Personal für Schul-IT, ohne Fördermittel.',
			unit: '€/Jahr',
			min: 0,
			max: 100000000,
			requirement: 'required',
			guideValue: { ref: 'costs.per_pupil_year' }
		},
		{
			key: 'costs.budget_basis',
			type: 'single',
			label: 'Wie wird das IT-Budget auf die Schulen verteilt?',
			requirement: 'soft',
			options: [
				{ value: 'je_schueler', label: 'Pauschale je Schülerin bzw. Schüler' },
				{ value: 'je_schule', label: 'fester Ansatz je Schule' },
				{ value: 'bedarf', label: 'nach angemeldetem Bedarf der Schulen' },
				{ value: 'zentral', label: 'zentral durch den Schulträger nach Ausstattungsstandard' },
				{ value: 'foerderung', label: 'nur bei verfügbaren Fördermitteln' }
			]
		},
		{
			key: 'costs.planned_investment',
			type: 'grid',
			label: 'Geplante Investitionen nach Kategorie und Jahr',
			help: 'Beträge laut Haushalts- und mittelfristiger Finanzplanung einschließlich erwarteter Fördermittel; leere Felder bedeuten „nichts geplant“.',
			requirement: 'soft',
			rows: CATEGORIES,
			columns: YEARS,
			unit: '€',
			min: 0,
			max: 50000000
		},
		{
			key: 'costs.running_costs',
			type: 'grid',
			label: 'Laufende Kosten im aktuellen Haushaltsjahr',
			help: 'Diese Kosten trägt der Schulträger nach Auslaufen der Investitionsförderung allein; sie fehlen oft in der Planung.',
			requirement: 'soft',
			rows: [
				{ key: 'anbindung', label: 'Internetanbindung' },
				{ key: 'lizenzen', label: 'Lizenzen und Cloud-Dienste' },
				{ key: 'support', label: 'Support und Wartung (Personal und Verträge)' },
				{ key: 'reparatur', label: 'Reparaturen und Ersatzteile' },
				{ key: 'fortbildung', label: 'Fortbildung und Einweisungen' }
			],
			columns: [{ key: 'betrag', label: 'Betrag' }],
			unit: '€/Jahr',
			min: 0,
			max: 50000000
		},
		{
			key: 'costs.multi_year_plan',
			type: 'boolean',
			label: 'Ist Schul-IT in der mittelfristigen Finanzplanung (Investitionsprogramm) abgebildet?',
			requirement: 'required'
		},
		{
			key: 'costs.spending_pattern',
			type: 'single',
			label: 'Wie verteilen sich die Ausgaben über die Jahre?',
			help: 'Gleichmäßige Ausgaben durch rollierende Erneuerung sind leichter zu finanzieren als große Spitzen alle fünf bis sechs Jahre.',
			requirement: 'soft',
			options: [
				{ value: 'gleichmaessig', label: 'gleichmäßig (rollierende Erneuerung)' },
				{ value: 'spitzen', label: 'in Spitzen, meist mit Förderprogrammen' },
				{ value: 'unklar', label: 'nicht planbar' }
			]
		}
	]
};

export const renewal: Section = {
	key: 'erneuerung',
	code: 'L',
	title: 'Erneuerung und Beschaffung',
	intro:
		'Nach wie vielen Jahren ersetzt der Schulträger Technik? Zweckbindungsfristen aus Förderprogrammen sind Untergrenzen, keine Ersatzzyklen.',
	questions: [
		{
			...renewalYears,
			key: 'renewal.student_devices_years',
			label: 'Erneuerungszyklus der Schülergeräte (Tablets, Notebooks)',
			guideValue: { ref: 'renewal.end_devices' }
		},
		{
			...renewalYears,
			key: 'renewal.teacher_devices_years',
			label: 'Erneuerungszyklus der Lehrkräftegeräte',
			guideValue: { ref: 'renewal.end_devices' }
		},
		{
			...renewalYears,
			key: 'renewal.presentation_years',
			label: 'Erneuerungszyklus der Präsentationstechnik',
			guideValue: { ref: 'renewal.audio_video' }
		},
		{
			...renewalYears,
			key: 'renewal.network_years',
			label: 'Erneuerungszyklus von Switches und Access Points',
			guideValue: { ref: 'renewal.network' }
		},
		{
			...renewalYears,
			key: 'renewal.server_years',
			label: 'Erneuerungszyklus von Servern',
			guideValue: { ref: 'binding.it_hardware' }
		},
		{
			key: 'renewal.policy',
			type: 'single',
			label: 'Gibt es eine verbindliche Erneuerungsstrategie?',
			requirement: 'required',
			options: [
				{ value: 'beschlossen', label: 'ja, schriftlich festgelegt oder beschlossen' },
				{ value: 'informell', label: 'ja, als gelebte Praxis ohne Beschluss' },
				{ value: 'defekt', label: 'nein, ersetzt wird bei Defekt' }
			]
		},
		{
			key: 'renewal.procurement',
			type: 'single',
			label: 'Wie werden Endgeräte überwiegend beschafft?',
			requirement: 'soft',
			options: [
				{ value: 'kauf', label: 'Kauf' },
				{ value: 'leasing', label: 'Leasing oder Miete mit Austausch' },
				{ value: 'misch', label: 'Mischform' }
			]
		},
		{
			key: 'renewal.framework_contracts',
			type: 'boolean',
			label: 'Nutzen Sie Rahmenverträge oder gemeinsame Beschaffungen (z. B. über KISA)?',
			requirement: 'optional'
		},
		{
			key: 'renewal.disposal',
			type: 'single',
			label: 'Was geschieht mit ausgesonderten Geräten?',
			requirement: 'optional',
			options: [
				{ value: 'zertifiziert', label: 'zertifizierte Datenlöschung und Recycling' },
				{ value: 'weitergabe', label: 'Datenlöschung und Weitergabe bzw. Verkauf' },
				{ value: 'ungeregelt', label: 'nicht geregelt' }
			]
		}
	]
};
