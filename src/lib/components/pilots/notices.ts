// Success notices of the pilot detail page, by the `hinweis` query key the actions redirect with
// ("<section>.<event>"). Unknown keys show nothing.

export const PILOT_NOTICES: Record<string, string> = {
	angelegt:
		'Das Pilotprojekt wurde angelegt. Ergänzen Sie jetzt Schulen, Meilensteine und Kennzahlen.',
	'stammdaten.gespeichert': 'Die Stammdaten wurden gespeichert.',
	'ampel.gespeichert': 'Die Ampel wurde gespeichert.',
	'entscheidung.gespeichert': 'Die Entscheidung wurde gespeichert.',
	'schulen.hinzugefuegt': 'Die Schule wurde hinzugefügt.',
	'schulen.entfernt': 'Die Schule wurde entfernt.',
	'massnahmen.verknuepft': 'Die Maßnahme ist jetzt mit dem Pilotprojekt verknüpft.',
	'massnahmen.geloest': 'Die Verknüpfung mit der Maßnahme wurde gelöst.',
	'meilensteine.angelegt': 'Der Meilenstein wurde angelegt.',
	'meilensteine.erledigt': 'Der Meilenstein wurde als erledigt markiert.',
	'meilensteine.offen': 'Der Meilenstein ist wieder offen.',
	'meilensteine.geloescht': 'Der Meilenstein wurde gelöscht.',
	'kennzahlen.angelegt': 'Die Kennzahl wurde angelegt.',
	'kennzahlen.geloescht': 'Die Kennzahl wurde gelöscht.',
	'kennzahlen.messwert': 'Der Messwert wurde gespeichert.',
	'kennzahlen.messwert-geloescht': 'Der Messwert wurde gelöscht.',
	'risiken.angelegt': 'Das Risiko wurde angelegt.',
	'risiken.status': 'Der Status des Risikos wurde geändert.',
	'risiken.geloescht': 'Das Risiko wurde gelöscht.',
	'erkenntnisse.angelegt': 'Die Erkenntnis wurde gespeichert.',
	'erkenntnisse.geloescht': 'Die Erkenntnis wurde gelöscht.'
};

/** The notice for a query key, with the section it belongs to ('' = top of the page). */
export function pilotNotice(key: string | null): { section: string; text: string } | null {
	if (!key || !(key in PILOT_NOTICES)) return null;
	const section = key.includes('.') ? key.split('.')[0] : '';
	return { section, text: PILOT_NOTICES[key] };
}
