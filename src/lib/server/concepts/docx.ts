// The concept as DOCX for further editing in Word or LibreOffice: the same document model and the
// same access rules as the PDF (a frozen version for everyone who may read it; the live draft for
// editors only, through the same loaders).
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { conceptDocxFileName, renderConceptDocx } from '../docx/concept-docx';
import { conceptPdfFileName, type ConceptPdfMeta } from '../pdf';
import { isoDateBerlin } from '$lib/domain/review';
import { versionMeta } from './pdf';
import { getLiveConcept } from './service';
import { getConceptVersion } from './versions';

export interface DocxFile {
	bytes: Uint8Array;
	fileName: string;
}

export async function versionDocx(
	db: Db,
	user: AuthUser,
	roundId: string,
	number: number
): Promise<DocxFile> {
	const { version, context } = await getConceptVersion(db, user, roundId, number);
	const meta = versionMeta(version, context.round.operatorName);
	return {
		bytes: await renderConceptDocx(version.document, meta),
		fileName: conceptDocxFileName(conceptPdfFileName(version.document, meta))
	};
}

export async function draftDocx(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<DocxFile> {
	const live = await getLiveConcept(db, user, roundId, now);
	const meta: ConceptPdfMeta = {
		version: (live.versions[0]?.number ?? 0) + 1,
		date: isoDateBerlin(now),
		status: 'Entwurf',
		author: live.context.round.operatorName
	};
	return {
		bytes: await renderConceptDocx(live.document, meta),
		fileName: conceptDocxFileName(conceptPdfFileName(live.document, meta)).replace(
			/\.docx$/,
			'-Entwurf.docx'
		)
	};
}

export function docxResponse(file: DocxFile): Response {
	const name = file.fileName.replace(/[^A-Za-z0-9._-]/g, '-');
	return new Response(Buffer.from(file.bytes), {
		headers: {
			'content-type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
			'content-disposition': `attachment; filename="${name}"`,
			'content-length': String(file.bytes.byteLength),
			'cache-control': 'private, no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}
