// Planning rounds: listing and reading the rounds a user may see, and moving through the wizard
// statuses. Creating a round lives in create.ts.
import type { Round, RoundStatus } from '$lib/domain/rounds';
import { visibleOperatorIds } from '../auth/authorize';
import { authorizeRound, type Authorized } from '../auth/authorized';
import { canManageRounds } from '../auth/round-access';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ForbiddenError, NotFoundError } from '../errors';
import { getVersions } from '../questionnaires';
import * as repo from './repository';

export interface RoundDetails {
	/** the round, checked: the user may see it (see auth/authorized.ts) */
	round: Authorized<Round, 'round'>;
	schoolIds: string[];
	questionnaires: {
		audience: string;
		versionId: string;
		key: string;
		version: number;
		title: string;
	}[];
	/** consultant in charge or admin: may change the status */
	canManage: boolean;
}

/** Rounds the user may see, newest first. */
export async function listRounds(db: Db, user: AuthUser): Promise<Authorized<Round, 'round'>[]> {
	const rounds = await repo.listRounds(db, visibleOperatorIds(user));
	const schoolIds = await repo.listRoundSchoolIds(
		db,
		rounds.map((r) => r.id)
	);
	return rounds.flatMap((r) => {
		const round = authorizeRound(user, r, schoolIds.get(r.id) ?? []);
		return round ? [round] : [];
	});
}

/** A round the user may see, with its schools and questionnaire versions; NotFoundError otherwise. */
export async function getRound(db: Db, user: AuthUser, roundId: string): Promise<RoundDetails> {
	const found = await repo.findRound(db, roundId);
	const schoolIds = found
		? ((await repo.listRoundSchoolIds(db, [found.id])).get(found.id) ?? [])
		: [];
	const round = found ? authorizeRound(user, found, schoolIds) : null;
	if (!round) throw new NotFoundError('Die Planungsrunde wurde nicht gefunden.');
	const items = await repo.listRoundQuestionnaires(db, round.id);
	const versions = await getVersions(
		db,
		items.map((i) => i.versionId)
	);
	const questionnaires = items.map((i) => {
		const v = versions.get(i.versionId);
		return {
			audience: i.audience,
			versionId: i.versionId,
			key: v?.questionnaireKey ?? '',
			version: v?.version ?? 0,
			title: v?.definition.title ?? ''
		};
	});
	return { round, schoolIds, questionnaires, canManage: canManageRounds(user, round.operatorId) };
}

/** Moves the round to any wizard status (consultant in charge or admin); audited. */
export async function setRoundStatus(
	db: Db,
	user: AuthUser,
	roundId: string,
	status: RoundStatus,
	now = new Date()
): Promise<Round> {
	return inTransaction(db, async (trx) => {
		const { round, canManage } = await getRound(trx, user, roundId);
		if (!canManage)
			throw new ForbiddenError(
				'Nur die zuständige Beratung oder die Administration kann den Status ändern.'
			);
		if (round.status === status) return round;
		await repo.updateRoundStatus(trx, round.id, status, now);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: 'round.status_changed',
				entityType: 'planning_round',
				entityId: round.id,
				organisationId: round.operatorId,
				details: { before: round.status, after: status }
			},
			now
		);
		return { ...round, status, updatedAt: now };
	});
}
