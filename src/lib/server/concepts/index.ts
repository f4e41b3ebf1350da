// Public API of the concept (issue 5). Access: auth/concept-access.ts. Every change is audited
// (entity_type 'concept', entity_id = the concept's id) in its transaction.
//   getLiveConcept(db, user, roundId, now?): LiveConcept
//     the assembled live document, stored texts, versions, status, permissions (operator staff
//     and KISA in charge; school leads get ForbiddenError, the round invisible: NotFoundError)
//   saveNarrative(db, user, roundId, NarrativeInput, now?): SavedNarrative
//     ConflictError (.current = stored NarrativeText) on a stale version; ConflictError while a
//     version is under review; saving the stored text again changes nothing
//   submitConcept(db, user, roundId, now?): { version, created }  operator staff; freezes a version;
//     unchanged content while under review → the waiting version (created: false)
//   getConceptVersion / listConceptVersions / latestApprovedVersion / compareVersions
//     school leads of the round's schools read approved versions only
//   freeze(document): { json, hash }
//   versionPdf(db, user, roundId, number) / draftPdf(db, user, roundId, now?): { bytes, fileName,
//     fromCache } rendered in the worker pool, cached by the hash of model and cover data
//   versionDocx / draftDocx: the same document as DOCX (same access rules as the PDF)
export {
	getLiveConcept,
	saveNarrative,
	assembleLive,
	type LiveConcept,
	type SavedNarrative
} from './service';
export { submitConcept, freeze, type Submission } from './submit';
export {
	getConceptVersion,
	listConceptVersions,
	latestApprovedVersion,
	compareVersions,
	type VersionView,
	type VersionHistory,
	type VersionComparison
} from './versions';
export { conceptContext, requireDrafts, type ConceptContext, type DraftAccess } from './context';
export { pdfResponse } from './pdf-response';
export { versionPdf, draftPdf, versionMeta, type PdfFile } from './pdf';
export { versionDocx, draftDocx, docxResponse, type DocxFile } from './docx';
export { readForm, parseForm, orErrorPage, failFromError, type FieldErrors } from './forms';
export { NarrativeInput, VersionNumber, CompareInput, SECTION_KEYS, isSectionKey } from './input';
// For the reviews service, with the concept authorized for review (auth/authorized.ts):
export {
	reviewedConcept,
	latestReviewedVersion,
	reviewedVersion,
	reviewedVersionById,
	recordReviewDecision,
	setReviewedConceptStatus
} from './review-access';
