// Demo narrative texts of the Musterstadt concept (db/seed-concept.ts): the texts of the approved
// first version, and the revisions of versions 2 and 3. Written in the tiny narrative markup
// (blank line = new paragraph, "- " = list item, *emphasis*). Demo data only.

export type DemoTexts = Record<string, string>;

/** Version 1 (approved): the first complete concept. */
export const TEXTS_V1: DemoTexts = {
	summary: `Mit diesem Medienentwicklungskonzept legt die Stadt Musterstadt als Schulträger fest, wie ihre vier Schulen – die Grundschule Am Lindenhof, die Oberschule Musterstadt, das Goethe-Gymnasium Musterstadt und die Förderschule Am Park – in den Jahren 2026 bis 2030 digital ausgestattet, betrieben und weiterentwickelt werden. Grundlage sind die Medienbildungskonzepte der Schulen, die Bedarfsermittlung mit Schulleitungen und IT-Betreuung sowie eine anonyme Befragung der Lehrkräfte.

Die wichtigsten Befunde:
- Die Internetanbindung der Grundschule (10 Mbit/s je Klasse) und der Oberschule (12,5 Mbit/s je Klasse) liegt deutlich unter der sächsischen Zielgröße.
- An der Oberschule sind nur 70 % der Unterrichtsräume mit WLAN versorgt.
- Am Gymnasium kommen auf ein schuleigenes Schülergerät knapp zwei Schülerinnen und Schüler; die vorhandenen Geräte erreichen im Planungszeitraum das Ende ihrer Nutzungsdauer.

Die Maßnahmen in Kapitel 11 und der Kosten- und Finanzierungsplan in Kapitel 12 leiten sich unmittelbar aus diesen Befunden ab.`,

	basis: `Leitgedanke des Plans ist *„Technik folgt der Pädagogik“*: Die Medienbildungskonzepte der Schulen bestimmen den Bedarf; die Stadt Musterstadt plant als Schulträger Ausstattung, Betrieb und Finanzierung.

Die Bedarfsermittlung wurde von der KISA begleitet und lief von Januar bis März 2026 in drei Schritten:
- Fragebögen für Schulleitungen und IT-Betreuung zu Ausstattung, Infrastruktur, Betrieb und Datenschutz,
- eine anonyme Befragung der Lehrkräfte zu Mediennutzung, Hindernissen und Fortbildungsbedarf,
- die gemeinsame Auswertung gegen Orientierungswerte in einer Planungswerkstatt mit allen Schulleitungen.

Beteiligt waren das Schulverwaltungsamt (Federführung), das Sachgebiet IT der Stadtverwaltung, die Schulleitungen und Medienkoordinatorinnen und -koordinatoren der vier Schulen sowie die Beratung der KISA.`,

	profile: `Die vier Schulen unterscheiden sich in Größe, Schulart und pädagogischem Schwerpunkt. Gemeinsam ist ihnen das Ziel, dass alle Schülerinnen und Schüler die Kompetenzen für ein selbstbestimmtes Leben in der digitalen Welt erwerben.

- *Grundschule Am Lindenhof:* Schwerpunkt auf Lesen und Schreiben mit digitalen Medien und einem altersgerechten Einstieg in das Programmieren; Tablets werden im Klassensatz geteilt.
- *Oberschule Musterstadt:* Berufsorientierung mit digitalen Werkzeugen, Projektarbeit in Technik/Computer und Informatik; Ausbau von Fachräumen.
- *Goethe-Gymnasium Musterstadt:* schrittweiser Übergang zu persönlichen Endgeräten ab Klassenstufe 8; naturwissenschaftliches Profil mit digitaler Messwerterfassung.
- *Förderschule Am Park:* unterstützte Kommunikation und assistive Technologien; kleine Lerngruppen mit individuell angepassten Geräten.`,

	competences: `Die Vermittlung der Medienkompetenz folgt dem Kompetenzrahmen der KMK und seiner sächsischen Fassung. Jede Schule ordnet in ihrem Medienbildungskonzept die sechs Kompetenzbereiche den Fächern und Klassenstufen zu; die Konzepte werden alle zwei Jahre in der Schulkonferenz fortgeschrieben.

Die Befragung zeigt, dass die Bereiche *Suchen, Verarbeiten und Aufbewahren* sowie *Produzieren und Präsentieren* bereits breit im Unterricht vorkommen. Seltener werden *Problemlösen und Handeln* sowie *Analysieren und Reflektieren* aufgegriffen; hier setzen die Fortbildungsplanung und die Fachschaftsarbeit an.`,

	current_state: `Dieses Kapitel stellt den Ist-Stand jeder Schule den Orientierungswerten gegenüber. Die Ampel zeigt, ob ein Wert erfüllt (grün), teilweise erfüllt (gelb) oder nicht erfüllt (rot) ist; grau bedeutet, dass Angaben noch fehlen.

Für die Grundschule Am Lindenhof und die Förderschule Am Park liegen noch nicht alle Angaben der IT-Betreuung vor. Die fehlenden Werte werden bis zur Fortschreibung im Herbst 2026 nacherhoben; bis dahin stützt sich die Planung für diese Schulen auf die Angaben der Schulleitungen und die Erfahrungswerte des Sachgebiets IT.`,

	target_state: `Der Soll-Zustand orientiert sich an den sächsischen Zielgrößen und an öffentlich dokumentierten Orientierungswerten. Bis 2030 sollen alle Schulen:
- mit mindestens 50 Mbit/s (Grundschule) bzw. 100 Mbit/s (weiterführende Schulen) je Klasse an das Internet angebunden sein, langfristig mit einem symmetrischen Glasfaseranschluss,
- in allen Unterrichtsräumen über ein zentral verwaltetes WLAN mit getrennten Netzen für Verwaltung, Lehrkräfte und Schülerinnen und Schüler verfügen,
- jede Lehrkraft mit einem dienstlichen Endgerät ausgestattet haben,
- Schülergeräte im Verhältnis 1:2 (Grundschule) bzw. 1:1 ab Klassenstufe 8 (weiterführende Schulen) bereitstellen.

Der Soll-Ist-Abgleich in diesem Kapitel nennt zu jedem Befund den gemessenen Wert und den Orientierungswert. Daraus ergeben sich die vorgeschlagenen Maßnahmen.`,

	development: `Digitale Medien wirken im Unterricht nur, wenn die Schulen Zeit für Austausch und Unterrichtsentwicklung haben. Jede Schule benennt ein Medienteam aus Schulleitung, Medienkoordination und Vertretungen der Fachschaften.

Die Medienteams treffen sich zweimal im Schuljahr schulübergreifend mit dem Schulverwaltungsamt. Dort werden Erfahrungen ausgetauscht, Beschaffungen abgestimmt und die Umsetzung dieses Plans überprüft. Die Schulkonferenzen werden über den Stand jährlich informiert.`,

	training: `Die Fortbildungsplanung orientiert sich am europäischen Referenzrahmen DigCompEdu. Grundlage ist die Selbsteinschätzung der Lehrkräfte in der Befragung.

Geplant sind:
- schulinterne Fortbildungen zu Beginn jedes Schuljahres,
- die Qualifizierung von zwei Multiplikatorinnen oder Multiplikatoren je Schule,
- die Nutzung der Angebote des LaSuB und des Medienpädagogischen Zentrums.`,

	operations: `Ausstattung ist nur so gut wie ihr Betrieb. Der 1st-Level-Support (Annahme von Störungen, einfache Behebung, Weitergabe) liegt bei den Schulen; die Medienkoordination erhält dafür Anrechnungsstunden. Der 2nd-Level-Support liegt beim Schulträger.

Alle Endgeräte werden über ein zentrales Mobile-Device-Management verwaltet. Ersatzbeschaffungen folgen festen Erneuerungszyklen: Schülergeräte nach fünf, Präsentationstechnik nach sieben und Netzwerktechnik nach acht Jahren.`,

	data_protection: `Die Schulen verarbeiten personenbezogene Daten von Kindern und Beschäftigten. Verantwortliche im Sinne der DSGVO sind die Schulleitungen; sie werden von der bzw. dem Datenschutzbeauftragten für die öffentlichen Schulen beim LaSuB beraten, der zentral bestellt ist. Jede Schule führt:
- ein Verzeichnis der Verarbeitungstätigkeiten,
- eine Prüfung bzw. Datenschutz-Folgenabschätzung für die zusätzlich genutzten Plattformen,
- Auftragsverarbeitungsverträge mit allen Dienstleistern,
- eine Nutzungsordnung für Geräte und Netze.

Die Stadt Musterstadt verantwortet die technische Sicherheit: Verwaltungs- und pädagogisches Netz werden an allen Schulen getrennt, administrative Zugänge mit einem zweiten Faktor geschützt.`,

	action_plan: `Der Maßnahmenplan führt alle beschlossenen Maßnahmen mit Verantwortlichen, Priorität, Zeitraum und Kosten auf. Vorgeschlagene Maßnahmen gehen auf die Befunde in Kapitel 6 zurück; ihre Begründung ist bei jeder Maßnahme angegeben.

Maßnahmen mit hoher Priorität beginnen 2026. Die Reihenfolge berücksichtigt, dass die Netzinfrastruktur vor der Ausstattung mit weiteren Endgeräten ertüchtigt werden muss.`,

	costs: `Der Kosten- und Finanzierungsplan umfasst Investitionen und laufende Kosten für die Jahre 2026 bis 2030. Investitionen werden nach Ablauf ihrer Nutzungsdauer erneut eingeplant; so bleibt die Ausstattung dauerhaft nutzbar (*Nachhaltigkeit*).

Investitionen in Infrastruktur, Endgeräte und Präsentationstechnik sollen zu 90 % aus dem DigitalPakt Schule 2.0 gefördert werden. Laufende Kosten für Support, Lizenzen und Anbindung trägt die Stadt Musterstadt.`,

	pilots: `Pilotprojekte erproben Maßnahmen an einzelnen Schulen, bevor sie auf alle Schulen übertragen werden. Sie haben Ziele, Meilensteine und Kennzahlen mit Ausgangs-, Ziel- und Istwerten.

Das Goethe-Gymnasium erprobt ab dem Schuljahr 2026/27 persönliche Endgeräte in zwei Klassen der Stufe 8. Die Ergebnisse fließen in die Entscheidung über die Ausweitung auf alle weiterführenden Schulen ein.`,

	evaluation: `Das Medienentwicklungskonzept wird jährlich im Schulverwaltungsamt überprüft und alle zwei Jahre fortgeschrieben. Maßstab sind die Kennzahlen dieses Konzepts: Sie werden mit denselben Fragebögen erneut erhoben und den Ausgangswerten gegenübergestellt.

Die nächste Fortschreibung ist für Herbst 2027 vorgesehen.`
};

