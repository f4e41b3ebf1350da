// The consultant's decision on the latest version: request changes (with a note) or approve. Only
// the latest version, only once; the same decision sent again is a retry and changes nothing. The
// concept's status follows the decision. Audited.
import { DECISION_LABELS, planDecision, type ConceptVersionSummary } from '$lib/domain/review';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import {
	latestReviewedVersion,
	recordReviewDecision,
	reviewedVersion,
	setReviewedConceptStatus
} from '../concepts';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors';
import type { DecisionInput } from './input';
import { reviewContext } from './service';

export interface DecisionResult {
	version: ConceptVersionSummary;
	/** false: the same decision was already recorded */
	changed: boolean;
}

export async function decideVersion(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: DecisionInput,
	now = new Date()
): Promise<DecisionResult> {
	return inTransaction(db, async (trx) => {
		const ctx = await reviewContext(trx, user, roundId);
		if (!ctx.permissions.canDecide) {
			throw new ForbiddenError('Über das Konzept entscheidet die zuständige Beratung.');
		}
		const concept = ctx.reviewed;
		const version = concept ? await reviewedVersion(trx, concept, input.number) : undefined;
		if (!concept || !version) throw new NotFoundError('Diese Fassung des Konzepts gibt es nicht.');
		const latest = await latestReviewedVersion(trx, concept);
		const plan = planDecision(concept.status, latest ?? null, input.number, input.decision);
		if (plan.kind === 'refuse') throw new ConflictError(plan.message);
		if (plan.kind === 'existing') return { version, changed: false };
		const note = input.note ?? null;
		if (!(await recordReviewDecision(trx, version, input.decision, user.id, note, now))) {
			throw new ConflictError(`Über Fassung ${version.number} wurde bereits entschieden.`);
		}
		await setReviewedConceptStatus(trx, concept, input.decision, now);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: input.decision === 'freigegeben' ? 'review.approved' : 'review.changes_requested',
				entityType: 'concept',
				entityId: concept.id,
				organisationId: ctx.round.operatorId,
				details: {
					version: version.number,
					decision: DECISION_LABELS[input.decision],
					note,
					status: { before: concept.status, after: input.decision }
				}
			},
			now
		);
		return {
			version: (await reviewedVersion(trx, concept, version.number))!,
			changed: true
		};
	});
}
