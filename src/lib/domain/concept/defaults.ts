// Starting texts for each chapter's narrative, in the tiny markup of narrative.ts. People replace
// them in the editor; until then the concept reads as a complete document. Pure.
import type { SectionKey } from './model';

export interface DefaultTextContext {
	operatorName: string;
	periodLabel: string;
	schoolCount: number;
}

type Template = (x: DefaultTextContext) => string;

const TEXTS: Record<SectionKey, Template> = {
	summary: (x) =>
		`Das Medienentwicklungskonzept beschreibt, wie ${x.operatorName} die ${x.schoolCount} Schulen in seiner Trägerschaft im Zeitraum ${x.periodLabel} digital ausstattet, betreibt und weiterentwickelt. Es beruht auf einer Bedarfsermittlung mit Schulleitungen, IT-Betreuung und einer anonymen Befragung der Lehrkräfte.\n\nDie Übersicht zeigt, wo die Schulen die Orientierungswerte bereits erreichen und wo Handlungsbedarf besteht. Die Maßnahmen in Kapitel 11 und der Kostenplan in Kapitel 12 leiten sich unmittelbar aus diesen Befunden ab.`,
	basis: () =>
		`Leitgedanke ist *„Technik folgt der Pädagogik“*: Die Medienbildungskonzepte der Schulen bestimmen den Bedarf, der Schulträger plant Ausstattung, Betrieb und Finanzierung.\n\nDie Bedarfsermittlung lief in drei Schritten:\n- Fragebögen für Schulleitungen und IT-Betreuung zu Ausstattung, Infrastruktur, Betrieb und Datenschutz,\n- eine anonyme Befragung der Lehrkräfte zu Mediennutzung, Hindernissen und Fortbildungsbedarf,\n- die Auswertung gegen Orientierungswerte mit Beratung durch die KISA.`,
	profile: () =>
		'Die Schulen verfolgen in ihren Medienbildungskonzepten das Ziel, dass alle Schülerinnen und Schüler die Kompetenzen für ein Leben in der digitalen Welt erwerben. Die pädagogischen Schwerpunkte der einzelnen Schulen werden hier ergänzt.',
	competences: () =>
		'Die Vermittlung der Medienkompetenz folgt dem Kompetenzrahmen der KMK und seiner sächsischen Fassung. Die Schulen ordnen die Kompetenzbereiche in ihren Medienbildungskonzepten den Fächern und Klassenstufen zu.',
	current_state: () =>
		'Dieses Kapitel stellt den Ist-Stand jeder Schule den Orientierungswerten gegenüber. Die Ampel zeigt, ob ein Wert erfüllt (grün), teilweise erfüllt (gelb) oder nicht erfüllt (rot) ist; grau bedeutet, dass Angaben fehlen.',
	target_state: () =>
		'Aus dem Vergleich von Ist-Stand und Orientierungswerten ergibt sich der Handlungsbedarf. Jeder Befund nennt den gemessenen Wert und den Orientierungswert, damit die Herleitung nachvollziehbar bleibt.',
	development: () =>
		'Digitale Medien wirken im Unterricht nur, wenn Schulen Zeit für Austausch und Unterrichtsentwicklung haben. Medienteams, Fachschaftsarbeit und die Beteiligung der Schulkonferenz sichern, dass Ausstattung und Pädagogik zusammenpassen.',
	training: () =>
		'Die Fortbildungsplanung orientiert sich am europäischen Referenzrahmen DigCompEdu. Grundlage ist die Selbsteinschätzung der Lehrkräfte; geplant werden schulinterne Fortbildungen, Multiplikatorenqualifizierungen und Angebote von LaSuB und Medienpädagogischen Zentren.',
	operations: () =>
		'Ausstattung ist nur so gut wie ihr Betrieb. Dieses Kapitel beschreibt Support-Ebenen, Geräteverwaltung und die Erneuerungszyklen, nach denen die Kostenplanung Ersatzbeschaffungen vorsieht.',
	data_protection: () =>
		'Schulen verarbeiten personenbezogene Daten von Kindern und Beschäftigten. Die Grundlagen nach DSGVO (Verzeichnis der Verarbeitungstätigkeiten, Prüfung bzw. Datenschutz-Folgenabschätzung für Plattformen, Auftragsverarbeitungsverträge, Nutzungsordnung) verantwortet die Schulleitung, beraten von der bzw. dem Datenschutzbeauftragten für die öffentlichen Schulen beim LaSuB.',
	action_plan: () =>
		'Der Maßnahmenplan führt alle beschlossenen Maßnahmen mit Verantwortlichen, Priorität, Zeitraum und Kosten auf. Vorgeschlagene Maßnahmen gehen auf die Befunde in Kapitel 6 zurück; ihre Begründung ist bei jeder Maßnahme angegeben.',
	costs: (x) =>
		`Der Kosten- und Finanzierungsplan umfasst Investitionen und laufende Kosten für ${x.periodLabel}. Investitionen werden nach Ablauf ihrer Nutzungsdauer erneut eingeplant; so bleibt die Ausstattung dauerhaft nutzbar (*Nachhaltigkeit*).`,
	pilots: () =>
		'Pilotprojekte erproben Maßnahmen an einzelnen Schulen, bevor sie flächendeckend umgesetzt werden. Sie haben Ziele, Meilensteine und Kennzahlen mit Ausgangs-, Ziel- und Istwerten.',
	evaluation: () =>
		'Das Medienentwicklungskonzept wird jährlich überprüft und fortgeschrieben. Maßstab sind die Kennzahlen dieses Konzepts: Sie werden mit denselben Fragebögen erneut erhoben und den Ausgangswerten gegenübergestellt.',
	inventory: () => '',
	funding_annex: () =>
		'Der Förderanhang nennt die Zweckbindungsfristen der Förderprogramme, den Bestand, der noch gebunden ist, und den Beschlussvorschlag für den Rat.',
	answers: () =>
		'Dieser Anhang führt die Antworten der Schulleitungen und der IT-Betreuung auf, die nicht schon in den Kapiteln dargestellt sind. So ist jede Angabe der Bedarfsermittlung im Konzept nachlesbar.',
	rooms: () => '',
	survey_meta: () =>
		'Die Bedarfsermittlung verwendete die folgenden, versionierten Fragebögen. Jede Antwort bleibt der Fragebogenversion zugeordnet, mit der sie gegeben wurde.',
	accessibility: () =>
		'Dieses Dokument wird zusätzlich als barrierefreie HTML-Fassung im MEK-Assistenten bereitgestellt. Die PDF-Fassung enthält Titel, Sprachangabe und Lesezeichen; sie ist nicht vollständig getaggt (PDF/UA).\n\nBarrieren können Sie der KISA über die Kontaktangaben auf der Seite *Barrierefreiheit* des MEK-Assistenten melden.'
};

export function defaultNarrative(key: SectionKey, context: DefaultTextContext): string {
	return TEXTS[key](context);
}
