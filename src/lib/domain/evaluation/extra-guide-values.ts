// Guide values the evaluation needs that guide-values.ts does not hold (yet): yes/no facts and the
// teacher device coverage. Same shape as GUIDE_VALUES so an admin edit can later replace both. Pure.
import type { GuideValue } from '../guide-values';

export const EXTRA_GUIDE_VALUES: readonly GuideValue[] = [
	{
		id: 'devices.teacher_coverage',
		label: 'Dienstliche Endgeräte je Lehrkraft',
		value: 100,
		unit: '%',
		direction: 'min',
		note: 'Jede Lehrkraft hat ein dienstliches Endgerät (Annahme nach der DigitalPakt-Zusatzvereinbarung „Leihgeräte für Lehrkräfte“).',
		source: {
			title:
				'Annahme: ein dienstliches Gerät je Lehrkraft; vgl. DigitalPakt-Zusatzvereinbarung „Leihgeräte für Lehrkräfte“ (2021)',
			ref: 'domain.md §9 E (Lehrkräftegeräte, Anteil versorgt)'
		}
	},
	{
		id: 'platforms.lms',
		label: 'Lernplattform im Einsatz',
		value: 1,
		unit: '',
		direction: 'min',
		note: 'Eine Lernplattform ist im Einsatz (in Sachsen z. B. LernSax, OPAL Schule oder Moodle über Schullogin).',
		source: {
			title: 'Landesangebote LernSax, OPAL Schule, Moodle über Schullogin (LaSuB)',
			ref: 'lasub.de/medienbildung-und-digitalisierung-4312.html; domain.md §9 F'
		}
	},
	{
		id: 'devices.mdm',
		label: 'Geräteverwaltung (MDM) im Einsatz',
		value: 1,
		unit: '',
		direction: 'min',
		note: 'Mobile Geräte werden zentral verwaltet (Betrieb, Support, Wartung als Förderbedingung).',
		source: {
			title:
				'DigitalPakt Schule: Konzepte für Betrieb, Support und Wartung als Fördervoraussetzung',
			ref: 'digitalpaktschule.de/de/schultraeger-1704.html; domain.md §1.1, §9 E'
		}
	},
	{
		id: 'privacy.basics',
		label: 'Datenschutz-Grundlagen',
		value: 4,
		unit: 'von 4',
		direction: 'min',
		note: 'Datenschutzbeauftragte/r benannt, Verzeichnis der Verarbeitungstätigkeiten, Auftragsverarbeitungsverträge, Nutzungsordnung.',
		source: {
			title:
				'DSGVO Art. 37 (Datenschutzbeauftragte), Art. 30 (Verzeichnis), Art. 28 (Auftragsverarbeitung); Nutzungsordnung',
			ref: 'domain.md §7, §9 H'
		}
	}
];

const BY_ID = new Map(EXTRA_GUIDE_VALUES.map((g) => [g.id, g]));

export function extraGuideValue(id: string): GuideValue | undefined {
	return BY_ID.get(id);
}
