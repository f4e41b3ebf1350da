// Evaluation services on the demo data: figures equal the pure computation, the threshold rule holds
// for every school, breakdown and export, and free texts reach only the school's own lead.
import { beforeAll, describe, expect, it } from 'vitest';
import { IT_STAFF, SCHOOL_LEAD } from '../../db/demo-answers';
import { DEMO_ORGS } from '../../db/demo-data';
import { TEACHERS_MS_GS, TEACHERS_MS_GY } from '../../db/demo-teacher-answers';
import {
	itStaffQuestionnaire,
	schoolLeadQuestionnaire,
	teacherQuestionnaire
} from '../../db/questionnaires';
import { validateAnswer } from '../../src/lib/domain/questionnaire/validate';
import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import { computeIndicators, roleGaps, surveyView } from '../../src/lib/domain/evaluation';
import type { Answers } from '../../src/lib/domain/questionnaire/types';
import { aggregateSurvey } from '../../src/lib/domain/survey';
import type { Db } from '../../src/lib/server/db/client';
import * as evaluation from '../../src/lib/server/evaluation';
import * as survey from '../../src/lib/server/survey';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { musterstadtRoundId } from '../helpers/survey-fixtures';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;
let roundId: string;
const now = new Date('2026-11-24T10:00:00Z');

beforeAll(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	roundId = await musterstadtRoundId(db);
});

/** The demo answers as stored: normalised by the engine, like the seed does. */
function stored(definition: QuestionnaireDefinition, answers: Record<string, unknown>): Answers {
	const questions = definition.sections.flatMap((x) => x.questions);
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(answers)) {
		const q = questions.find((x) => x.key === key);
		const r = q ? validateAnswer(q, value) : null;
		if (r?.ok) out[key] = r.value;
	}
	return out as Answers;
}

const gyInput = () => ({
	school: {
		id: DEMO_ORGS.msGy.id,
		name: DEMO_ORGS.msGy.name,
		schoolType: 'GY' as const,
		pupils: 742,
		classes: 28,
		teachers: 61
	},
	schoolLead: stored(schoolLeadQuestionnaire, SCHOOL_LEAD.msGy),
	itStaff: stored(itStaffQuestionnaire, IT_STAFF.msGy),
	referenceYear: 2026
});

describe('school evaluation (Goethe-Gymnasium, 14 responses)', () => {
	it('indicators equal the pure computation on the demo answers', async () => {
		const result = await evaluation.getSchoolEvaluation(
			db,
			w.users.leadMsGy,
			roundId,
			w.orgs.msGy,
			now
		);
		expect(result.indicators).toEqual(computeIndicators(gyInput()));
		expect(
			result.indicators.find((i) => i.key === 'bandwidthPerClass')?.inputs.map((i) => i.key)
		).toEqual(['connectivity.type', 'connectivity.down_mbit', 'school.classes_total']);
		// fibre with 1000 Mbit/s: the Saxon gigabit target is met, whatever the Mbit/s per class
		expect(result.indicators.find((i) => i.key === 'bandwidthPerClass')?.light).toBe('gruen');
	});

	it('survey aggregates equal the pure aggregation of the demo teacher answers', async () => {
		const result = await evaluation.getSchoolEvaluation(
			db,
			w.users.operatorMs,
			roundId,
			w.orgs.msGy,
			now
		);
		const pure = aggregateSurvey(teacherQuestionnaire, TEACHERS_MS_GY as Answers[]);
		expect(result.survey?.n).toBe(14);
		expect(result.survey?.shown).toBe(true);
		// responses come back in random-id order; aggregates do not depend on order
		expect(result.survey?.results.questions).toEqual(pure.questions);
		expect(result.survey?.digCompEdu[0].series[0].values).toEqual(
			surveyView(teacherQuestionnaire, TEACHERS_MS_GY as Answers[]).digCompEdu[0].series[0].values
		);
		for (const block of result.survey?.blocks ?? []) {
			if (block.chart) expect(block.chart.textAlternative.length).toBeGreaterThan(20);
		}
	});

	it('role gaps: IT staff rate support better than the teachers (flagged)', async () => {
		const result = await evaluation.getSchoolEvaluation(
			db,
			w.users.consultantMs,
			roundId,
			w.orgs.msGy,
			now
		);
		expect(result.roleGaps).toEqual(
			roleGaps({
				schoolLead: SCHOOL_LEAD.msGy as Answers,
				itStaff: IT_STAFF.msGy as Answers,
				teachers: TEACHERS_MS_GY as Answers[]
			})
		);
		expect(result.roleGaps.find((g) => g.key === 'support')).toMatchObject({
			shown: true,
			roleValue: 4,
			flagged: true
		});
	});

	it('the subject-group breakdown hides groups below 5', async () => {
		const result = await evaluation.getSchoolEvaluation(
			db,
			w.users.leadMsGy,
			roundId,
			w.orgs.msGy,
			now
		);
		const groups = result.survey?.breakdown?.groups ?? [];
		expect(groups.find((g) => g.value === 'mint')?.result.shown).toBe(true); // 5 teachers
		expect(groups.find((g) => g.value === 'aesthetik_sport')?.result).toMatchObject({
			shown: false,
			n: null
		});
	});
});

