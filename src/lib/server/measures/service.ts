// Reading measures: the round's overview (open proposals for the editors, the measures the user may
// read), one measure with its cost items, and the owned measures for the concept.
//
// What each role sees of a measure (issue 10, docs/decisions.md "Authorization by construction"):
// the Schulträger's staff and KISA in charge (operator, assigned consultant, admin) everything;
// school leads and IT staff the measures that concern their schools, with only those schools and
// their reason lines, and no cost figure at all (no items, unit prices or sums): the costs are the
// Schulträger's budget planning, as on /kosten.
import type { CostItemRecord } from '$lib/domain/costs/plan-view';
import { ACTION_FIELDS, PRIORITIES } from '$lib/domain/measures/types';
import {
	reasonOfSchool,
	type MeasureRecord,
	type MeasureView,
	type OpenProposal
} from '$lib/domain/measures/planning';
import type { Round } from '$lib/domain/rounds';
import {
	authorizeMeasure,
	authorizeRoundEvaluation,
	measuresOfCostRound,
	type Authorized
} from '../auth/authorized';
import { canEditMeasures, readableMeasureSchools } from '../auth/measure-access';
import type { AuthUser } from '../auth/user';
import {
	listCostItemsOf,
	listMeasureCostItemsOf,
	listPlanSchoolsOf,
	readPlanningRound,
	sumsByMeasure,
	type PlanningRound,
	type PlanSchool as SchoolName
} from '../costs';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { proposalsOfRound } from './proposals';
import * as repo from './repository';

export interface MeasuresOverview {
	round: Round;
	/** may accept, reject, add and edit (round not closed) */
	canEdit: boolean;
	/** sees cost figures (the Schulträger's staff and KISA in charge) */
	canSeeCosts: boolean;
	/** the round's schools; for school staff only their own */
	schools: SchoolName[];
	/** proposals nobody decided yet; empty for readers who may not decide */
	proposals: OpenProposal[];
	/** the measures the user may read (rejected ones included), by status, priority, field */
	measures: MeasureView[];
}

const STATUS_ORDER = ['in_progress', 'planned', 'proposed', 'done', 'rejected'];

export function sortMeasures<
	T extends Pick<MeasureRecord, 'status' | 'priority' | 'actionField' | 'title'>
>(measures: T[]): T[] {
	const key = (m: T) =>
		STATUS_ORDER.indexOf(m.status) * 1000 +
		PRIORITIES.indexOf(m.priority) * 100 +
		ACTION_FIELDS.indexOf(m.actionField);
	return measures.sort((a, b) => key(a) - key(b) || a.title.localeCompare(b.title, 'de'));
}

function withSums<M extends repo.MeasureBase>(
	base: M[],
	items: CostItemRecord[]
): (M & Pick<MeasureRecord, 'investment' | 'runningPerYear'>)[] {
	const sums = sumsByMeasure(items);
	return base.map((m) => ({
		...m,
		investment: sums.get(m.id)?.investment ?? 0,
		runningPerYear: sums.get(m.id)?.runningPerYear ?? 0
	}));
}

/** What school staff see: their schools and reason lines, no cost figure. */
function schoolStaffView<M extends repo.MeasureBase>(
	m: M,
	schools: SchoolName[]
): Omit<M, 'investment' | 'runningPerYear'> & Pick<MeasureView, 'investment' | 'runningPerYear'> {
	const ids = new Set(schools.map((s) => s.id));
	const names = schools.map((s) => s.name);
	return {
		...m,
		schoolIds: m.schoolIds.filter((id) => ids.has(id)),
		reasons: m.reasons.filter((r) => reasonOfSchool(r, names)),
		investment: null,
		runningPerYear: null
	};
}

/** The schools of the round whose names and lines the user sees. */
async function visibleSchools(
	db: Db,
	user: AuthUser,
	planning: PlanningRound
): Promise<SchoolName[]> {
	const all = await listPlanSchoolsOf(db, planning.round);
	const readable = readableMeasureSchools(user, readerView(planning));
	return readable === 'all' || planning.costs ? all : all.filter((s) => readable.has(s.id));
}

function readerView(planning: PlanningRound) {
	return { operatorId: planning.round.operatorId, schoolIds: planning.schoolIds };
}

async function readableMeasures(
	db: Db,
	user: AuthUser,
	planning: PlanningRound,
	schools: SchoolName[]
): Promise<Authorized<MeasureView, 'measure'>[]> {
	const base = (await repo.listMeasures(db, planning.round.id)).flatMap((m) => {
		const ok = authorizeMeasure(user, planning.round, planning.schoolIds, m);
		return ok ? [ok] : [];
	});
	const views = planning.costs
		? withSums(base, await listCostItemsOf(db, planning.costs))
		: base.map((m) => schoolStaffView(m, schools));
	return sortMeasures(views);
}

