// The concept as a PDF: served from the cache when the same model and metadata were rendered before,
// otherwise rendered in the worker pool and stored. It reads no data of its own: it renders the
// model it is given, which the concept service loaded for the user (versionPdf, draftPdf).
import type { ConceptDocument } from '$lib/domain/concept/model';
import type { Db } from '../db/client';
import { findCachedPdf, pdfCacheKey, storeCachedPdf } from './cache';
import { renderConceptPdf } from './concept-document';
import { pdfPool, type PdfPool } from './pool';
import type { ConceptPdfMeta } from './types';

export interface ConceptPdf {
	bytes: Uint8Array;
	key: string;
	fromCache: boolean;
}

// Concurrent requests for the same key share one render (an optimisation only: the cache table is
// what makes repeated downloads cheap across instances).
const inflight = new Map<string, Promise<Uint8Array>>();

export async function conceptPdf(
	db: Db,
	model: ConceptDocument,
	meta: ConceptPdfMeta,
	options: { pool?: PdfPool; now?: Date } = {}
): Promise<ConceptPdf> {
	const key = pdfCacheKey(model, meta);
	// PDF_CACHE=off renders every time (the benchmark measures warm rendering with it).
	const useCache = process.env.PDF_CACHE !== 'off';
	const cached = useCache ? await findCachedPdf(db, key) : undefined;
	if (cached) return { bytes: cached, key, fromCache: true };
	let rendering = inflight.get(key);
	if (!rendering) {
		rendering = (options.pool ?? pdfPool()).render(renderConceptPdf(model, meta));
		inflight.set(key, rendering);
		rendering.finally(() => inflight.delete(key)).catch(() => {});
	}
	const bytes = await rendering;
	if (useCache) await storeCachedPdf(db, key, bytes, options.now ?? new Date());
	return { bytes, key, fromCache: false };
}

/** File name for the download, e.g. "MEK-Stadt-Musterstadt-2026-2030-v2.pdf". */
export function conceptPdfFileName(model: ConceptDocument, meta: ConceptPdfMeta): string {
	const slug = `${model.operatorName}-${model.periodLabel}`
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/ß/g, 'ss')
		.replace(/[^A-Za-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `MEK-${slug}-v${meta.version}.pdf`;
}