/** Version 2 (changes requested): the first update after the approval. */
export const TEXTS_V2: DemoTexts = {
	...TEXTS_V1,
	training: `Die Fortbildungsplanung orientiert sich am europäischen Referenzrahmen DigCompEdu. Grundlage ist die Selbsteinschätzung der Lehrkräfte in der Befragung: Ein großer Teil der Lehrkräfte ordnet sich in den Bereichen *Digitale Ressourcen* und *Lehren und Lernen* den Stufen A2 und B1 zu.

Geplant sind:
- schulinterne Fortbildungen zu Beginn jedes Schuljahres (ein pädagogischer Tag je Schule),
- die Qualifizierung von zwei Multiplikatorinnen oder Multiplikatoren je Schule,
- die Nutzung der Angebote des LaSuB und des Medienpädagogischen Zentrums.`,

	operations: `Ausstattung ist nur so gut wie ihr Betrieb. Der 1st-Level-Support (Annahme von Störungen, einfache Behebung, Weitergabe) liegt bei den Schulen; die Medienkoordination erhält dafür Anrechnungsstunden. Der 2nd-Level-Support liegt beim Schulträger und wird ab 2026 über einen Rahmenvertrag mit einem IT-Dienstleister erbracht.

Alle Endgeräte werden über ein zentrales Mobile-Device-Management verwaltet. Ersatzbeschaffungen folgen festen Erneuerungszyklen: Schülergeräte nach fünf, Präsentationstechnik nach sieben und Netzwerktechnik nach acht Jahren.`,

	costs: `Der Kosten- und Finanzierungsplan umfasst Investitionen und laufende Kosten für die Jahre 2026 bis 2030. Investitionen werden nach Ablauf ihrer Nutzungsdauer erneut eingeplant; so bleibt die Ausstattung dauerhaft nutzbar (*Nachhaltigkeit*).

Investitionen in Infrastruktur, Endgeräte und Präsentationstechnik sollen zu 90 % aus dem DigitalPakt Schule 2.0 gefördert werden. Laufende Kosten für Support, Lizenzen und Anbindung trägt die Stadt Musterstadt. Der 2nd-Level-Support ist als neuer Posten ab 2026 eingeplant.`
};

