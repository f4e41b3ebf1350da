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
		note: 'Jede Lehrkraft hat ein dienstliches Endgerät (Annahme nach der DigitalPakt-Zusatzvereinbarung „Leihgeräte für Lehrkräfte“; sächsisches Programm 2021, im Mittel rund 757 € je Gerät).',
		source: {
			title:
				'Annahme: ein dienstliches Gerät je Lehrkraft; vgl. Verwaltungsvereinbarung DigitalPakt Schule, Zusatzvereinbarung „Leihgeräte für Lehrkräfte“',
			publisher: 'Bund und Länder / Sächsisches Staatsministerium für Kultus',
			date: '2021',
			url: 'https://www.digitalpaktschule.de'
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
			title: 'Medienbildung und Digitalisierung: Landesangebote LernSax, OPAL Schule, Schullogin',
			publisher: 'Landesamt für Schule und Bildung (LaSuB)',
			date: 'abgerufen 12/2026',
			url: 'https://www.lasub.de/medienbildung-und-digitalisierung-4312.html'
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
			publisher: 'BMBF / Länder (digitalpaktschule.de)',
			date: 'abgerufen 12/2026',
			url: 'https://www.digitalpaktschule.de/de/schultraeger-1704.html'
		}
	},
	{
		id: 'privacy.basics',
		label: 'Datenschutz-Grundlagen der Schule (Verantwortliche: Schulleitung)',
		value: 4,
		unit: 'von 4',
		direction: 'min',
		note: 'Verzeichnis der Verarbeitungstätigkeiten, Datenschutz-Folgenabschätzung bzw. Prüfung für die genutzten Plattformen, Auftragsverarbeitungsverträge, Nutzungsordnung. Die/der Datenschutzbeauftragte für die öffentlichen Schulen wird zentral vom LaSuB gestellt und ist nicht von der Schule zu benennen.',
		source: {
			title:
				'DSGVO Art. 30 (Verzeichnis), Art. 35 (Folgenabschätzung), Art. 28 (Auftragsverarbeitung); Datenschutzbeauftragter für die öffentlichen Schulen',
			publisher: 'Landesamt für Schule und Bildung (LaSuB)',
			date: 'abgerufen 12/2026',
			url: 'https://www.lasub.de'
		}
	}
];

const BY_ID = new Map(EXTRA_GUIDE_VALUES.map((g) => [g.id, g]));

export function extraGuideValue(id: string): GuideValue | undefined {
	return BY_ID.get(id);
}
