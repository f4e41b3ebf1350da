// Public API of the five-year cost plan (issue 5). Access: auth/measure-access.ts (the Schulträger's
// staff and KISA in charge read and edit; everyone else who sees the round gets ForbiddenError,
// everyone else NotFoundError). Every change is audited in its transaction.
//
// FOR THE CONCEPT (chapter 12) and other readers:
//   getCostPlan(db, user, roundId): Promise<CostPlanData>
//     { round, schoolIds, canEdit, items: CostItemRecord[], schools: PlanSchool[] (name, type,
//       pupils), measures: PlanMeasure[] (id, title, status), plan: CostPlan }
//     `plan` is the pure CostPlan ($lib/domain/costs/plan) over the round's period (periodStart, as
//     many years as the round spans), totals by year/school/category/funding source, depreciation and
//     € per pupil (perPupil rows, last row = Schulträger). Items of rejected measures are left out.
//     The catalogue the items were priced with is the shipped PRICE_CATALOGUE (no overrides yet).
//   costPlanView(plan, schools) from $lib/domain/costs/plan-view: the page's plain tables.
//
// Editing (routes):
//   createCostItem(db, user, roundId, CostItemInput, now?): CostItemRecord
//   updateCostItem(db, user, itemId, CostItemInput, expectedVersion, now?): CostItemRecord
//     ConflictError (409, .current = the stored item) when the version is stale
//   deleteCostItem(db, user, itemId, expectedVersion, now?)
//   exportCostPlanCsv(db, user, roundId): { csv, fileName } (one row per item and plan year)
// Errors: NotFoundError, ForbiddenError, ValidationError (.field), ConflictError (closed round, stale version).
export {
	getCostPlan,
	createCostItem,
	updateCostItem,
	deleteCostItem,
	planFrom,
	sumsByMeasure,
	type CostPlanData
} from './service';
export { exportCostPlanCsv, costPlanCsv, COST_CSV_HEADER } from './csv';
export {
	CostItemInput,
	VersionInput,
	withCatalogueDefaults,
	applyCatalogueEntry,
	type CostFormValues
} from './input';
export { planPeriodOf } from './period';
export type { PlanSchool, PlanMeasure } from './repository';
// For other services, with an authorized round (auth/authorized.ts) instead of a raw id:
export { insertMeasureCostItems } from './from-measure';
export { listMeasureCostItemsOf, listCostItemsOf, listPlanSchoolsOf } from './authorized-reads';
export {
	readPlanningRound,
	editablePlanningRound,
	type PlanningRound,
	type EditablePlanningRound
} from './round-access';
