// Deciding the rules' proposals: accepting creates the measure (reasons frozen, default quarters by
// priority) and its cost items from the rule's cost lines; rejecting records the reason. One decision
// per rule and round; both audited in the same transaction.
import { defaultQuarters, joinReasons, type MeasureRecord } from '$lib/domain/measures/planning';
import type { CostItemDefaults } from '$lib/domain/measures/cost-lines';
import type { ProposedMeasure } from '$lib/domain/measures/types';
import type { Round } from '$lib/domain/rounds';
import { authorizeRoundEvaluation, type Authorized } from '../auth/authorized';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import { editablePlanningRound, insertMeasureCostItems } from '../costs';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import { proposalsOfRound, roundRuleContext } from './proposals';
import * as repo from './repository';
import { plannedMeasure } from './service';

async function undecidedProposal(
	db: Db,
	user: AuthUser,
	round: Authorized<Round, 'round'>,
	ruleKey: string,
	now: Date
): Promise<ProposedMeasure> {
	const evaluated = authorizeRoundEvaluation(user, round);
	if (!evaluated)
		throw new ForbiddenError('Die Vorschläge sehen der Schulträger und die zuständige Beratung.');
	if ((await repo.decidedRuleKeys(db, round.id)).has(ruleKey))
		throw new ConflictError('Über diesen Vorschlag wurde bereits entschieden.');
	const { measures } = await proposalsOfRound(db, evaluated, now);
	const proposal = measures.find((m) => m.key === ruleKey);
	if (!proposal)
		throw new NotFoundError(
			'Diesen Vorschlag gibt es nicht mehr: Die Angaben haben sich geändert. Bitte laden Sie die Seite neu.'
		);
	return proposal;
}

/** Optional choices when accepting (the seed and later forms): owner and how the items are funded. */
export interface AcceptOptions {
	owner?: string;
	funding?: Omit<CostItemDefaults, 'measureId' | 'idPrefix' | 'firstYear'>;
}

export async function acceptProposal(
	db: Db,
	user: AuthUser,
	roundId: string,
	ruleKey: string,
	options: AcceptOptions = {},
	now = new Date()
): Promise<MeasureRecord> {
	return inTransaction(db, async (trx) => {
		const { round, editable } = await editablePlanningRound(trx, user, roundId);
		const proposal = await undecidedProposal(trx, user, round, ruleKey, now);
		const id = newId();
		await repo.insertMeasure(
			trx,
			{
				id,
				roundId: round.id,
				ruleKey,
				title: proposal.title,
				description: proposal.description,
				actionField: proposal.actionField,
				owner: options.owner?.trim().slice(0, 200) ?? '',
				priority: proposal.priority,
				...defaultQuarters(proposal.priority, round.periodStart),
				status: 'planned',
				rejectionReason: null,
				reason: joinReasons(proposal.reasons),
				schoolIds: proposal.schoolIds,
				createdBy: user.id
			},
			now
		);
		const items = await insertMeasureCostItems(
			trx,
			editable,
			id,
			proposal.costLines,
			roundRuleContext(round),
			user.id,
			now,
			options.funding
		);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: 'measure.accepted',
				entityType: 'measure',
				entityId: id,
				organisationId: round.operatorId,
				details: {
					ruleKey,
					title: proposal.title,
					schoolIds: proposal.schoolIds,
					reasons: proposal.reasons,
					costItemIds: items.map((i) => i.id),
					estimate: proposal.estimate
				}
			},
			now
		);
		return plannedMeasure(trx, editable, id);
	});
}

export async function rejectProposal(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: { ruleKey: string; reason: string },
	now = new Date()
): Promise<MeasureRecord> {
	const reason = input.reason.trim();
	return inTransaction(db, async (trx) => {
		const { round, editable } = await editablePlanningRound(trx, user, roundId);
		// after the access check, so nobody learns more than "not allowed" from the message
		if (!reason) throw new ValidationError('Bitte begründen Sie die Ablehnung.', 'reason');
		const proposal = await undecidedProposal(trx, user, round, input.ruleKey, now);
		const id = newId();
		await repo.insertMeasure(
			trx,
			{
				id,
				roundId: round.id,
				ruleKey: input.ruleKey,
				title: proposal.title,
				description: proposal.description,
				actionField: proposal.actionField,
				owner: '',
				priority: proposal.priority,
				startQuarter: null,
				endQuarter: null,
				status: 'rejected',
				rejectionReason: reason,
				reason: joinReasons(proposal.reasons),
				schoolIds: proposal.schoolIds,
				createdBy: user.id
			},
			now
		);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: 'measure.rejected',
				entityType: 'measure',
				entityId: id,
				organisationId: round.operatorId,
				details: { ruleKey: input.ruleKey, title: proposal.title, reason }
			},
			now
		);
		return plannedMeasure(trx, editable, id);
	});
}
