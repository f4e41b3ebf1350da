// Public API of measures (Maßnahmenplanung, issue 5). Access: auth/measure-access.ts. The Schulträger's
// staff and KISA in charge (admin, assigned consultant) decide proposals and edit; school leads and IT
// staff read the measures that concern their school (no schools = all schools of the round); a round
// the user cannot see, or a measure of another school, is NotFoundError; a reader who tries to change
// something gets ForbiddenError; a closed round (status "abgeschlossen") is ConflictError.
//
// What each role sees (issue 10): the Schulträger's staff and KISA in charge everything; school leads
// and IT staff MeasureView with investment/runningPerYear null, costItems null, and only their own
// schools and reason lines. Functions without a user take authorized values (auth/authorized.ts).
//
// FOR THE CONCEPT (chapter 11) and other readers:
//   listMeasuresForConcept(db, round: Authorized<…, 'costs'>): Promise<Authorized<MeasureRecord, 'measure'>[]>
//     MeasureRecord extends the domain Measure ($lib/domain/measures/measure): id, ruleId (null =
//     added by hand), title, description, actionField, schoolIds ([] = all schools), owner, priority
//     (high|medium|low), startQuarter/endQuarter ('2027-Q1' or null), status (proposed|planned|
//     in_progress|done|rejected), rejectionReason, reasons (the rule's reasons, one per school,
//     frozen when the proposal was decided), investment (one purchase of its cost items) and
//     runningPerYear (cents); plus roundId, version, createdAt, updatedAt, createdByName.
//     Rejected measures are included (the chapter lists them with their reason). Sorted by status,
//     priority and action field.
//   listReadableMeasures(db, user, roundId): the measures the user reads (MeasureView, as above)
//   getMeasuresOverview(db, user, roundId, now?): { round, canEdit, canSeeCosts, schools, proposals,
//     measures }
//     proposals = OpenProposal[] (rules' proposals not decided yet, with reasons, cost lines and the
//     estimate), only for those who decide. Findings come from proposalsOfRound (below).
//   proposalsOfRound(db, round: Authorized<Round, 'roundEvaluation'>, now): RuleResult { findings,
//     measures }. The findings of the round for the concept's chapter 6.
//   getMeasure(db, user, measureId): { round, measure (Authorized<MeasureView, 'measure'>), canEdit,
//     schools, costItems (null for school staff) }; the pilots testing it: pilots.pilotsOfMeasure
//
// Changing (routes; every change audited in its transaction):
//   acceptProposal(db, user, roundId, ruleKey, options?, now?): creates the measure (status planned,
//     default quarters by priority) and its cost items from the rule's cost lines; options: owner,
//     funding (fundingSource, fundingRatePercent, fundedUntilYear for the items)
//   rejectProposal(db, user, roundId, { ruleKey, reason }, now?): reason required (ValidationError)
//   createMeasure(db, user, roundId, NewMeasureInput, now?)
//   updateMeasure(db, user, measureId, EditMeasureInput (with version), now?): ConflictError (409,
//     .current = the stored measure) when the version is stale
//   setMeasureStatus(db, user, measureId, MeasureStatusInput (with version), now?)
// The cost plan is in ../costs (getCostPlan).
export {
	getMeasuresOverview,
	listOpenProposals,
	getMeasure,
	listMeasuresForConcept,
	listReadableMeasures,
	sortMeasures,
	type MeasuresOverview,
	type MeasureDetail
} from './service';
export { acceptProposal, rejectProposal, type AcceptOptions } from './decide';
export { createMeasure, updateMeasure, setMeasureStatus } from './edit';
export { proposalsOfRound, ruleInputsOfRound, roundRuleContext } from './proposals';
export {
	RuleKeyInput,
	RejectInput,
	NewMeasureInput,
	EditMeasureInput,
	MeasureStatusInput
} from './input';
// Form plumbing for the measures and cost pages:
export {
	readForm,
	text,
	measureValues,
	fieldErrors,
	domainFailure,
	type FieldErrors,
	type MeasureValues
} from './forms';
