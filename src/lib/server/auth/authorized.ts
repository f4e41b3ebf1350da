// Authorized values (issue 10): the proof that an access decision was made, carried in the type.
//
// Functions that read data without checking the user themselves (the cost items of a round, the
// survey data and evaluation inputs of every school, the pilots of measures, the versions of a
// concept under review) take an `Authorized<T, G>` instead of a raw id. Such a value can only be
// made here, by a function that applies the rule for grant G (the can… functions of this module) to
// the user; a raw id or an unchecked object does not type-check. The brand is a type only (a
// `unique symbol` that exists at no runtime), so the object itself is unchanged and serialisable.
//
// | grant              | meaning (rule)                                                              |
// |--------------------|-----------------------------------------------------------------------------|
// | round              | the user sees the planning round (canReadRound)                             |
// | costs              | cost items, unit prices and sums of the round (canReadCostPlan)              |
// | editPlan           | may change measures and cost items of the round (canEditMeasures)            |
// | roundEvaluation    | evaluation inputs and survey data of every school (canReadRoundEvaluation)   |
// | schoolEvaluation   | one school's evaluation and survey data (canReadSchoolEvaluation)            |
// | measure            | the user reads this measure (canReadMeasure; every measure with `costs`)     |
// | conceptReview      | the concept's versions under review (canReadDrafts and canSeeReview)         |
// Derived grants take an `Authorized<…, 'round'>`, so a chain of checks starts at the round.
import type { OrgRef } from './authorize';
import { conceptPermissions } from './concept-access';
import { canEditMeasures, canReadCostPlan, canReadMeasure } from './measure-access';
import { canReadRound } from './round-access';
import { canReadRoundEvaluation, canReadSchoolEvaluation } from './survey-access';
import type { AuthUser } from './user';

declare const GRANTED: unique symbol;

export type Grant =
	| 'round'
	| 'costs'
	| 'editPlan'
	| 'roundEvaluation'
	| 'schoolEvaluation'
	| 'measure'
	| 'conceptReview';

/** `value`, for which the rules of every grant in G were applied to the user and allowed it. */
export type Authorized<T, G extends Grant> = T & {
	readonly [GRANTED]: { readonly [K in G]: true };
};

/** Module-private: the only place a brand is set, always after a rule said yes. */
function granted<T, G extends Grant>(value: T, allowed: boolean): Authorized<T, G> | null {
	return allowed ? (value as Authorized<T, G>) : null;
}

interface RoundRef {
	id: string;
	operatorId: string;
}

/** The round, if the user may see it (KISA in charge, its Schulträger's staff, its schools' staff). */
export function authorizeRound<T extends RoundRef>(
	user: AuthUser,
	round: T,
	schoolIds: readonly string[]
): Authorized<T, 'round'> | null {
	return granted(round, canReadRound(user, { operatorId: round.operatorId, schoolIds }));
}

/** Cost items, unit prices and sums: the Schulträger's staff and KISA in charge. */
export function authorizeCosts<T extends RoundRef>(
	user: AuthUser,
	round: Authorized<T, 'round'>
): Authorized<T, 'round' | 'costs'> | null {
	return granted(round, canReadCostPlan(user, round.operatorId));
}

/** Changing measures and cost items (whether the round is still open is the service's check). */
export function authorizePlanEdit<T extends RoundRef>(
	user: AuthUser,
	round: Authorized<T, 'round'>
): Authorized<T, 'round' | 'costs' | 'editPlan'> | null {
	return granted(
		round,
		canEditMeasures(user, round.operatorId) && canReadCostPlan(user, round.operatorId)
	);
}

/** Every school's evaluation inputs and survey data: the Schulträger's staff and KISA in charge. */
export function authorizeRoundEvaluation<T extends RoundRef>(
	user: AuthUser,
	round: Authorized<T, 'round'>
): Authorized<T, 'round' | 'roundEvaluation'> | null {
	return granted(round, canReadRoundEvaluation(user, round.operatorId));
}

export interface SchoolOfRound {
	roundId: string;
	schoolId: string;
}

/** One school's evaluation in a round (its lead, the Schulträger's staff, KISA in charge). */
export function authorizeSchoolEvaluation(
	user: AuthUser,
	round: Authorized<RoundRef, 'round'>,
	school: OrgRef
): Authorized<SchoolOfRound, 'schoolEvaluation'> | null {
	return granted(
		{ roundId: round.id, schoolId: school.id },
		school.parentId === round.operatorId && canReadSchoolEvaluation(user, school)
	);
}

/** A measure of the round that concerns a school the user reads (or every measure for editors). */
export function authorizeMeasure<M extends { roundId: string; schoolIds: readonly string[] }>(
	user: AuthUser,
	round: Authorized<RoundRef, 'round'>,
	roundSchoolIds: readonly string[],
	measure: M
): Authorized<M, 'measure'> | null {
	return granted(
		measure,
		measure.roundId === round.id &&
			canReadMeasure(
				user,
				{ operatorId: round.operatorId, schoolIds: roundSchoolIds },
				measure.schoolIds
			)
	);
}

/** Whoever reads a round's costs reads every measure of it (the concept's chapters 11 to 13). */
export function measuresOfCostRound<M extends { roundId: string }>(
	round: Authorized<{ id: string }, 'costs'>,
	measures: readonly M[]
): Authorized<M, 'measure'>[] {
	return measures.flatMap((m) => {
		const ok = granted<M, 'measure'>(m, m.roundId === round.id);
		return ok ? [ok] : [];
	});
}

/** The concept of a round, for its review: drafts and review readers (operator, KISA in charge). */
export function authorizeConceptReview<C extends { roundId: string }>(
	user: AuthUser,
	round: Authorized<RoundRef, 'round'>,
	roundSchoolIds: readonly string[],
	concept: C
): Authorized<C, 'conceptReview'> | null {
	const p = conceptPermissions(user, { operatorId: round.operatorId, schoolIds: roundSchoolIds });
	return granted(concept, concept.roundId === round.id && p.canReadDrafts && p.canSeeReview);
}

/** A version found through an authorized concept is authorized the same way. */
export function versionOfReviewedConcept<V extends { conceptId: string }>(
	concept: Authorized<{ id: string }, 'conceptReview'>,
	version: V | undefined
): Authorized<V, 'conceptReview'> | undefined {
	return (
		(version && granted<V, 'conceptReview'>(version, version.conceptId === concept.id)) ?? undefined
	);
}
