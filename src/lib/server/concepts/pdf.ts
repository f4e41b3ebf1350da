// The concept as PDF: a frozen version (its model is fixed, so the cache key, the hash of model and
// cover data, stays the same until a decision changes the cover) or the live draft. Rendering runs
// in the PDF worker pool; access is checked here like for the HTML views.
import { DECISION_LABELS, isoDateBerlin, type ConceptVersionSummary } from '$lib/domain/review';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { conceptPdf, conceptPdfFileName, type ConceptPdfMeta } from '../pdf';
import { getLiveConcept } from './service';
import { getConceptVersion } from './versions';

export interface PdfFile {
	bytes: Uint8Array;
	fileName: string;
	fromCache: boolean;
}

export function versionMeta(version: ConceptVersionSummary, author: string): ConceptPdfMeta {
	return {
		version: version.number,
		date: isoDateBerlin(version.submittedAt),
		status: version.decision ? DECISION_LABELS[version.decision] : 'Zur Prüfung eingereicht',
		author
	};
}

export async function versionPdf(
	db: Db,
	user: AuthUser,
	roundId: string,
	number: number
): Promise<PdfFile> {
	const { version, context } = await getConceptVersion(db, user, roundId, number);
	const meta = versionMeta(version, context.round.operatorName);
	const pdf = await conceptPdf(db, version.document, meta);
	return {
		bytes: pdf.bytes,
		fileName: conceptPdfFileName(version.document, meta),
		fromCache: pdf.fromCache
	};
}

/** The live draft (editors only), marked as a draft on the cover. */
export async function draftPdf(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<PdfFile> {
	const live = await getLiveConcept(db, user, roundId, now);
	const meta: ConceptPdfMeta = {
		version: (live.versions[0]?.number ?? 0) + 1,
		date: isoDateBerlin(now),
		status: 'Entwurf',
		author: live.context.round.operatorName
	};
	const pdf = await conceptPdf(db, live.document, meta, { now });
	return {
		bytes: pdf.bytes,
		fileName: conceptPdfFileName(live.document, meta).replace(/\.pdf$/, '-Entwurf.pdf'),
		fromCache: pdf.fromCache
	};
}
