// Operator sections: support model (G), funding (L) and strategy (K).
// Source: domain.md §1.1 (MEP, MPZ, joint recommendation on 1st-level support), §1.2 (RL Digitale
// Schulen, SAB, Sofortausstattung, VwV RegioDigiS), §1.3 (DigitalPakt 2.0), §3 support, §9 G, K, L.

import type { Section } from '../../../src/lib/domain/questionnaire/types';
import { ACTION_FIELDS } from '../shared';

export const supportModel: Section = {
	key: 'supportmodell',
	code: 'G',
	title: 'Supportmodell',
	questions: [
		{
			key: 'support_model.second_level',
			type: 'single',
			label: 'Wer betreut die Schulen im 2nd-Level-Support?',
			requirement: 'required',
			options: [
				{ value: 'eigen', label: 'eigenes IT-Personal des Schulträgers' },
				{ value: 'kommunal', label: 'kommunaler IT-Dienstleister oder Zweckverband (z. B. KISA)' },
				{ value: 'extern', label: 'externer Dienstleister mit Wartungsvertrag' },
				{ value: 'misch', label: 'Mischform' },
				{ value: 'keiner', label: 'kein geregelter Support' }
			]
		},
		{
			key: 'support_model.staff_fte',
			type: 'decimal',
			label: 'IT-Personal für Schulen (eigenes Personal und vertraglich vereinbarte Kapazität)',
			help: 'In Vollzeitäquivalenten; ein Dienstleistervertrag über 800 Stunden im Jahr entspricht etwa 0,5 VZÄ.',
			unit: 'VZÄ',
			min: 0,
			max: 200,
			requirement: 'required',
			guideValue: { ref: 'support.devices_per_technician' }
		},
		{
			key: 'support_model.devices_supported',
			type: 'integer',
			label: 'Anzahl der betreuten Endgeräte an allen Schulen',
			help: 'Schüler- und Lehrkräftegeräte, PCs und Notebooks; ohne Displays und Netzwerkkomponenten.',
			unit: 'Geräte',
			min: 0,
			max: 200000,
			requirement: 'required',
			guideValue: { ref: 'support.devices_per_technician' }
		},
		{
			key: 'support_model.annual_support_budget',
			type: 'currency',
			label: 'Jährliches Budget für Support und Wartung',
			unit: '€/Jahr',
			min: 0,
			max: 50000000,
			requirement: 'soft'
		},
		{
			key: 'support_model.service_levels',
			type: 'boolean',
			label: 'Sind Reaktions- und Lösungszeiten schriftlich vereinbart (Service-Level)?',
			requirement: 'soft',
			showIf: {
				key: 'support_model.second_level',
				op: 'in',
				value: ['kommunal', 'extern', 'misch']
			}
		},
		{
			key: 'support_model.role_agreement',
			type: 'boolean',
			label:
				'Ist mit den Schulen schriftlich vereinbart, wer 1st- und wer 2nd-Level-Support leistet?',
			help: 'SMK und kommunale Spitzenverbände empfehlen, den 1st-Level-Support an der Schule anzusiedeln.',
			requirement: 'required'
		},
		{
			key: 'support_model.central_mdm',
			type: 'boolean',
			label: 'Betreibt der Schulträger ein zentrales MDM für alle Schulen?',
			requirement: 'soft'
		},
		{
			key: 'support_model.mpz_role',
			type: 'multi',
			label: 'Welche Aufgaben übernimmt das Medienpädagogische Zentrum (MPZ) für Ihre Schulen?',
			requirement: 'optional',
			options: [
				{ value: 'beratung', label: 'Beratung zu Ausstattung und Konzepten' },
				{ value: 'fortbildung', label: 'Fortbildung' },
				{ value: 'wartung', label: 'Koordination der Wartung' },
				{ value: 'verleih', label: 'Geräte- und Medienverleih' },
				{ value: 'keine', label: 'keine' }
			]
		}
	]
};

