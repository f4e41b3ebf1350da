// Public API of the teacher survey (issue 4).
//
// School lead (and KISA in charge), all checked in auth/survey-access.ts:
//   getSurveyAdmin(db, user, roundId, schoolId): SurveyAdminView (wave or null, response count)
//   openSurvey / closeSurvey / renewSurveyCode(db, user, roundId, schoolId, now?): Wave (audited)
//   setFreeTextVisible(db, user, roundId, schoolId, visible, now?): Wave (the school's lead only)
//   getSurveySheet(db, user, roundId, schoolId): SheetData (code, school, round) for the A4 PDF
// Teachers (no account; every call passes the code-guessing throttle):
//   enterSurveyCode(db, rawCode, client, now?): normalised code
//   loadPublicSurvey(db, rawCode, client, now?): PublicSurvey (frozen definition, school name)
//   submitSurvey(db, rawCode, submissionId, formEntries, client, now?): one transaction, idempotent
// Evaluation, with an authorized value (auth/authorized.ts) instead of a raw id:
//   surveyDataOfRound(db, round: Authorized<…, 'roundEvaluation'>, now?): Map<schoolId, { wave,
//     version, responses, snapshot }> (the responses of each wave's snapshot only; takes the
//     snapshots that are due first)
//   surveyDataOfSchool(db, school: Authorized<SchoolOfRound, 'schoolEvaluation'>, now?): one
//     school's wave with the responses of its snapshot
// Errors: ValidationError (field 'code'), TooManyRequestsError (429), SurveyClosedError (410),
// SurveyInputError (.errors per question key), NotFoundError, ForbiddenError, ConflictError.
export { openSurvey, closeSurvey, renewSurveyCode, setFreeTextVisible } from './manage';
export { getSurveyAdmin, getSurveySheet, type SurveyAdminView, type SheetData } from './admin-view';
export {
	enterSurveyCode,
	loadPublicSurvey,
	submitSurvey,
	type PublicSurvey,
	type SurveyClient
} from './public';
export { SurveyClosedError, SurveyInputError, UNKNOWN_CODE_MESSAGE } from './errors';
export type { Wave, WaveStatus } from './repository';
// For the evaluation and the measure rules, with authorized values:
export { surveyDataOfRound, surveyDataOfSchool, type SchoolSurveyData } from './data';
// The snapshot rule only (reveals nothing; writes a snapshot when domain/survey/release.ts allows):
export { takeDueSnapshots } from './data';
export { markSent, wasSent } from './sent-cookie';
