// The review of a concept: comments per chapter of a version (threads, resolve/reopen). KISA in
// charge start threads; the Schulträger's staff answer and mark them resolved too. The first
// comment of the consultant on a submitted version moves the concept to "in Prüfung". Audited.
import {
	threadsByChapter,
	type CommentThread,
	type ConceptVersionSummary,
	type ReviewComment
} from '$lib/domain/review';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { ConceptRecord } from '$lib/domain/review';
import type { Authorized } from '../auth/authorized';
import {
	conceptContext,
	latestReviewedVersion,
	requireDrafts,
	reviewedConcept,
	reviewedVersion,
	reviewedVersionById,
	setReviewedConceptStatus,
	type ConceptContext
} from '../concepts';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import type { CommentInput, CommentStatusInput } from './input';
import * as repo from './repository';

const NO_REVIEW = 'Die Prüfung sehen der Schulträger und die zuständige Beratung.';

export interface ReviewContext extends ConceptContext {
	/** the concept authorized for its review; undefined while nothing was ever written or submitted */
	reviewed: Authorized<ConceptRecord, 'conceptReview'> | undefined;
}

export async function reviewContext(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<ReviewContext> {
	const ctx = await conceptContext(db, user, roundId);
	requireDrafts(user, ctx);
	if (!ctx.permissions.canSeeReview) throw new ForbiddenError(NO_REVIEW);
	return { ...ctx, reviewed: reviewedConcept(user, ctx) };
}

const NO_VERSION = 'Diese Fassung des Konzepts gibt es nicht.';

async function versionOf(db: Db, ctx: ReviewContext, number: number) {
	const version = ctx.reviewed ? await reviewedVersion(db, ctx.reviewed, number) : undefined;
	if (!ctx.reviewed || !version) throw new NotFoundError(NO_VERSION);
	return version;
}

export interface VersionReview {
	version: ConceptVersionSummary;
	/** threads by chapter key */
	threads: Map<string, CommentThread[]>;
	comments: ReviewComment[];
}

/** The comments on one version, as threads per chapter. */
export async function getVersionReview(
	db: Db,
	user: AuthUser,
	roundId: string,
	number: number
): Promise<VersionReview> {
	const ctx = await reviewContext(db, user, roundId);
	const version = await versionOf(db, ctx, number);
	const comments = await repo.listComments(db, [version.id]);
	return { version, threads: threadsByChapter(comments), comments };
}

function audit(
	db: Db,
	user: AuthUser,
	ctx: ConceptContext,
	action: string,
	details: unknown,
	now: Date
) {
	return appendAudit(
		db,
		{
			actorId: user.id,
			action,
			entityType: 'concept',
			entityId: ctx.concept!.id,
			organisationId: ctx.round.operatorId,
			details
		},
		now
	);
}

export interface PostedComment {
	comment: ReviewComment;
	/** false: the same comment was already there (a retried post) */
	created: boolean;
}

/** A new thread (KISA in charge, latest version only) or a reply (also the Schulträger's staff). */
export async function addComment(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: CommentInput,
	now = new Date()
): Promise<PostedComment> {
	return inTransaction(db, async (trx) => {
		const ctx = await reviewContext(trx, user, roundId);
		const version = await versionOf(trx, ctx, input.number);
		let parentId: string | null = null;
		if (input.parentId) {
			if (!ctx.permissions.canReply) throw new ForbiddenError(NO_REVIEW);
			const parent = await repo.findComment(trx, input.parentId);
			if (!parent || parent.versionId !== version.id) {
				throw new ValidationError('Die Anmerkung, auf die Sie antworten, gibt es nicht.', 'body');
			}
			parentId = parent.parentId ?? parent.id;
		} else {
			if (!ctx.permissions.canComment) {
				throw new ForbiddenError(
					'Anmerkungen schreibt die zuständige Beratung; Sie können darauf antworten.'
				);
			}
			const latest = await latestReviewedVersion(trx, ctx.reviewed!);
			if (latest?.number !== version.number) {
				throw new ConflictError('Neue Anmerkungen sind nur zur aktuellen Fassung möglich.');
			}
		}
		const chapterKey = parentId
			? (await repo.findComment(trx, parentId))!.chapterKey
			: input.chapterKey;
		const fields = {
			versionId: version.id,
			chapterKey,
			parentId,
			authorId: user.id,
			body: input.body
		};
		const duplicate = await repo.findDuplicate(trx, fields);
		if (duplicate) return { comment: duplicate, created: false };
		const id = newId();
		await repo.insertComment(trx, { id, ...fields, createdAt: now });
		// the consultant's first word on a submitted version starts the review
		const concept = ctx.reviewed!; // versionOf found a version of it
		const startsReview = ctx.permissions.canComment && concept.status === 'eingereicht';
		if (startsReview) await setReviewedConceptStatus(trx, concept, 'in_pruefung', now);
		await audit(
			trx,
			user,
			ctx,
			parentId ? 'review.reply_added' : 'review.comment_added',
			{
				version: version.number,
				chapter: chapterKey,
				commentId: id,
				parentId,
				body: input.body,
				...(startsReview ? { status: { before: 'eingereicht', after: 'in_pruefung' } } : {})
			},
			now
		);
		return { comment: (await repo.findComment(trx, id))!, created: true };
	});
}

/** Marks a thread resolved or open again (KISA in charge and the Schulträger's staff). */
export async function setCommentStatus(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: CommentStatusInput,
	now = new Date()
): Promise<ReviewComment> {
	return inTransaction(db, async (trx) => {
		const ctx = await reviewContext(trx, user, roundId);
		if (!ctx.permissions.canReply) throw new ForbiddenError(NO_REVIEW);
		const comment = await repo.findComment(trx, input.commentId);
		// the comment must belong to a version of this concept
		const version =
			comment && ctx.reviewed
				? await reviewedVersionById(trx, ctx.reviewed, comment.versionId)
				: undefined;
		if (!comment || !version) throw new NotFoundError('Diese Anmerkung gibt es nicht.');
		if (comment.parentId !== null) {
			throw new ValidationError('Erledigt wird eine Anmerkung als Ganzes, nicht eine Antwort.');
		}
		if (comment.status === input.status) return comment;
		await repo.updateCommentStatus(trx, comment.id, input.status, user.id, now);
		await audit(
			trx,
			user,
			ctx,
			input.status === 'erledigt' ? 'review.comment_resolved' : 'review.comment_reopened',
			{ version: version.number, chapter: comment.chapterKey, commentId: comment.id },
			now
		);
		return (await repo.findComment(trx, comment.id))!;
	});
}