export const funding: Section = {
	key: 'foerderung',
	code: 'L',
	title: 'Förderung und Finanzierung',
	questions: [
		{
			key: 'funding.sources_used',
			type: 'multi',
			label: 'Welche Finanzierungsquellen haben Sie für Schul-IT genutzt oder geplant?',
			requirement: 'required',
			options: [
				{ value: 'dp_2019', label: 'DigitalPakt Schule 2019–2024 (RL Digitale Schulen)' },
				{
					value: 'sofortausstattung',
					label: 'Sofortausstattungsprogramm (Leihgeräte für Schülerinnen und Schüler)'
				},
				{ value: 'lehrkraefte', label: 'Leihgeräte für Lehrkräfte' },
				{ value: 'administration', label: 'Zusatzvereinbarung Administration' },
				{ value: 'regiodigis', label: 'VwV RegioDigiS (regionale Projekte)' },
				{ value: 'dp_2', label: 'DigitalPakt 2.0' },
				{ value: 'breitband', label: 'Breitbandförderung für den Schulanschluss' },
				{ value: 'schulhausbau', label: 'Schulhausbauförderung' },
				{ value: 'eigenmittel', label: 'Eigenmittel' },
				{ value: 'dritte', label: 'Fördervereine, Spenden, Sponsoring' }
			],
			allowOther: true
		},
		{
			key: 'funding.dp_2019_status',
			type: 'single',
			label: 'Stand der Abrechnung nach RL Digitale Schulen',
			help: 'Verwendungsnachweise werden über das Förderportal der SAB eingereicht.',
			requirement: 'soft',
			showIf: { key: 'funding.sources_used', op: 'includes', value: 'dp_2019' },
			options: [
				{
					value: 'abgeschlossen',
					label: 'Budget vollständig abgerufen, Verwendungsnachweis eingereicht'
				},
				{ value: 'nachweis_offen', label: 'Budget abgerufen, Verwendungsnachweis noch offen' },
				{ value: 'teilweise', label: 'Budget nur teilweise abgerufen' }
			]
		},
		{
			key: 'funding.dp2_need',
			type: 'currency',
			label: 'Geschätzter Bedarf an Mitteln aus dem DigitalPakt 2.0 bis 2030',
			help: 'DigitalPakt Schule 2.0: beschlossen am 18.12.2025, Maßnahmen ab 01.01.2025 bis 2030, pauschale Zuweisungen (medienservice.sachsen.de). Die sächsische Förderrichtlinie steht noch aus; ein grober Schätzwert genügt.',
			unit: '€',
			min: 0,
			max: 500000000,
			requirement: 'soft',
			showIf: { key: 'funding.sources_used', op: 'includes', value: 'dp_2' }
		},
		{
			key: 'funding.allocation',
			type: 'grid',
			label: 'Zuweisungen und Landesmittel je Jahr, die dem Schulträger für Schul-IT zustehen',
			help: 'Der DigitalPakt Schule 2.0 (2025–2030) wird als pauschale Zuweisung je Schulträger verteilt; tragen Sie den Betrag laut Zuweisungsbescheid bzw. Ankündigung ein. Leere Felder bedeuten „keine Mittel“. Das Kapitel „Kosten- und Finanzierungsplan“ stellt diese Beträge dem Bedarf und den Eigenmitteln gegenüber.',
			requirement: 'soft',
			rows: [
				{ key: 'dp2', label: 'DigitalPakt Schule 2.0 (pauschale Zuweisung)' },
				{ key: 'land', label: 'weitere Landesprogramme (z. B. RegioDigiS)' },
				{ key: 'dritte', label: 'Dritte (Fördervereine, Sponsoring)' }
			],
			columns: [2026, 2027, 2028, 2029, 2030].map((y) => ({ key: `y${y}`, label: String(y) })),
			unit: '€',
			min: 0,
			max: 100000000
		},
		{
			key: 'funding.cofinancing',
			type: 'single',
			label: 'Ist der kommunale Eigenanteil für geplante Fördermaßnahmen im Haushalt gesichert?',
			requirement: 'required',
			options: [
				{ value: 'ja', label: 'ja' },
				{ value: 'teilweise', label: 'teilweise' },
				{ value: 'nein', label: 'nein' },
				{ value: 'offen', label: 'noch offen' }
			]
		}
	]
};

