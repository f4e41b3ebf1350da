// Authorization matrix of the teacher survey and the evaluation (issue 4, quality.md S4): a school lead
// sees only their school, an operator only their schools, a consultant only assigned Schulträger.
// Actors: admin, consultantMs, consultantBk, operatorMs, itMs, leadMsGs (school: msGs, sibling: msOs).
import * as evaluation from '../../src/lib/server/evaluation';
import * as survey from '../../src/lib/server/survey';
import { defineMatrix } from '../helpers/authorization-matrix';
import { musterstadtRoundId } from '../helpers/survey-fixtures';

defineMatrix('teacher survey × roles (seeded Musterstadt round)', [
	{
		action: 'getSurveyAdmin(msGs)',
		target: 'msGs',
		run: async (db, user, id) => survey.getSurveyAdmin(db, user, await musterstadtRoundId(db), id),
		expect: 'ok ok 404 403 403 ok'
	},
	{
		action: 'closeSurvey(msGs)',
		target: 'msGs',
		writes: true,
		run: async (db, user, id) => survey.closeSurvey(db, user, await musterstadtRoundId(db), id),
		expect: 'ok ok 404 403 403 ok'
	},
	{
		action: 'openSurvey(msOs) – another school of the same Schulträger',
		target: 'msOs',
		writes: true,
		run: async (db, user, id) => survey.openSurvey(db, user, await musterstadtRoundId(db), id),
		expect: 'ok ok 404 403 403 404'
	},
	{
		action: 'setFreeTextVisible(msGs) – the school lead alone',
		target: 'msGs',
		writes: true,
		run: async (db, user, id) =>
			survey.setFreeTextVisible(db, user, await musterstadtRoundId(db), id, true),
		expect: '403 403 404 403 403 ok'
	},
	{
		action: 'getSurveySheet(msGs)',
		target: 'msGs',
		run: async (db, user, id) => survey.getSurveySheet(db, user, await musterstadtRoundId(db), id),
		expect: 'ok ok 404 403 403 ok'
	}
]);

defineMatrix('evaluation × roles (seeded Musterstadt round)', [
	{
		action: 'getSchoolEvaluation(msGs) – own school',
		target: 'msGs',
		run: async (db, user, id) =>
			evaluation.getSchoolEvaluation(db, user, await musterstadtRoundId(db), id),
		expect: 'ok ok 404 ok 403 ok'
	},
	{
		action: 'getSchoolEvaluation(msOs) – another school',
		target: 'msOs',
		run: async (db, user, id) =>
			evaluation.getSchoolEvaluation(db, user, await musterstadtRoundId(db), id),
		expect: 'ok ok 404 ok 403 404'
	},
	{
		action: 'getRoundEvaluation(musterstadt)',
		run: async (db, user) => evaluation.getRoundEvaluation(db, user, await musterstadtRoundId(db)),
		expect: 'ok ok 404 ok 403 403'
	},
	{
		action: 'exportRoundEvaluationCsv(musterstadt)',
		run: async (db, user) =>
			evaluation.exportRoundEvaluationCsv(db, user, await musterstadtRoundId(db)),
		expect: 'ok ok 404 ok 403 403'
	},
	{
		action: 'getEvaluationOverview()',
		run: (db, user) => evaluation.getEvaluationOverview(db, user),
		expect: 'ok ok ok 403 403 403'
	}
]);
