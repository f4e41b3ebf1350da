// Submitting the concept for review: the live document is assembled and frozen as a new version.
// The natural key of a version is the SHA-256 of its JSON: an unchanged concept submitted again
// (a retried request, a double click) never creates a second version (quality.md R4). Audited.
import { createHash } from 'node:crypto';
import type { ConceptDocument } from '$lib/domain/concept/model';
import { planSubmission, type ConceptVersionSummary } from '$lib/domain/review';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ForbiddenError } from '../errors';
import { newId } from '../ids';
import { conceptContext, ensureConcept, requireDrafts } from './context';
import * as repo from './repository';
import { assembleLive } from './service';

/** The frozen form of a document and its content hash. */
export function freeze(document: ConceptDocument): { json: string; hash: string } {
	const json = JSON.stringify(document);
	return { json, hash: createHash('sha256').update(json).digest('hex') };
}

export interface Submission {
	version: ConceptVersionSummary;
	/** false: the same content was already waiting for review (nothing new was created) */
	created: boolean;
}

export async function submitConcept(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<Submission> {
	return inTransaction(db, async (trx) => {
		const ctx = await conceptContext(trx, user, roundId);
		if (!ctx.permissions.canSubmit) {
			throw new ForbiddenError('Zur Prüfung einreichen kann der Schulträger.');
		}
		const drafts = requireDrafts(user, ctx);
		const concept = await ensureConcept(trx, ctx, now);
		const texts = await repo.listTexts(trx, concept.id);
		const { json, hash } = freeze(await assembleLive(trx, user, ctx, drafts, texts, now));
		const latest = await repo.latestVersion(trx, concept.id);
		const plan = planSubmission(concept.status, latest ?? null, hash);
		if (plan.kind === 'refuse') throw new ConflictError(plan.message);
		if (plan.kind === 'existing') return { version: latest!, created: false };
		const id = newId();
		await repo.insertVersion(trx, {
			id,
			conceptId: concept.id,
			number: plan.number,
			modelJson: json,
			contentHash: hash,
			submittedBy: user.id,
			submittedAt: now
		});
		await repo.updateConceptStatus(trx, concept.id, 'eingereicht', now, plan.number);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: 'concept.submitted',
				entityType: 'concept',
				entityId: concept.id,
				organisationId: ctx.round.operatorId,
				details: {
					version: plan.number,
					contentHash: hash,
					status: { before: concept.status, after: 'eingereicht' }
				}
			},
			now
		);
		const version = await repo.findVersionSummary(trx, concept.id, plan.number);
		return { version: version!, created: true };
	});
}
