// QR codes as data: the module matrix from the `qrcode` package, drawn as pdfmake vector rectangles
// (PDF) or as an SVG path (web page). Both draw the same matrix for the same text.
import { create } from 'qrcode';

export interface QrMatrix {
	size: number;
	/** row-major, true = dark module */
	dark: boolean[];
}

/** Error correction M (15 %): robust enough for a printed sheet on a pin board. */
export function qrMatrix(text: string): QrMatrix {
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	return { size: modules.size, dark: Array.from(modules.data, (v) => v === 1) };
}

/** Horizontal runs of dark modules per row: [row, startCol, length]. */
export function darkRuns(m: QrMatrix): [number, number, number][] {
	const runs: [number, number, number][] = [];
	for (let row = 0; row < m.size; row++) {
		let col = 0;
		while (col < m.size) {
			if (!m.dark[row * m.size + col]) {
				col++;
				continue;
			}
			const start = col;
			while (col < m.size && m.dark[row * m.size + col]) col++;
			runs.push([row, start, col - start]);
		}
	}
	return runs;
}

/** pdfmake canvas items drawing the code `width` points wide, with a 4-module quiet zone. */
export function qrCanvas(m: QrMatrix, width: number) {
	const cell = width / (m.size + 8);
	return darkRuns(m).map(([row, col, length]) => ({
		type: 'rect' as const,
		x: (col + 4) * cell,
		y: (row + 4) * cell,
		w: length * cell,
		h: cell,
		color: '#000000',
		lineWidth: 0
	}));
}

/** An SVG string (viewBox in modules, quiet zone included); scales to any size. */
export function qrSvg(m: QrMatrix, title: string): string {
	const path = darkRuns(m)
		.map(([row, col, length]) => `M${col + 4} ${row + 4}h${length}v1h-${length}z`)
		.join('');
	const size = m.size + 8;
	const safeTitle = title.replace(/[<>&"]/g, (c) => `&#${c.charCodeAt(0)};`);
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${safeTitle}" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
}
