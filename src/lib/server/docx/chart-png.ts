// Rasterises a chart SVG (pdf/chart-svg.ts) to PNG for the DOCX export, with the Roboto files that
// pdfmake ships (the same font as the PDF). No system fonts, no network: the SVG references nothing
// outside itself.
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
let fontFiles: string[] | undefined;

function robotoFiles(): string[] {
	if (!fontFiles) {
		const dir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
		fontFiles = ['Roboto-Regular.ttf', 'Roboto-Medium.ttf', 'Roboto-Italic.ttf'].map((f) =>
			join(dir, f)
		);
	}
	return fontFiles;
}

/** PNG at twice the layout width, so the chart stays sharp when printed. */
export function chartPng(svg: string, width: number): Uint8Array {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'width', value: width * 2 },
		background: '#ffffff',
		font: { fontFiles: robotoFiles(), loadSystemFonts: false, defaultFontFamily: 'Roboto' }
	});
	return resvg.render().asPng();
}
