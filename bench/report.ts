// Writes the benchmark figures to docs/benchmarks.md (the latest run replaces the table).
import { writeFileSync } from 'node:fs';
import type { RunFigures } from './harness';

export interface Figure {
	id: string;
	label: string;
	run: RunFigures & { runs?: RunFigures[] };
	target?: string;
	ratio?: number;
	met?: boolean;
}

export interface Report {
	commit: string;
	node: string;
	cpu: string;
	startupMs: number;
	peakRssMb: number;
	figures: Figure[];
	extra?: string[];
}

const fmt = (n: number, digits = 0) =>
	n.toLocaleString('de-DE', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function writeReport(report: Report): void {
	const rows = report.figures.map((f) =>
		[
			f.id,
			f.label,
			fmt(f.run.requestsPerSecond),
			fmt(f.run.p50, 1),
			fmt(f.run.p99, 1),
			fmt(f.run.max, 1),
			String(f.run.errors + f.run.non2xx),
			f.ratio !== undefined ? fmt(f.ratio, 2) : '–',
			f.target ?? '–',
			f.met === undefined ? '–' : f.met ? 'erfüllt' : 'nicht erfüllt'
		].join(' | ')
	);
	const md = `# Benchmarks

Gemessen mit \`npm run bench\` (bench/run.ts): \`MEK_BENCH_BUILD=1 vite build\` (eigener Build in \`build-bench/\`, nur
er hat den Boden-Endpunkt), Server (\`node build-bench\`) auf einer frisch
angelegten Demo-Datenbank, an Kern 0 gebunden; Last mit autocannon aus einem zweiten Prozess an Kern 1
(\`taskset\`, wo vorhanden). 5 s Aufwärmen, dann 3 Läufe à 10 s; angegeben ist der mittlere Lauf (Median
nach Durchsatz). Der Boden ist derselbe SQLite-Upsert ohne Sitzung, Berechtigung, Validierung und
Audit-Eintrag im selben Lauf; P1 wird als Verhältnis zum Boden angegeben, weil Verhältnisse eine laute
Maschine überstehen, absolute Zahlen nicht.

- Commit: \`${report.commit}\`
- Node: ${report.node}
- CPU: ${report.cpu}
- Kaltstart bis zum ersten 200 von \`/healthz\` (P7, inkl. Prozessstart): ${fmt(report.startupMs)} ms
- Höchster RSS des Servers (VmHWM) während des Laufs: ${fmt(report.peakRssMb)} MB

| Ziel | Messung | req/s | p50 ms | p99 ms | max ms | Fehler | Verhältnis zum Boden | Vorgabe | Ergebnis |
|---|---|---|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r} |`).join('\n')}

${(report.extra ?? []).map((line) => `- ${line}`).join('\n')}

## Einordnung

- Der Server läuft für die Messung auf **einem** Kern (\`taskset -c 0\`), die Last auf dem anderen. Schon der
  Boden (nackter Upsert mit \`synchronous=FULL\`, ohne Sitzung) bleibt damit unter den absoluten
  P1-Zielwerten von quality.md (1.500 req/s, p99 ≤ 30 ms bei 50 Verbindungen), die Referenzzahlen dort
  wurden ohne Bindung an einen Kern gemessen. Aussagekräftig ist das Verhältnis zum Boden.
- P1 liegt bei gut der Hälfte des Bodens (Ziel 0,6): je Autosave kommen die Sitzungsprüfung (eine Abfrage),
  das Laden der Mitgliedschaften, die Zugriffsentscheidung mit dem Laden von Antwortbogen und Runde, die
  Validierung gegen die eingefrorene Fragebogen-Version, die Versionsprüfung und der Audit-Eintrag in
  derselben Transaktion hinzu. Nächste Schritte: Mitgliedschaften und Fragebogen-Definitionen je Version
  im Prozess zwischenspeichern (unveränderlich), Sitzung und Nutzer in einer Abfrage laden.
- P2 (Abschnittsseite, größter Abschnitt der Demo hat 22 Fragen, nicht 60) ist serverseitiges Rendern mit
  Sitzung, Berechtigung, Fortschritt über den ganzen Fragebogen und Orientierungswerten; Ziel ≥ 500 req/s
  nicht erreicht. Gleiche Hebel wie bei P1.
- P4: warm und aus dem Cache erfüllt; kalt knapp über 2 s, weil der Worker beim ersten Auftrag noch
  pdfmake lädt. P5: Das PDF rendert im Worker, die Hauptschleife bleibt frei; die Spitzen entstehen, weil
  auf 2 Kernen Worker, Server und Lastgenerator um dieselben Kerne konkurrieren.
`;
	writeFileSync('docs/benchmarks.md', md);
	console.log('\nErgebnisse in docs/benchmarks.md geschrieben.');
}
