// Public API of pilot projects (issue 6). Routes and other features import from here only.
//   listPilots(db, user, { status?, operatorId? })  pilots the user may read (+ Schulträger for filters)
//   getPilot(db, user, pilotId)                      details + canManage; NotFoundError if not visible
//   createPilot / updatePilot / setLight / setDecision           KISA staff (canManagePilot)
//   addMilestone, setMilestoneDone, addKpi, addMeasurement, addRisk, addLesson, ... (parts.ts)
//   listSchoolChoices / addPilotSchool / removePilotSchool         schools the manager can read
//   linkMeasure / unlinkMeasure(db, user, pilotId, measureId)      managers who read the measure
//   listLinkedMeasures / listMeasureChoices                        the pilot page's measure section
//   pilotsForMeasures(db, measures) / pilotsForMeasure(db, measure) summaries for the concept chapter,
//     of Authorized<…, 'measure'> values (auth/authorized.ts)
//   pilotsOfMeasure(db, user, measure)                             the measure page's pilot list
export { PILOT_NOT_FOUND, PILOT_READ_ONLY } from './access';
export { PILOT_ENTITY } from './audit';
export { pilotPermissions, type PilotPermissions } from './permissions';
export {
	createPilot,
	getPilot,
	listOwnerChoices,
	listPilots,
	setDecision,
	setLight,
	updatePilot,
	type PilotFilter,
	type PilotList
} from './service';
export {
	addKpi,
	addLesson,
	addMeasurement,
	addMilestone,
	addRisk,
	deleteKpi,
	deleteLesson,
	deleteMeasurement,
	deleteMilestone,
	deleteRisk,
	setMilestoneDone,
	setRiskStatus
} from './parts';
export {
	addPilotSchool,
	listSchoolChoices,
	removePilotSchool,
	type SchoolChoiceGroup
} from './schools';
export {
	linkMeasure,
	pilotsForMeasure,
	pilotsForMeasures,
	pilotsOfMeasure,
	unlinkMeasure,
	type MeasurePilot
} from './measures';
export {
	listLinkedMeasures,
	listMeasureChoices,
	type LinkedMeasureView,
	type MeasureChoiceGroup
} from './measure-choices';
export { PILOT_CSV_HEADER, pilotCsvRows, pilotFileName, pilotToCsv } from './csv';
export * from './input';
export { sectionAction, type PilotSection } from './forms';
export { pilotReportCsv, pilotReportPdf, type PilotDownload } from './report';
