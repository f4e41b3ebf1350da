// Public API of the concept review (issue 5). Access: auth/concept-access.ts (the Schulträger's staff
// and KISA in charge; school leads and everyone else: ForbiddenError, round invisible: NotFoundError).
// Every step is audited on the concept (entity_type 'concept').
//   getVersionReview(db, user, roundId, number): { version, threads (by chapter key), comments }
//   addComment(db, user, roundId, CommentInput, now?): { comment, created }
//     new threads: KISA in charge, latest version only (the first one on a submitted version moves
//     the concept to "in_pruefung"); replies: also the Schulträger's staff. An identical comment by
//     the same author in the same place is not stored twice (created: false).
//   setCommentStatus(db, user, roundId, CommentStatusInput, now?): resolve / reopen a thread
//   decideVersion(db, user, roundId, DecisionInput, now?): { version, changed }
//     KISA in charge; latest version only, once; "aenderungen_erbeten" needs a note
export {
	getVersionReview,
	addComment,
	setCommentStatus,
	reviewContext,
	type VersionReview,
	type PostedComment
} from './service';
export { decideVersion, type DecisionResult } from './decide';
export { CommentInput, CommentStatusInput, DecisionInput } from './input';
