// Demo data of issue 5: the existing contracts and equipment of Stadt Musterstadt as cost items
// (running costs and replacements of earlier purchases that fall into the plan years).
import { euros } from '../src/lib/domain/costs/money';
import type { CostItemInput } from '../src/lib/server/costs';

/** Existing contracts and equipment: running costs and replacements in the plan years. */
export function existingItems(
	startYear: number
): (CostItemInput & { school?: 'msGs' | 'msOs' | 'msGy' | 'msFoes' })[] {
	const base = {
		catalogueItemId: null,
		measureId: null,
		lastYear: null,
		fundedUntilYear: null,
		usefulLifeYears: null,
		schoolId: null
	};
	return [
		{
			...base,
			label: 'Internetzugang Bestandsvertrag (DSL/Kabel, 4 Schulen)',
			category: 'connectivity',
			kind: 'running',
			quantity: 4,
			unitPrice: euros(1800),
			firstYear: startYear - 3,
			lastYear: startYear + 1,
			fundingSource: 'own',
			fundingRatePercent: 0,
			note: 'Vertrag läuft bis Ende ' + (startYear + 1) + '; danach Glasfaser (Maßnahme).'
		},
		{
			...base,
			label: 'IT-Dienstleister 2nd-Level (Rahmenvertrag)',
			category: 'support',
			kind: 'running',
			quantity: 1,
			unitPrice: euros(42000),
			firstYear: startYear - 2,
			fundingSource: 'own',
			fundingRatePercent: 0,
			note: 'Rahmenvertrag der Stadt, jährlich kündbar'
		},
		{
			...base,
			label: 'MDM-Lizenzen Bestandsgeräte',
			category: 'software',
			kind: 'running',
			quantity: 520,
			unitPrice: euros(18),
			firstYear: startYear - 1,
			fundingSource: 'own',
			fundingRatePercent: 0,
			note: 'Preiskatalog: Mobile-Device-Management-Lizenz'
		},
		{
			...base,
			label: 'Bestand Schüler-Tablets Oberschule (Ersatz)',
			category: 'student_devices',
			kind: 'investment',
			quantity: 120,
			unitPrice: euros(540),
			usefulLifeYears: 5,
			firstYear: startYear - 4,
			fundingSource: 'digitalpakt_2',
			fundingRatePercent: 100,
			fundedUntilYear: startYear + 4,
			school: 'msOs',
			note: 'Beschafft ' + (startYear - 4) + ' (DigitalPakt 1.0); Ersatz nach 5 Jahren'
		},
		{
			...base,
			label: 'Bestand interaktive Displays Grundschule (Ersatz)',
			category: 'presentation',
			kind: 'investment',
			quantity: 10,
			unitPrice: euros(4800),
			usefulLifeYears: 7,
			firstYear: startYear - 5,
			fundingSource: 'own',
			fundingRatePercent: 0,
			school: 'msGs',
			note: 'Beschafft ' + (startYear - 5) + '; Ersatz nach 7 Jahren'
		},
		{
			...base,
			label: 'Leasing Schüler-Tablets Gymnasium (Bestandsvertrag)',
			category: 'student_devices',
			kind: 'running',
			quantity: 390,
			unitPrice: euros(180),
			firstYear: startYear - 2,
			fundingSource: 'own',
			fundingRatePercent: 0,
			school: 'msGy',
			note: 'Leasing mit Tausch nach drei Jahren, inklusive Versicherung'
		},
		{
			...base,
			label: 'Bestand Beamer und Displays Oberschule (Ersatz)',
			category: 'presentation',
			kind: 'investment',
			quantity: 20,
			unitPrice: euros(4800),
			usefulLifeYears: 7,
			firstYear: startYear - 6,
			fundingSource: 'digitalpakt_2',
			fundingRatePercent: 100,
			fundedUntilYear: startYear + 4,
			school: 'msOs',
			note: 'Beschafft ' + (startYear - 6) + ' (DigitalPakt 1.0); Ersatz als interaktive Displays'
		},
		{
			...base,
			label: 'Fortbildungsbudget Medienbildung (alle Schulen)',
			category: 'training',
			kind: 'running',
			quantity: 6,
			unitPrice: euros(950),
			firstYear: startYear,
			fundingSource: 'state',
			fundingRatePercent: 100,
			note: 'sechs schulinterne Fortbildungen je Jahr; Lehrkräftefortbildung ist Aufgabe des Freistaats (LaSuB), Kostenträger Land'
		}
	];
}
