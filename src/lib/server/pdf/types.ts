// The serialisable document definition that crosses into the PDF worker: plain JSON (pdfmake's
// format) plus `furniture`, page header/footer templates the worker turns into functions. No
// functions, no external resources.

/** pdfmake content: strings, arrays and plain objects only. */
export type PdfContent = string | PdfContent[] | { [key: string]: unknown };

export interface PdfFurniture {
	/** first page that shows header and footer (the cover has none) */
	fromPage: number;
	/** may contain `{ $field: 'page' }` and `{ $field: 'pages' }` markers */
	header?: PdfContent;
	footer?: PdfContent;
	/** drawn behind page 1 only (cover decoration) */
	firstPageBackground?: PdfContent;
}

export interface PdfDocDefinition {
	content: PdfContent;
	pageSize: 'A4';
	pageMargins: [number, number, number, number];
	styles: Record<string, Record<string, unknown>>;
	defaultStyle: Record<string, unknown>;
	info: {
		title: string;
		author: string;
		subject: string;
		keywords: string;
		creator: string;
		producer: string;
	};
	/** BCP 47, written to the PDF catalog as /Lang */
	language: string;
	displayTitle: boolean;
	furniture?: PdfFurniture;
	/** only data: URLs survive in the worker */
	images?: Record<string, string>;
}

/** What the cover and the metadata say beyond the concept model. */
export interface ConceptPdfMeta {
	/** e.g. 2 */
	version: number;
	/** ISO date 'YYYY-MM-DD' of this version */
	date: string;
	/** German status label, e.g. "In Prüfung", "Freigegeben" */
	status: string;
	/** who wrote it, e.g. the Schulträger */
	author: string;
}
