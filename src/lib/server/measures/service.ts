// Reading measures: the round's overview (open proposals for the editors, the measures the user may
// read), one measure with its cost items, and the owned measures for the concept.
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import { ACTION_FIELDS, PRIORITIES } from '$lib/domain/measures/types';
import type { MeasureRecord, OpenProposal } from '$lib/domain/measures/planning';
import type { Round } from '$lib/domain/rounds';
import { canEditMeasures, canReadMeasure } from '../auth/measure-access';
import type { AuthUser } from '../auth/user';
import {
	listCostItemsUnchecked,
	listMeasureCostItemsUnchecked,
	listPlanSchoolsUnchecked as listRoundSchoolNames,
	readPlanningRound,
	sumsByMeasure,
	type PlanSchool as SchoolName
} from '../costs';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { proposalsOfRound } from './proposals';
import * as repo from './repository';
import { listPilots, pilotsForMeasure } from '../pilots';
import { PILOT_LIGHT_LABELS, PILOT_STATUS_LABELS } from '$lib/domain/pilots/types';

export interface MeasuresOverview {
	round: Round;
	/** may accept, reject, add and edit (round not closed) */
	canEdit: boolean;
	schools: SchoolName[];
	/** proposals nobody decided yet; empty for readers who may not decide */
	proposals: OpenProposal[];
	/** the measures the user may read (rejected ones included), by status, priority, field */
	measures: MeasureRecord[];
}

const STATUS_ORDER = ['in_progress', 'planned', 'proposed', 'done', 'rejected'];

export function sortMeasures<T extends MeasureRecord>(measures: T[]): T[] {
	const key = (m: MeasureRecord) =>
		STATUS_ORDER.indexOf(m.status) * 1000 +
		PRIORITIES.indexOf(m.priority) * 100 +
		ACTION_FIELDS.indexOf(m.actionField);
	return measures.sort((a, b) => key(a) - key(b) || a.title.localeCompare(b.title, 'de'));
}

function withSums(base: repo.MeasureBase[], items: CostItemRecord[]): MeasureRecord[] {
	const sums = sumsByMeasure(items);
	return base.map((m) => ({
		...m,
		investment: sums.get(m.id)?.investment ?? 0,
		runningPerYear: sums.get(m.id)?.runningPerYear ?? 0
	}));
}

async function readableMeasures(
	db: Db,
	user: AuthUser,
	round: Round,
	schoolIds: string[]
): Promise<MeasureRecord[]> {
	const base = (await repo.listMeasures(db, round.id)).filter((m) =>
		canReadMeasure(user, { operatorId: round.operatorId, schoolIds }, m.schoolIds)
	);
	return sortMeasures(withSums(base, await listCostItemsUnchecked(db, round.id)));
}

async function openProposals(db: Db, round: Round, now: Date): Promise<OpenProposal[]> {
	const [{ measures }, decided, schools] = await Promise.all([
		proposalsOfRound(db, round, now),
		repo.decidedRuleKeys(db, round.id),
		listRoundSchoolNames(db, round.id)
	]);
	const names = new Map(schools.map((s) => [s.id, s.name]));
	return measures
		.filter((p) => !decided.has(p.key))
		.map((p) => ({
			ruleKey: p.key,
			title: p.title,
			description: p.description,
			actionField: p.actionField,
			priority: p.priority,
			schoolIds: p.schoolIds,
			schoolNames: p.schoolIds.map((id) => names.get(id) ?? id),
			reasons: p.reasons,
			estimate: p.estimate,
			costLines: p.costLines.map((l) => ({
				label: l.label,
				formula: l.formula,
				basis: l.basis,
				kind: l.kind,
				amount: l.amount
			}))
		}));
}

export async function getMeasuresOverview(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<MeasuresOverview> {
	const { round, schoolIds, canEdit } = await readPlanningRound(db, user, roundId);
	const decides = canEditMeasures(user, round.operatorId);
	return {
		round,
		canEdit,
		schools: await listRoundSchoolNames(db, round.id),
		proposals: decides ? await openProposals(db, round, now) : [],
		measures: await readableMeasures(db, user, round, schoolIds)
	};
}

/** Open proposals with their reasons and estimates (the Schulträger's staff and KISA in charge). */
export async function listOpenProposals(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<OpenProposal[]> {
	const { round } = await readPlanningRound(db, user, roundId);
	if (!canEditMeasures(user, round.operatorId))
		throw new ForbiddenError('Die Vorschläge sehen der Schulträger und die zuständige Beratung.');
	return openProposals(db, round, now);
}

export interface MeasureDetail {
	round: Round;
	measure: MeasureRecord;
	canEdit: boolean;
	schools: SchoolName[];
	costItems: CostItemRecord[];
	/**
	 * Pilot projects that test this measure (issue 6), with their German status text; `canOpen` is
	 * false where the user may not read the pilot itself (e.g. IT staff), so the page shows no link.
	 */
	pilots: { id: string; title: string; status: string; canOpen: boolean }[];
}

const NOT_FOUND = 'Die Maßnahme wurde nicht gefunden.';

/** A measure the user may read; NotFoundError otherwise (also for measures of other schools). */
export async function getMeasure(
	db: Db,
	user: AuthUser,
	measureId: string
): Promise<MeasureDetail> {
	const base = await repo.findMeasure(db, measureId);
	if (!base) throw new NotFoundError(NOT_FOUND);
	const { round, schoolIds, canEdit } = await readPlanningRound(db, user, base.roundId).catch(
		(err: unknown) => {
			throw err instanceof NotFoundError ? new NotFoundError(NOT_FOUND) : err;
		}
	);
	if (!canReadMeasure(user, { operatorId: round.operatorId, schoolIds }, base.schoolIds))
		throw new NotFoundError(NOT_FOUND);
	const costItems = await listMeasureCostItemsUnchecked(db, [base.id]);
	const [measure] = withSums([base], costItems);
	return {
		round,
		measure,
		canEdit,
		schools: await listRoundSchoolNames(db, round.id),
		costItems,
		pilots: await linkedPilots(db, user, base.id)
	};
}

/** The measure itself is authorized by the caller; pilotsForMeasure takes no user by design. */
async function linkedPilots(db: Db, user: AuthUser, measureId: string) {
	const linked = await pilotsForMeasure(db, measureId);
	if (linked.length === 0) return [];
	const readable = new Set((await listPilots(db, user)).pilots.map((p) => p.id));
	return linked.map((p) => ({
		id: p.id,
		title: p.title,
		canOpen: readable.has(p.id),
		status:
			p.status === 'laufend'
				? `${PILOT_STATUS_LABELS.laufend}, ${PILOT_LIGHT_LABELS[p.light]}`
				: PILOT_STATUS_LABELS[p.status]
	}));
}

/**
 * The owned measures of a round for the concept (chapter 11): every measure the user may read,
 * rejected ones included (the chapter lists them with their reason), as the domain Measure.
 */
export async function listMeasuresForConcept(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<MeasureRecord[]> {
	const { round, schoolIds } = await readPlanningRound(db, user, roundId);
	return readableMeasures(db, user, round, schoolIds);
}
