// Issue 10, point 5: the differencing attack. Someone exports every view of the teacher survey, a
// colleague sends one response, they export again: nothing may have changed, because every view reads
// the wave's snapshot, and a new snapshot needs 5 new responses and a new day (domain/survey/release.ts).
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_SURVEY_CODES } from '../../db/seed-survey';
import { berlinDate } from '../../src/lib/domain/survey/dates';
import { getLiveConcept } from '../../src/lib/server/concepts';
import type { Db } from '../../src/lib/server/db/client';
import * as evaluation from '../../src/lib/server/evaluation';
import { renderConceptPdf } from '../../src/lib/server/pdf/concept-document';
import * as survey from '../../src/lib/server/survey';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { musterstadtRoundId, recordingClient, teacherForm } from '../helpers/survey-fixtures';
import { createTestDb } from '../helpers/test-db';

const DAY = 24 * 60 * 60 * 1000;
let db: Db;
let w: DemoWorld;
let roundId: string;
/** the seed took the Gymnasium's snapshot (14 responses) today */
const seededAt = new Date();

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	roundId = await musterstadtRoundId(db);
});

/** Everything anyone can see or export of the survey results, as one comparable value. */
async function everyView(at: Date) {
	const pdfMeta = {
		version: 1,
		date: '2026-12-07',
		status: 'Entwurf',
		author: 'Stadt Musterstadt'
	};
	const concept = await getLiveConcept(db, w.users.operatorMs, roundId, at);
	return {
		schoolAsLead: await evaluation.getSchoolEvaluation(
			db,
			w.users.leadMsGy,
			roundId,
			w.orgs.msGy,
			at
		),
		schoolAsOperator: await evaluation.getSchoolEvaluation(
			db,
			w.users.operatorMs,
			roundId,
			w.orgs.msGy,
			at
		),
		round: await evaluation.getRoundEvaluation(db, w.users.operatorMs, roundId, at),
		overview: await evaluation.getEvaluationOverview(db, w.users.consultantMs, at),
		csv: (await evaluation.exportRoundEvaluationCsv(db, w.users.operatorMs, roundId, at)).csv,
		concept: concept.document,
		pdf: JSON.stringify(renderConceptPdf(concept.document, pdfMeta)),
		admin: await survey.getSurveyAdmin(db, w.users.leadMsGy, roundId, w.orgs.msGy, at)
	};
}

async function respond(at: Date, count = 1) {
	for (let i = 0; i < count; i++) {
		await survey.submitSurvey(
			db,
			DEMO_SURVEY_CODES.msGy,
			randomUUID(),
			teacherForm({ 'use.frequency': 'nie', 'digcompedu.teaching': 'C2' }),
			recordingClient(),
			at
		);
	}
}

describe('the differencing attack on the teacher survey', () => {
	it('one new response changes no view and no export, not even the next day', async () => {
		const before = await everyView(seededAt);
		expect(before.round.schools.find((s) => s.school.id === w.orgs.msGy)?.teacherResponses).toBe(
			14
		);
		await respond(seededAt);
		expect(await everyView(seededAt)).toEqual(before);
		const nextDay = new Date(seededAt.getTime() + DAY);
		expect(await everyView(nextDay)).toEqual(before);
	});

	it('four new responses change nothing; the fifth lets the next day’s snapshot take all five', async () => {
		const day1 = new Date(seededAt.getTime() + DAY);
		const day2 = new Date(seededAt.getTime() + 2 * DAY);
		const before = await everyView(day1);
		await respond(day1, 4);
		expect(await everyView(day1)).toEqual(before);
		expect(await everyView(day2)).toEqual(before);
		await respond(day2);
		const after = await everyView(day2);
		expect(after.csv).not.toEqual(before.csv);
		expect(after.round.schools.find((s) => s.school.id === w.orgs.msGy)?.teacherResponses).toBe(19);
		expect(after.admin.snapshot).toEqual({ takenOn: berlinDate(day2), responseCount: 19 });
		// and the results hold still again until 5 more arrive on a later day
		await respond(day2);
		const later = await everyView(day2);
		expect(later.admin.responseBand).toBe('20 bis 49'); // the live band moved (19 → 20) …
		expect({ ...later, admin: after.admin }).toEqual(after); // … the results did not
	});

	it('five new responses on the day of the last snapshot wait for the next day', async () => {
		const before = await everyView(seededAt);
		await respond(seededAt, 5);
		expect(await everyView(seededAt)).toEqual(before);
		const nextDay = new Date(seededAt.getTime() + DAY);
		const after = await everyView(nextDay);
		expect(after.schoolAsOperator.survey?.n).toBe(19);
	});

	it('closing the wave releases nothing that the rule holds back', async () => {
		const before = await everyView(seededAt);
		await respond(seededAt, 2);
		await survey.closeSurvey(db, w.users.leadMsGy, roundId, w.orgs.msGy, seededAt);
		const nextDay = new Date(seededAt.getTime() + DAY);
		const after = await everyView(nextDay);
		expect(after.csv).toEqual(before.csv);
		expect(after.schoolAsLead.survey).toEqual(before.schoolAsLead.survey);
	});

	it('the live count is shown in bands', async () => {
		const { responseBand } = await survey.getSurveyAdmin(
			db,
			w.users.leadMsGy,
			roundId,
			w.orgs.msGy,
			seededAt
		);
		expect(responseBand).toBe('10 bis 19');
		const gs = await survey.getSurveyAdmin(db, w.users.leadMsGs, roundId, w.orgs.msGs, seededAt);
		expect(gs.responseBand).toBe('weniger als 5');
		expect(gs.snapshot).toBeNull();
	});
});
