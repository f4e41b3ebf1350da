// The concept's versions for the review service (../reviews). Every function takes the concept (or
// a version of it) authorized for review (auth/authorized.ts, grant 'conceptReview': operator staff
// and KISA in charge), never a raw id; reviewedConcept makes that value from the concept context.
import type {
	ConceptRecord,
	ConceptStatus,
	ConceptVersionSummary,
	Decision
} from '$lib/domain/review';
import {
	authorizeConceptReview,
	versionOfReviewedConcept,
	type Authorized
} from '../auth/authorized';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import type { ConceptContext } from './context';
import * as repo from './repository';

type Reviewed = Authorized<{ id: string }, 'conceptReview'>;
type ReviewedVersion = Authorized<ConceptVersionSummary, 'conceptReview'>;

/** The concept of the context, if it exists and the user sees its review; undefined otherwise. */
export function reviewedConcept(
	user: AuthUser,
	ctx: ConceptContext
): Authorized<ConceptRecord, 'conceptReview'> | undefined {
	if (!ctx.concept) return undefined;
	return authorizeConceptReview(user, ctx.round, ctx.details.schoolIds, ctx.concept) ?? undefined;
}

export async function latestReviewedVersion(
	db: Db,
	concept: Reviewed
): Promise<ReviewedVersion | undefined> {
	return versionOfReviewedConcept(concept, await repo.latestVersion(db, concept.id));
}

export async function reviewedVersion(
	db: Db,
	concept: Reviewed,
	number: number
): Promise<ReviewedVersion | undefined> {
	return versionOfReviewedConcept(concept, await repo.findVersionSummary(db, concept.id, number));
}

export async function reviewedVersionById(
	db: Db,
	concept: Reviewed,
	versionId: string
): Promise<ReviewedVersion | undefined> {
	return versionOfReviewedConcept(concept, await repo.findVersionById(db, concept.id, versionId));
}

/** Records the decision once (only while none is stored); returns whether it did. */
export function recordReviewDecision(
	db: Db,
	version: Authorized<{ id: string }, 'conceptReview'>,
	decision: Decision,
	userId: string,
	note: string | null,
	now: Date
): Promise<boolean> {
	return repo.recordDecision(db, version.id, decision, userId, note, now);
}

export function setReviewedConceptStatus(
	db: Db,
	concept: Reviewed,
	status: ConceptStatus,
	now: Date
): Promise<void> {
	return repo.updateConceptStatus(db, concept.id, status, now);
}
