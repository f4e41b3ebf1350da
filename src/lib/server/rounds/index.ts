// Public API of planning rounds (issue 3): creating, listing, status, progress overview, export.
//   createRound(db, user, CreateRoundInput, { now?, definitions? }): Promise<Round>
//     consultant in charge or admin; schools default to all active schools of the Schulträger;
//     publishes the current questionnaire definitions (new version only if changed) and creates
//     one response per school × (school_lead, it_staff) plus one operator response.
//   listRounds(db, user): Promise<Round[]>            rounds the user may see
//   getRound(db, user, roundId): Promise<RoundDetails> NotFoundError if not visible
//   setRoundStatus(db, user, roundId, status, now?)   consultant in charge or admin
//   getRoundProgress(db, user, roundId): Promise<RoundProgress>  rows = responses the user may read
//   exportRound(db, user, roundId, now?) + exportToCsv(data) + exportFileName(data, ext)
//   listOperatorsForNewRound(db, user): Schulträger (with active schools) the user may start rounds for
export { listRounds, getRound, setRoundStatus, type RoundDetails } from './service';
export {
	createRound,
	listOperatorsForNewRound,
	type CreateRoundOptions,
	type OperatorChoice
} from './create';
export { getRoundProgress, type RoundProgress } from './progress';
export { exportRound, exportToCsv, exportFileName, CSV_HEADER, type RoundExport } from './export';
export { CreateRoundInput, SetStatusInput } from './input';
