// Public API of the PDF module: the concept document definition, rendering in the worker pool, the
// cache. The survey code sheet (survey-sheet.ts, render.ts) renders in-process: it is one page.
export { renderConceptPdf } from './concept-document';
export { conceptPdf, conceptPdfFileName, type ConceptPdf } from './concept-pdf';
export { PdfPool, pdfPool, defaultPoolSize, type PdfPoolOptions } from './pool';
export {
	pdfCacheKey,
	findCachedPdf,
	storeCachedPdf,
	prunePdfCache,
	RENDERER_VERSION
} from './cache';
export type { ConceptPdfMeta, PdfDocDefinition } from './types';