/** Version 3 (submitted, current): the revision after the consultant's comments on version 2. */
export const TEXTS_V3: DemoTexts = {
	...TEXTS_V2,
	training: `Die Fortbildungsplanung orientiert sich am europäischen Referenzrahmen DigCompEdu. Grundlage ist die Selbsteinschätzung der Lehrkräfte in der Befragung: Ein großer Teil der Lehrkräfte ordnet sich in den Bereichen *Digitale Ressourcen* und *Lehren und Lernen* den Stufen A2 und B1 zu. Für die Grundschule liegen weniger als fünf Antworten vor; ihr Bedarf wurde deshalb im Gespräch mit der Schulleitung ermittelt.

Geplant sind:
- schulinterne Fortbildungen zu Beginn jedes Schuljahres (ein pädagogischer Tag je Schule),
- die Qualifizierung von zwei Multiplikatorinnen oder Multiplikatoren je Schule bis Ende 2027,
- an der Grundschule eine Fortbildungsreihe zum Einsatz von Tablets im Anfangsunterricht (vier Nachmittage im Schuljahr 2026/27),
- die Nutzung der Angebote des LaSuB und des Medienpädagogischen Zentrums.

Der Erfolg wird mit der Wiederholungsbefragung 2028 gemessen: Ziel ist, dass die Hälfte der Lehrkräfte sich in mindestens drei DigCompEdu-Bereichen auf Stufe B1 oder höher einordnet.`,

	costs: `Der Kosten- und Finanzierungsplan umfasst Investitionen und laufende Kosten für die Jahre 2026 bis 2030. Investitionen werden nach Ablauf ihrer Nutzungsdauer erneut eingeplant; so bleibt die Ausstattung dauerhaft nutzbar (*Nachhaltigkeit*).

Investitionen in Infrastruktur, Endgeräte und Präsentationstechnik sollen zu 90 % aus dem DigitalPakt Schule 2.0 gefördert werden. Laufende Kosten für Support, Lizenzen und Anbindung trägt die Stadt Musterstadt. Der 2nd-Level-Support ist als neuer Posten ab 2026 eingeplant.

Der Eigenanteil der Stadt ist im Haushaltsentwurf 2027/2028 berücksichtigt. Für die Jahre 2029 und 2030 wird er in der mittelfristigen Finanzplanung vorgemerkt; der Stadtrat entscheidet darüber mit den jeweiligen Haushalten.`
};