describe('suppression on the demo data (Grundschule, 3 responses)', () => {
	it('shows nothing of the survey and no role gap', async () => {
		const result = await evaluation.getSchoolEvaluation(
			db,
			w.users.leadMsGs,
			roundId,
			w.orgs.msGs,
			now
		);
		// 3 responses: no snapshot yet, so the results read nothing at all (issue 10, point 5)
		expect(TEACHERS_MS_GS.length).toBeLessThan(5);
		expect(result.survey?.n).toBe(0);
		expect(result.survey?.shown).toBe(false);
		expect(result.survey?.blocks).toEqual([]);
		expect(result.survey?.digCompEdu).toEqual([]);
		expect(result.survey?.breakdown).toBeNull();
		expect(result.roleGaps.every((g) => !g.shown && g.teacherValue === null)).toBe(true);
	});
});

describe('free texts', () => {
	it('are off by default, then visible to the school lead alone (14 ≥ 10)', async () => {
		const off = await evaluation.getSchoolEvaluation(
			db,
			w.users.leadMsGy,
			roundId,
			w.orgs.msGy,
			now
		);
		expect(off.survey?.results.freeText).toBeNull();
		await survey.setFreeTextVisible(db, w.users.leadMsGy, roundId, w.orgs.msGy, true, now);
		const on = await evaluation.getSchoolEvaluation(
			db,
			w.users.leadMsGy,
			roundId,
			w.orgs.msGy,
			now
		);
		expect(
			on.survey?.results.freeText?.shown && on.survey.results.freeText.value[0].texts
		).toHaveLength(4);
		for (const user of [w.users.consultantMs, w.users.operatorMs, w.users.admin]) {
			const other = await evaluation.getSchoolEvaluation(db, user, roundId, w.orgs.msGy, now);
			expect(other.survey?.results.freeText).toBeNull();
			expect(JSON.stringify(other)).not.toContain('Altbau');
		}
		await survey.setFreeTextVisible(db, w.users.leadMsGy, roundId, w.orgs.msGy, false, now);
	});
});

describe('round evaluation and export', () => {
	it('all schools side by side; the pool leaves out schools below 5', async () => {
		const result = await evaluation.getRoundEvaluation(db, w.users.operatorMs, roundId, now);
		expect(result.schools.map((s) => s.school.name)).toHaveLength(4);
		const gs = result.schools.find((s) => s.school.id === w.orgs.msGs);
		expect(gs).toMatchObject({
			teacherResponses: null,
			teacherResponsesBelowThreshold: true,
			surveyOpen: true
		});
		expect(result.schools.find((s) => s.school.id === w.orgs.msGy)?.teacherResponses).toBe(14);
		expect(result.pooledSurvey?.n).toBe(14);
		expect(result).toMatchObject({ schoolsInPool: 1, schoolsLeftOutOfPool: 1 });
		const gy = result.schools.find((s) => s.school.id === w.orgs.msGy);
		expect(gy?.indicators).toEqual(computeIndicators(gyInput()));
	});

	it('the CSV holds aggregates only where allowed, never free text', async () => {
		await survey.setFreeTextVisible(db, w.users.leadMsGy, roundId, w.orgs.msGy, true, now);
		const { csv, fileName } = await evaluation.exportRoundEvaluationCsv(
			db,
			w.users.consultantMs,
			roundId,
			now
		);
		expect(fileName).toMatch(/\.csv$/);
		const lines = csv.split('\r\n');
		expect(lines[0]).toContain('Ebene;Schule;Schulnummer;Bereich');
		expect(csv).not.toContain('Altbau');
		const gsSurvey = lines.filter(
			(l) => l.includes('Grundschule Am Lindenhof') && l.includes('Befragung')
		);
		expect(gsSurvey).toHaveLength(1);
		expect(gsSurvey[0]).toContain('weniger als 5 Antworten');
		expect(
			lines.some(
				(l) => l.includes('Goethe-Gymnasium') && l.includes('use.frequency') && l.includes(';14;')
			)
		).toBe(true);
		await survey.setFreeTextVisible(db, w.users.leadMsGy, roundId, w.orgs.msGy, false, now);
	});

	it('the consultant overview counts lights and surveys', async () => {
		const rows = await evaluation.getEvaluationOverview(db, w.users.consultantMs, now);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ schools: 4, schoolsWithSurvey: 1, teacherResponses: 14 });
		expect(Object.values(rows[0].lights).reduce((a, b) => a + b, 0)).toBe(4 * 12);
	});
});
