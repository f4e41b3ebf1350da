import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { isoDateIn, suggestLight } from '$lib/domain/pilots';
import { orErrorPage } from '$lib/server/organisations';
import * as pilots from '$lib/server/pilots';
import {
	DecisionInput,
	KpiInput,
	LessonInput,
	LightInput,
	MeasureLinkInput,
	MeasurementInput,
	MilestoneInput,
	RiskInput,
	RiskStatusInput,
	RowInput,
	SchoolInput,
	sectionAction
} from '$lib/server/pilots';
import type { Actions, PageServerLoad } from './$types';

/** Details for everyone who may read the pilot; suggestion and school choices for managers only. */
export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const { pilot, canManage } = await orErrorPage(pilots.getPilot(db, user, params.pilotId));
	const today = isoDateIn(new Date());
	return {
		pilot,
		canManage,
		today,
		notice: url.searchParams.get('hinweis'),
		suggestion: canManage ? suggestLight({ ...pilot, pilot }, today) : null,
		schoolChoices: canManage ? await pilots.listSchoolChoices(db, user, pilot.id) : [],
		measures: await pilots.listLinkedMeasures(db, user, pilot.id),
		measureChoices: canManage ? await pilots.listMeasureChoices(db, user, pilot.id) : []
	};
};

export const actions = {
	ampel: sectionAction('ampel', LightInput, 'gespeichert', (user, id, d) =>
		pilots.setLight(db, user, id, {
			light: d.light,
			reason: d.lightReason,
			assessedOn: d.lightAssessedOn
		})
	),
	entscheidung: sectionAction('entscheidung', DecisionInput, 'gespeichert', (user, id, d) =>
		pilots.setDecision(
			db,
			user,
			id,
			d.decision
				? { decision: d.decision, reasoning: d.decisionReasoning ?? '', decidedOn: d.decidedOn }
				: null
		)
	),
	schuleHinzufuegen: sectionAction('schulen', SchoolInput, 'hinzugefuegt', (user, id, d) =>
		pilots.addPilotSchool(db, user, id, d.schoolId)
	),
	schuleEntfernen: sectionAction('schulen', RowInput, 'entfernt', (user, id, d) =>
		pilots.removePilotSchool(db, user, id, d.rowId)
	),
	massnahmeVerknuepfen: sectionAction('massnahmen', MeasureLinkInput, 'verknuepft', (user, id, d) =>
		pilots.linkMeasure(db, user, id, d.measureId)
	),
	massnahmeLoesen: sectionAction('massnahmen', RowInput, 'geloest', (user, id, d) =>
		pilots.unlinkMeasure(db, user, id, d.rowId)
	),
	meilenstein: sectionAction('meilensteine', MilestoneInput, 'angelegt', (user, id, d) =>
		pilots.addMilestone(db, user, id, {
			title: d.milestoneTitle,
			dueOn: d.milestoneDue,
			owner: d.milestoneOwner
		})
	),
	meilensteinErledigt: sectionAction('meilensteine', RowInput, 'erledigt', (user, id, d) =>
		pilots.setMilestoneDone(db, user, id, d.rowId, true)
	),
	meilensteinOffen: sectionAction('meilensteine', RowInput, 'offen', (user, id, d) =>
		pilots.setMilestoneDone(db, user, id, d.rowId, false)
	),
	meilensteinLoeschen: sectionAction('meilensteine', RowInput, 'geloescht', (user, id, d) =>
		pilots.deleteMilestone(db, user, id, d.rowId)
	),
	kennzahl: sectionAction('kennzahlen', KpiInput, 'angelegt', (user, id, d) =>
		pilots.addKpi(db, user, id, {
			name: d.kpiName,
			unit: d.kpiUnit,
			baseline: d.kpiBaseline,
			target: d.kpiTarget,
			direction: d.kpiDirection
		})
	),
	kennzahlLoeschen: sectionAction('kennzahlen', RowInput, 'geloescht', (user, id, d) =>
		pilots.deleteKpi(db, user, id, d.rowId)
	),
	messwert: sectionAction('kennzahlen', MeasurementInput, 'messwert', (user, id, d) =>
		pilots.addMeasurement(db, user, id, d.measurementKpi, {
			measuredOn: d.measuredOn,
			value: d.measurementValue,
			note: d.measurementNote
		})
	),
	messwertLoeschen: sectionAction('kennzahlen', RowInput, 'messwert-geloescht', (user, id, d) =>
		pilots.deleteMeasurement(db, user, id, d.rowId)
	),
	risiko: sectionAction('risiken', RiskInput, 'angelegt', (user, id, d) =>
		pilots.addRisk(db, user, id, {
			title: d.riskTitle,
			likelihood: d.riskLikelihood,
			impact: d.riskImpact,
			mitigation: d.riskMitigation,
			status: d.riskStatus
		})
	),
	risikoStatus: sectionAction(
		'risiken',
		RiskStatusInput,
		'status',
		(user, id, d) => pilots.setRiskStatus(db, user, id, d.riskId, d.riskStatus),
		['riskId', 'riskStatus']
	),
	risikoLoeschen: sectionAction('risiken', RowInput, 'geloescht', (user, id, d) =>
		pilots.deleteRisk(db, user, id, d.rowId)
	),
	erkenntnis: sectionAction('erkenntnisse', LessonInput, 'angelegt', (user, id, d) =>
		pilots.addLesson(db, user, id, d.lessonText)
	),
	erkenntnisLoeschen: sectionAction('erkenntnisse', RowInput, 'geloescht', (user, id, d) =>
		pilots.deleteLesson(db, user, id, d.rowId)
	)
} satisfies Actions;
