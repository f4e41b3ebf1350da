// Public API of the evaluation (issue 4). Every function checks access (auth/survey-access.ts).
//   getSchoolEvaluation(db, user, roundId, schoolId, now?): SchoolEvaluation
//     school lead of the school, operator, KISA in charge; free texts only for the school's lead
//   getRoundEvaluation(db, user, roundId, now?): RoundEvaluation (all schools, roll-ups, pooled survey)
//     operator of the Schulträger, KISA in charge
//   getEvaluationOverview(db, user, now?): OverviewRow[] (consultants: assigned Schulträger; admins: all)
//   listEvaluationEntries(db, user): per visible round, the links the user may follow
//   exportRoundEvaluationCsv(db, user, roundId, now?): { csv, fileName } under the threshold rule
export { getSchoolEvaluation, type SchoolEvaluation } from './school';
export { getRoundEvaluation, type RoundEvaluation, type SchoolRow } from './round';
export { getEvaluationOverview, type OverviewRow } from './overview';
export { exportRoundEvaluationCsv, EVALUATION_CSV_HEADER } from './csv';
export { listEvaluationEntries, type EvaluationEntry } from './entries';
// The indicator inputs of every school, for the measure rules (round: Authorized<…, 'roundEvaluation'>).
export { evaluationInputsOfRound, type RoundSchoolInput } from './inputs';
