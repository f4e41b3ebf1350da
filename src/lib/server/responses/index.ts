// Public API of questionnaire responses (issue 3). The section pages and the autosave endpoint use
// only these functions; all of them check access (auth/round-access.ts) and take `db` first.
//
// Reading
//   getResponseForEditing(db, user, responseId): Promise<ResponseForEditing>
//     → { response: ResponseContext (id, roundId, roundTitle, roundStatus, organisation {id, kind,
//          name, schoolNumber, parentId}, audience, status 'offen'|'abgeschlossen', completedSections,
//          submittedAt, submittedBy),
//         questionnaire: { versionId, key, version, definition },   // the FROZEN version of this response
//         answers: Record<questionKey, AnswerState { value, version, updatedAt, updatedBy (name) }>,
//         progress: QuestionnaireProgress (engine: per section percent, missingRequired, missingSoft),
//         canWrite, canReopen, lockReason: string | null }
//     NotFoundError if the user may not read it (never reveals foreign responses).
//   readAnswers(db, user, responseId): Promise<Record<questionKey, AnswerState>>
//
// Writing (each in ONE transaction with an audit entry; `now` is injectable for tests)
//   saveAnswer(db, user, { responseId, questionKey, value, expectedVersion }, now?): Promise<SavedAnswer>
//     value: raw JSON value, validated + normalised by the engine's validateAnswer (German strings ok).
//     expectedVersion: the answer version the client last saw (0 = unanswered).
//     → { value, version, updatedAt, updatedBy }. Saving the value already stored is a no-op that
//       returns the stored state (safe autosave retries; never a conflict).
//     Throws ValidationError (400, German message), ConflictError<ConflictInfo> (409, `current` =
//     { value, version, updatedBy, updatedAt }), LockedError (409, questionnaire/section/round closed),
//     ForbiddenError (403, may read but not write), NotFoundError (404).
//   saveSection(db, user, responseId, sectionKey, formData, now?): Promise<SectionSaveResult>
//     For the no-JS form. Processes each question of the section whose hidden input
//     versionFieldName(key) = "version:<key>" (value: rendered answer version, 0 if none) is in the
//     post; field names as in $lib/domain/questionnaire/form.ts (fieldName, otherFieldName).
//     → { saved: keys, unchanged: keys, errors: { key: German message }, conflicts: { key: ConflictInfo } }
//     All or nothing: when any field is invalid, in conflict or posted twice, nothing is stored
//     (no answer, no audit entry) and `errors` says why per field; the route shows every typed value again.
//   completeSection / reopenSection(db, user, responseId, sectionKey, now?): Promise<void>
//     Complete: refused with IncompleteError (400, `.missing`: MissingItem[]) while visible required
//     answers are missing. A completed section is read-only until reopened (by any writer).
//   completeResponse(db, user, responseId, now?): Promise<void>  ("Fragebogen abschließen", all
//     sections marked; IncompleteError as above; repeating is a no-op)
//   reopenResponse(db, user, responseId, now?): Promise<void>  (operator or KISA in charge only)
//
// Locks: answers can change while the round is in Einrichtung, Bedarfserhebung or Auswertung, the
// questionnaire is 'offen' and the question's section is not completed.
export {
	getResponseForEditing,
	readAnswers,
	saveAnswer,
	type ResponseForEditing,
	type SaveAnswerInput
} from './service';
export { saveSection } from './section';
export { completeSection, reopenSection, completeResponse, reopenResponse } from './completion';
export { LockedError, IncompleteError } from './errors';
export { CONFLICT_MESSAGE } from './write';
export type { ResponseContext } from './repository';
export type {
	AnswerState,
	ConflictInfo,
	SavedAnswer,
	SectionSaveResult
} from '$lib/domain/responses';
export { versionFieldName } from '$lib/domain/responses';
export { AutosaveInput, AUTOSAVE_BAD_REQUEST } from './input';
export { listReadableResponses, type ReadableResponse } from './round-data';
export { answerValues } from './service';
export type { StoredAnswer } from './answer-repository';
