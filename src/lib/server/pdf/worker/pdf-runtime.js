// The pdfmake runtime: fonts, resource policies, table layouts and dynamic page furniture. Runs in
// a worker thread (see ../pool.ts) and, for tests and tiny documents, in-process. Plain JavaScript
// with no imports but Node built-ins and pdfmake, so the same file runs under Vitest, tsx and as its
// own chunk of the adapter-node build (pool.ts finds it through RUNTIME_URL). Only load it with a
// dynamic import(): a static import could merge it into a chunk with unrelated server code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

/** The URL of this module (after bundling: of its chunk), for `new Worker(new URL(RUNTIME_URL))`. */
export const RUNTIME_URL = import.meta.url;
export const WORKER_ROLE = 'mek-pdf-renderer';

const require = createRequire(import.meta.url);
const FONT_FILES = {
	normal: 'Roboto-Regular.ttf',
	bold: 'Roboto-Medium.ttf',
	italics: 'Roboto-Italic.ttf',
	bolditalics: 'Roboto-MediumItalic.ttf'
};

/** @type {any} */
let printer = null;

/** pdfmake with the fonts in its virtual file system; all URL and local file access denied. */
function setup() {
	if (printer) return printer;
	const pdfmake = require('pdfmake');
	const fontDir = join(dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
	for (const file of Object.values(FONT_FILES)) {
		pdfmake.virtualfs.writeFileSync(file, readFileSync(join(fontDir, file)));
	}
	pdfmake.setFonts({ Roboto: { ...FONT_FILES } });
	// The fonts come from the virtual file system, so nothing ever needs the disk or the network.
	pdfmake.setUrlAccessPolicy(() => false);
	pdfmake.setLocalAccessPolicy(() => false);
	pdfmake.addTableLayouts(TABLE_LAYOUTS);
	printer = pdfmake;
	return printer;
}

const LINE = '#C9D3DE';
const TOTAL_LINE = '#1F3B57';

/** Table layouts by name; a node may carry `mekTotals` (number of sum rows at the end). */
const TABLE_LAYOUTS = {
	mekTable: {
		hLineWidth: (/** @type {number} */ i, /** @type {any} */ node) => {
			const rows = node.table.body.length;
			const totals = node.mekTotals || 0;
			if (i === 0 || i === rows) return i === rows ? 0.8 : 0;
			if (i === 1 && node.mekCaption) return 0;
			if (totals && i === rows - totals) return 1;
			return 0.5;
		},
		vLineWidth: () => 0,
		hLineColor: (/** @type {number} */ i, /** @type {any} */ node) =>
			node.mekTotals && i === node.table.body.length - node.mekTotals ? TOTAL_LINE : LINE,
		fillColor: (/** @type {number} */ row, /** @type {any} */ node) => {
			const captionRows = node.mekCaption ? 1 : 0;
			if (row < captionRows) return null;
			if (row < node.table.headerRows) return '#1F3B57';
			if (node.mekTotals && row >= node.table.body.length - node.mekTotals) return '#E8EEF5';
			return (row - node.table.headerRows) % 2 === 1 ? '#F6F8FB' : null;
		},
		paddingLeft: (/** @type {number} */ _i, /** @type {any} */ node) => (node.mekDense ? 3 : 5),
		paddingRight: (/** @type {number} */ _i, /** @type {any} */ node) => (node.mekDense ? 3 : 5),
		paddingTop: (/** @type {number} */ row, /** @type {any} */ node) =>
			row === 0 && node.mekCaption ? 0 : 3,
		paddingBottom: (/** @type {number} */ row, /** @type {any} */ node) =>
			row === 0 && node.mekCaption ? 5 : 3
	},
	mekBox: {
		hLineWidth: () => 0,
		vLineWidth: (/** @type {number} */ i) => (i === 0 ? 3 : 0),
		vLineColor: (/** @type {number} */ _i, /** @type {any} */ node) => node.mekAccent || '#2E6DA4',
		paddingLeft: () => 10,
		paddingRight: () => 8,
		paddingTop: () => 6,
		paddingBottom: () => 6
	},
	mekCards: {
		hLineWidth: () => 0,
		vLineWidth: () => 0,
		paddingLeft: () => 8,
		paddingRight: () => 8,
		paddingTop: () => 7,
		paddingBottom: () => 7
	}
};

/**
 * Replaces `{ $field: 'page' | 'pages' }` markers in a furniture template. Only these markers are
 * interpreted; every other value is copied as it is.
 * @param {any} node @param {number} page @param {number} pages @returns {any}
 */
function fill(node, page, pages) {
	if (Array.isArray(node)) return node.map((n) => fill(n, page, pages));
	if (node && typeof node === 'object') {
		if (node.$field === 'page') return String(page);
		if (node.$field === 'pages') return String(pages);
		/** @type {Record<string, any>} */
		const out = {};
		for (const [k, v] of Object.entries(node)) out[k] = fill(v, page, pages);
		return out;
	}
	return node;
}

/**
 * Turns the serialisable document (JSON from the main thread) into what pdfmake takes: page
 * furniture templates become functions; resource dictionaries are reduced to data: URLs; SVG
 * nodes get callbacks that refuse external images and documents.
 * @param {any} doc @returns {any}
 */
export function hydrate(doc) {
	const { furniture, images, attachments, files, ...rest } = doc;
	const out = { ...rest, content: guardSvg(rest.content) };
	/** @type {Record<string, string>} */
	const dataImages = {};
	for (const [k, v] of Object.entries(images || {})) {
		if (typeof v === 'string' && v.startsWith('data:image/')) dataImages[k] = v;
	}
	out.images = dataImages;
	void attachments;
	void files;
	if (furniture) {
		const from = furniture.fromPage || 1;
		if (furniture.header)
			out.header = (/** @type {number} */ p, /** @type {number} */ n) =>
				p >= from ? fill(furniture.header, p, n) : null;
		if (furniture.footer)
			out.footer = (/** @type {number} */ p, /** @type {number} */ n) =>
				p >= from ? fill(furniture.footer, p, n) : null;
		if (furniture.firstPageBackground)
			out.background = (/** @type {number} */ p) =>
				p === 1 ? furniture.firstPageBackground : null;
	}
	return out;
}

const svgOptions = {
	imageCallback: () => '',
	documentCallback: () => null,
	warningCallback: () => {}
};

/** @param {any} node @returns {any} */
function guardSvg(node) {
	if (Array.isArray(node)) return node.map(guardSvg);
	if (node && typeof node === 'object') {
		/** @type {Record<string, any>} */
		const out = {};
		for (const [k, v] of Object.entries(node)) out[k] = k === 'options' ? v : guardSvg(v);
		if (typeof node.svg === 'string') out.options = { ...svgOptions };
		return out;
	}
	return node;
}

const WARM_UP_DOC = {
	content: [
		{ toc: { title: { text: 'Inhalt' } } },
		{ text: 'Kapitel', tocItem: true, outline: true, pageBreak: 'before', bold: true },
		{ text: ['Text mit ', { text: 'Betonung', italics: true }, ' – äöü ß €'] },
		{
			table: {
				headerRows: 1,
				widths: [200, 100],
				body: [
					['A', 'B'],
					['1', { text: '2', fillColor: '#eeeeee' }]
				]
			},
			layout: 'mekTable'
		},
		{
			svg: '<svg width="200" height="40"><rect width="100" height="20" fill="#1F3B57"/><text x="5" y="35" font-size="8">x</text></svg>'
		}
	],
	furniture: {
		fromPage: 1,
		footer: { text: ['Seite ', { $field: 'page' }, ' von ', { $field: 'pages' }] }
	}
};

/**
 * Renders a serialisable document definition to PDF bytes.
 * @param {any} doc @returns {Promise<Uint8Array>}
 */
export async function renderPdf(doc) {
	const pdf = setup().createPdf(hydrate(doc));
	const buffer = await pdf.getBuffer();
	return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

if (!isMainThread && workerData && workerData.role === WORKER_ROLE && parentPort) {
	const port = parentPort;
	setup();
	port.on('message', async (/** @type {{ id: number, doc: any }} */ message) => {
		const started = performance.now();
		try {
			const pdf = await renderPdf(message.doc);
			const copy = pdf.slice();
			port.postMessage({ id: message.id, ok: true, pdf: copy, ms: performance.now() - started }, [
				copy.buffer
			]);
		} catch (error) {
			port.postMessage({
				id: message.id,
				ok: false,
				error: error instanceof Error ? error.message : String(error)
			});
		}
	});
	// Warm the code paths (layout, tables, SVG, TOC) once, so the first real job is not the slowest.
	renderPdf(WARM_UP_DOC).then(
		() => port.postMessage({ ready: true }),
		() => port.postMessage({ ready: true })
	);
}
