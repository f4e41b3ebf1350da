// pdfmake on the server (design.md "PDF"): fonts ship with the app (Roboto from the pdfmake package:
// covers ä ö ü ß € and the typographic quotes), read once into memory, and every URL and local file
// access is denied, so nothing in a document definition can make the renderer fetch or read a file.
// A one-page sheet renders in a few milliseconds, so it runs on the request thread; the 40-page
// concept will use a worker pool.
import pdfmake, { type DocDefinition, type FontFiles } from 'pdfmake';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

let configured = false;

/** Copies a font file into pdfmake's virtual file system (read from there, never from disk). */
function font(file: string): string {
	pdfmake.virtualfs.writeFileSync(
		file,
		readFileSync(require.resolve(`pdfmake/fonts/Roboto/${file}`))
	);
	return file;
}

function configure(): void {
	if (configured) return;
	const roboto: FontFiles = {
		normal: font('Roboto-Regular.ttf'),
		bold: font('Roboto-Medium.ttf'),
		italics: font('Roboto-Italic.ttf'),
		bolditalics: font('Roboto-MediumItalic.ttf')
	};
	pdfmake.setFonts({ Roboto: roboto });
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy(() => false);
	configured = true;
}

export async function renderPdf(definition: DocDefinition): Promise<Buffer> {
	configure();
	return pdfmake
		.createPdf({ ...definition, defaultStyle: { font: 'Roboto', ...definition.defaultStyle } })
		.getBuffer();
}
