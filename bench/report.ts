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

Gemessen mit \`npm run bench\` (bench/run.ts): \`vite build\`, Server (\`node build\`) auf einer frisch
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
`;
	writeFileSync('docs/benchmarks.md', md);
	console.log('\nErgebnisse in docs/benchmarks.md geschrieben.');
}