export const operatorStrategy: Section = {
	key: 'strategie_traeger',
	code: 'K',
	title: 'Strategie des Schulträgers',
	questions: [
		{
			key: 'operator_strategy.mep_status',
			type: 'single',
			label: 'Hat der Schulträger ein Medienentwicklungskonzept (MEK)?',
			requirement: 'required',
			options: [
				{ value: 'ja', label: 'ja' },
				{ value: 'in_arbeit', label: 'in Arbeit' },
				{ value: 'nein', label: 'nein' }
			]
		},
		{
			key: 'operator_strategy.mep_year',
			type: 'year',
			label: 'Jahr der letzten Fortschreibung des MEK',
			min: 2010,
			max: 2035,
			requirement: 'soft',
			showIf: { key: 'operator_strategy.mep_status', op: 'eq', value: 'ja' }
		},
		{
			key: 'operator_strategy.council_decision',
			type: 'boolean',
			label: 'Wird das MEK vom Stadtrat, Gemeinderat oder Kreistag beschlossen?',
			requirement: 'soft',
			showIf: { key: 'operator_strategy.mep_status', op: 'in', value: ['ja', 'in_arbeit'] }
		},
		{
			key: 'operator_strategy.equipment_standard',
			type: 'boolean',
			label: 'Gibt es einen einheitlichen Ausstattungsstandard je Raumtyp für alle Schulen?',
			requirement: 'soft'
		},
		{
			key: 'operator_strategy.school_involvement',
			type: 'single',
			label: 'Wie werden die Schulen an der Planung beteiligt?',
			requirement: 'soft',
			options: [
				{ value: 'regelmaessig', label: 'in regelmäßigen Abstimmungsrunden' },
				{ value: 'anlass', label: 'bei Bedarf oder zu Förderanträgen' },
				{ value: 'nicht', label: 'bisher nicht' }
			]
		},
		{
			key: 'operator_strategy.procurement_criteria',
			type: 'multi',
			label: 'Welche Kriterien berücksichtigen Sie bei Beschaffungen über den Preis hinaus?',
			requirement: 'optional',
			options: [
				{ value: 'energie', label: 'Energieeffizienz und Umweltzeichen (z. B. Blauer Engel)' },
				{ value: 'reparierbarkeit', label: 'Reparierbarkeit und Ersatzteilversorgung' },
				{ value: 'garantie', label: 'verlängerte Garantie bzw. Vor-Ort-Service' },
				{ value: 'barrierefreiheit', label: 'Barrierefreiheit' },
				{ value: 'datenschutz', label: 'Datenschutz (Serverstandort EU)' }
			]
		},
		{
			key: 'operator_strategy.priorities',
			type: 'multi',
			label: 'Welche drei Handlungsfelder haben für den Schulträger die höchste Priorität?',
			help: 'Bitte höchstens drei auswählen.',
			requirement: 'required',
			maxSelections: 3,
			options: ACTION_FIELDS
		},
		{
			key: 'operator_strategy.goals',
			type: 'longtext',
			label: 'Welche Ziele verfolgt der Schulträger für die Schul-IT bis 2030?',
			help: 'z. B. „Alle Schulen haben bis 2028 Glasfaser“ oder „Rollierende Erneuerung der Schülergeräte nach fünf Jahren“.',
			maxLength: 3000,
			requirement: 'soft'
		}
	]
};
