// Draws a ChartModel (the same data the browser's SVG charts use) as an SVG string for pdfmake:
// horizontal bars with labels, value texts, a light grid and, for several series, a legend. Every
// text is XML-escaped; the SVG never references anything outside itself. Pure.
import { formatEuroRounded } from '$lib/domain/costs/money';
import { levelName, type ChartModel } from '$lib/domain/evaluation/charts';
import { formatNumber } from '$lib/domain/evaluation/format';

export const SERIES_COLORS = ['#1F3B57', '#6FA3D2', '#A9C7E3', '#E2A33B', '#C8553D', '#7FA86B'];
const FONT = 'font-family="Roboto" fill="#1D2733"';

export function escapeXml(text: string): string {
	return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Wrap a label into at most `lines` lines of about `width` characters, with "…" when cut. */
export function wrapLabel(label: string, width: number, lines = 2): string[] {
	const words = label.split(/\s+/).filter(Boolean);
	const out: string[] = [];
	let line = '';
	for (const word of words) {
		if ((line + ' ' + word).trim().length <= width) line = (line + ' ' + word).trim();
		else {
			if (line) out.push(line);
			line = word.length > width ? word.slice(0, width - 1) + '…' : word;
		}
	}
	if (line) out.push(line);
	if (out.length > lines) {
		const kept = out.slice(0, lines);
		const last = kept[lines - 1];
		kept[lines - 1] = (last.length + 2 <= width ? last : last.replace(/\s*\S*$/, '')) + ' …';
		return kept;
	}
	return out;
}

function valueText(chart: ChartModel, v: number | null): string {
	if (v === null) return 'keine Angabe';
	if (chart.unit === '€') return formatEuroRounded(Math.round(v * 100));
	if (chart.unit === 'Stufe') return `${formatNumber(v, 1)} (${levelName(v)})`;
	return `${formatNumber(v, 1)}${chart.unit ? ` ${chart.unit}` : ''}`;
}

function ticks(chart: ChartModel): { value: number; label: string }[] {
	if (chart.axisLabels?.length)
		return chart.axisLabels.map((label, i) => ({ value: i + 1, label }));
	const raw = chart.max / 4;
	const magnitude = 10 ** Math.floor(Math.log10(Math.max(raw, 1e-9)));
	const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
	const out: { value: number; label: string }[] = [];
	for (let v = 0; v <= chart.max + 1e-9; v += step) {
		out.push({
			value: v,
			label: chart.unit === '€' ? `${formatNumber(v / 1000, 0)} T€` : formatNumber(v, 0)
		});
	}
	return out;
}

export interface ChartSvg {
	svg: string;
	width: number;
	height: number;
}

export function chartSvg(chart: ChartModel, width: number): ChartSvg {
	const stacked = chart.type === 'stacked' && chart.series.length > 1;
	const longest = Math.max(0, ...chart.labels.map((l) => l.length));
	const labelWidth = longest > 14 ? Math.min(180, width * 0.36) : 70;
	const valueWidth = 72;
	const barX = labelWidth + 8;
	const barWidth = width - barX - valueWidth;
	const chars = Math.floor(labelWidth / 4.3);
	const labels = chart.labels.map((l) => wrapLabel(l, chars));
	const rowHeight = Math.max(...labels.map((l) => l.length), 1) > 1 ? 24 : 18;
	const legendHeight = stacked ? 18 : 0;
	const plotTop = legendHeight + 4;
	const plotHeight = chart.labels.length * rowHeight;
	const height = plotTop + plotHeight + 18;
	const scale = (v: number) => (barWidth * Math.max(0, Math.min(v, chart.max))) / (chart.max || 1);
	const parts: string[] = [];

	if (stacked) {
		let x = barX;
		chart.series.forEach((s, i) => {
			parts.push(
				`<rect x="${x}" y="2" width="9" height="9" fill="${SERIES_COLORS[i % SERIES_COLORS.length]}"/>`
			);
			parts.push(`<text x="${x + 13}" y="10" font-size="8" ${FONT}>${escapeXml(s.name)}</text>`);
			x += 22 + s.name.length * 4.6;
		});
	}
	for (const t of ticks(chart)) {
		const x = barX + scale(t.value);
		parts.push(
			`<line x1="${x}" y1="${plotTop}" x2="${x}" y2="${plotTop + plotHeight}" stroke="#D5DCE4" stroke-width="0.5"/>`
		);
		parts.push(
			`<text x="${x}" y="${plotTop + plotHeight + 11}" font-size="7" text-anchor="middle" ${FONT}>${escapeXml(t.label)}</text>`
		);
	}
	labels.forEach((lines, row) => {
		const top = plotTop + row * rowHeight;
		const mid = top + rowHeight / 2;
		lines.forEach((line, i) => {
			const y = mid + 3 + (i - (lines.length - 1) / 2) * 9;
			parts.push(
				`<text x="${labelWidth}" y="${y}" font-size="8" text-anchor="end" ${FONT}>${escapeXml(line)}</text>`
			);
		});
		const barHeight = rowHeight - 8;
		let x = barX;
		let total: number | null = null;
		chart.series.forEach((s, i) => {
			const v = s.values[row] ?? null;
			if (v === null) return;
			total = (total ?? 0) + v;
			const w = scale(v);
			const color = SERIES_COLORS[(stacked ? i : 0) % SERIES_COLORS.length];
			parts.push(
				`<rect x="${x}" y="${top + 4}" width="${Math.max(w, 0.01)}" height="${barHeight}" fill="${color}"/>`
			);
			if (stacked) x += w;
		});
		const shown = stacked ? total : (chart.series[0]?.values[row] ?? null);
		const end = stacked ? x : barX + scale(shown ?? 0);
		parts.push(
			`<text x="${end + 4}" y="${mid + 3}" font-size="8" ${FONT}>${escapeXml(valueText(chart, shown))}</text>`
		);
	});
	parts.push(
		`<line x1="${barX}" y1="${plotTop}" x2="${barX}" y2="${plotTop + plotHeight}" stroke="#5B6776" stroke-width="0.7"/>`
	);
	const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
	return { svg, width, height };
}