async function openProposals(
	db: Db,
	round: Authorized<Round, 'roundEvaluation'>,
	schools: SchoolName[],
	now: Date
): Promise<OpenProposal[]> {
	const [{ measures }, decided] = await Promise.all([
		proposalsOfRound(db, round, now),
		repo.decidedRuleKeys(db, round.id)
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

/** The round with the evaluation grant, for those who decide proposals; null for everyone else. */
function decidingRound(user: AuthUser, planning: PlanningRound) {
	if (!canEditMeasures(user, planning.round.operatorId)) return null;
	return authorizeRoundEvaluation(user, planning.round);
}

export async function getMeasuresOverview(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<MeasuresOverview> {
	const planning = await readPlanningRound(db, user, roundId);
	const schools = await visibleSchools(db, user, planning);
	const deciding = decidingRound(user, planning);
	return {
		round: planning.round,
		canEdit: planning.canEdit,
		canSeeCosts: planning.costs !== null,
		schools,
		proposals: deciding ? await openProposals(db, deciding, schools, now) : [],
		measures: await readableMeasures(db, user, planning, schools)
	};
}

/** Open proposals with their reasons and estimates (the Schulträger's staff and KISA in charge). */
export async function listOpenProposals(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<OpenProposal[]> {
	const planning = await readPlanningRound(db, user, roundId);
	const deciding = decidingRound(user, planning);
	if (!deciding)
		throw new ForbiddenError('Die Vorschläge sehen der Schulträger und die zuständige Beratung.');
	return openProposals(db, deciding, await listPlanSchoolsOf(db, planning.round), now);
}

export interface MeasureDetail {
	round: Round;
	/** the measure, authorized for this user (pilots of the measure: ../pilots, pilotsOfMeasure) */
	measure: Authorized<MeasureView, 'measure'>;
	canEdit: boolean;
	/** the round's schools; for school staff only their own */
	schools: SchoolName[];
	/** null: the user sees no cost figure (school leads, IT staff) */
	costItems: CostItemRecord[] | null;
}

const NOT_FOUND = 'Die Maßnahme wurde nicht gefunden.';

/** A measure the user may read; NotFoundError otherwise (also for measures of other schools). */
export async function getMeasure(
	db: Db,
	user: AuthUser,
	measureId: string
): Promise<MeasureDetail> {
	const found = await repo.findMeasure(db, measureId);
	if (!found) throw new NotFoundError(NOT_FOUND);
	const planning = await readPlanningRound(db, user, found.roundId).catch((err: unknown) => {
		throw err instanceof NotFoundError ? new NotFoundError(NOT_FOUND) : err;
	});
	const base = authorizeMeasure(user, planning.round, planning.schoolIds, found);
	if (!base) throw new NotFoundError(NOT_FOUND);
	const schools = await visibleSchools(db, user, planning);
	if (!planning.costs) {
		return {
			round: planning.round,
			measure: schoolStaffView(base, schools),
			canEdit: planning.canEdit,
			schools,
			costItems: null
		};
	}
	const costItems = await listMeasureCostItemsOf(db, planning.costs, [base.id]);
	const [measure] = withSums([base], costItems);
	return { round: planning.round, measure, canEdit: planning.canEdit, schools, costItems };
}

/** The measure with its sums, for the services that changed it (the round authorized for costs). */
export async function plannedMeasure(
	db: Db,
	round: Authorized<{ id: string }, 'costs'>,
	measureId: string
): Promise<MeasureRecord> {
	const [base] = measuresOfCostRound(
		round,
		[await repo.findMeasure(db, measureId)].flatMap((m) => (m ? [m] : []))
	);
	if (!base) throw new NotFoundError(NOT_FOUND);
	return withSums([base], await listMeasureCostItemsOf(db, round, [base.id]))[0];
}

/** The measures the user may read in a round, as on the measures page (the pilots' choices). */
export async function listReadableMeasures(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<Authorized<MeasureView, 'measure'>[]> {
	const planning = await readPlanningRound(db, user, roundId);
	return readableMeasures(db, user, planning, await visibleSchools(db, user, planning));
}

/**
 * The owned measures of a round for the concept (chapter 11): every measure, rejected ones
 * included (the chapter lists them with their reason), with their sums. The concept draft is read
 * by those who read the costs, so the round must carry the 'costs' grant.
 */
export async function listMeasuresForConcept(
	db: Db,
	round: Authorized<{ id: string }, 'costs'>
): Promise<Authorized<MeasureRecord, 'measure'>[]> {
	const base = measuresOfCostRound(round, await repo.listMeasures(db, round.id));
	return sortMeasures(withSums(base, await listCostItemsOf(db, round)));
}
