// A realistic concept input for tests and sample PDFs: the Musterstadt demo schools with their demo
// answers, generated anonymous teacher responses (14, 9, 3 and none), the rule proposals turned into
// owned measures, and a cost plan with existing equipment and the measures' cost items.
import { conceptSurvey } from '../../src/lib/domain/concept/survey-charts';
import { DEMO_ORGS } from '../../db/demo-data';
import { IT_STAFF, OPERATOR_MUSTERSTADT, SCHOOL_LEAD } from '../../db/demo-answers';
import {
	itStaffQuestionnaire,
	operatorQuestionnaire,
	QUESTIONNAIRES,
	schoolLeadQuestionnaire,
	teacherQuestionnaire
} from '../../db/questionnaires';
import { buildCostPlan, euros, type CostItem, type SchoolPupils } from '../../src/lib/domain/costs';
import type { ConceptInput, ConceptSchool } from '../../src/lib/domain/concept';
import { rollupOperator, type SchoolEvaluationInput } from '../../src/lib/domain/evaluation';
import {
	costItemsFromLines,
	proposeMeasures,
	ruleContext,
	schoolRuleInput,
	type Measure
} from '../../src/lib/domain/measures';
import type { Answers, AnswerValue, Question } from '../../src/lib/domain/questionnaire/types';
import { aggregateSurvey } from '../../src/lib/domain/survey';

const KEYS = ['msGs', 'msOs', 'msGy', 'msFoes'] as const;
const TEACHER_RESPONSES: Record<(typeof KEYS)[number], number> = {
	msGs: 3,
	msOs: 9,
	msGy: 14,
	msFoes: 0
};

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function answerFor(q: Question, rnd: () => number, skill: number): AnswerValue | null {
	const pick = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(rnd() * xs.length))];
	switch (q.type) {
		case 'single':
			return pick(q.options).value;
		case 'multi':
			return {
				selected: q.options
					.filter(() => rnd() < 0.35)
					.map((o) => o.value)
					.slice(0, 3)
			};
		case 'likert':
			return (1 + Math.min(4, Math.floor(rnd() * 3 + skill))) as 1 | 2 | 3 | 4 | 5;
		case 'digcompedu':
			return (['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const)[
				Math.min(5, Math.floor(rnd() * 3 + skill))
			];
		case 'boolean':
			return rnd() < 0.3;
		default:
			return null;
	}
}

function teacherResponses(count: number, seed: number, skill: number): Answers[] {
	const rnd = random(seed);
	return Array.from({ length: count }, () => {
		const answers: Record<string, AnswerValue | null> = {};
		for (const s of teacherQuestionnaire.sections)
			for (const q of s.questions) {
				const v = answerFor(q, rnd, skill);
				if (v !== null && !(typeof v === 'object' && 'selected' in v && v.selected.length === 0))
					answers[q.key] = v;
			}
		return answers as Answers;
	});
}

const OWNERS: Record<string, string> = {
	infrastructure: 'Schulverwaltungsamt, SG IT',
	devices: 'Schulverwaltungsamt, SG IT',
	presentation: 'Hochbauamt / SG IT',
	platforms: 'Medienkoordination der Schulen',
	support: 'Schulverwaltungsamt',
	training: 'Schulleitungen mit LaSuB',
	pedagogy: 'Schulleitungen',
	data_protection: 'Schulleitungen mit dem DSB für die öffentlichen Schulen (LaSuB)'
};

type AnswerRecord = Record<string, unknown>;
/** Wraps each answer record (e.g. in a Proxy that records which keys are read). */
export type AnswerWrapper = (
	answers: AnswerRecord,
	origin: 'schoolLead' | 'itStaff' | 'operator'
) => AnswerRecord;

export function sampleConceptInput(
	narratives: ConceptInput['narratives'] = {},
	wrap: AnswerWrapper = (a) => a
): ConceptInput {
	const context = ruleContext(2026);
	const operatorAnswers = wrap(OPERATOR_MUSTERSTADT, 'operator');
	const evaluations: SchoolEvaluationInput[] = KEYS.map((k) => {
		const o = DEMO_ORGS[k];
		return {
			school: {
				id: o.id,
				name: o.name,
				schoolType: o.schoolType,
				pupils: o.pupils,
				classes: o.classes,
				teachers: o.teachers
			},
			schoolLead: wrap(SCHOOL_LEAD[k], 'schoolLead') as SchoolEvaluationInput['schoolLead'],
			itStaff: wrap(
				((IT_STAFF as Record<string, unknown>)[k] ?? {}) as AnswerRecord,
				'itStaff'
			) as SchoolEvaluationInput['itStaff'],
			operator: operatorAnswers as SchoolEvaluationInput['operator'],
			referenceYear: 2026
		};
	});
	const surveys = KEYS.map((k, i) =>
		TEACHER_RESPONSES[k]
			? aggregateSurvey(
					teacherQuestionnaire,
					teacherResponses(TEACHER_RESPONSES[k], 7 + i, i === 2 ? 2 : 1)
				)
			: null
	);
	const ruleInputs = evaluations.map((e, i) => schoolRuleInput(e, surveys[i]));
	const { findings, measures: proposals } = proposeMeasures(ruleInputs, context);
	const quarter = (p: string, end: boolean) =>
		p === 'high'
			? end
				? '2026-Q4'
				: '2026-Q1'
			: p === 'medium'
				? end
					? '2027-Q4'
					: '2027-Q1'
				: end
					? '2028-Q4'
					: '2028-Q1';
	const items: CostItem[] = [];
	const measures: Measure[] = proposals.map((p, i) => {
		const rejected = p.ruleId === 'network.renewal';
		// funding per line from the programme data (DP 2.0 allocation, Land, own budget)
		if (!rejected)
			items.push(
				...costItemsFromLines(p.costLines, context, {
					measureId: `m${i + 1}`,
					idPrefix: `m${i + 1}-`
				})
			);
		return {
			id: `m${i + 1}`,
			ruleId: p.ruleId,
			title: p.title,
			description: p.description,
			actionField: p.actionField,
			schoolIds: p.schoolIds,
			owner: OWNERS[p.actionField],
			priority: p.priority,
			startQuarter: quarter(p.priority, false),
			endQuarter: quarter(p.priority, true),
			status: rejected ? 'rejected' : i % 4 === 1 ? 'in_progress' : 'planned',
			rejectionReason: rejected
				? 'Die Switches sind im Haushalt 2029 eingeplant; eine vorgezogene Erneuerung ist nicht nötig.'
				: null,
			reasons: p.reasons,
			investment: p.estimate.investment,
			runningPerYear: p.estimate.runningPerYear
		} satisfies Measure;
	});
	// existing equipment and running costs: replacements fall into the plan years
	for (const [i, e] of evaluations.entries()) {
		const facts = ruleInputs[i].facts;
		const renewed = proposals.some(
			(p) =>
				(p.ruleId === 'devices.renewal' || p.ruleId === 'inventory.renewal') &&
				p.schoolIds.includes(e.school.id)
		);
		if (facts.studentDevices && !renewed)
			items.push({
				id: `bestand-tab-${i}`,
				category: 'student_devices',
				label: 'Bestand Schülergeräte (Ersatz)',
				quantity: facts.studentDevices,
				unitPrice: euros(540),
				kind: 'investment',
				usefulLifeYears: 5,
				firstYear: 2021 + i,
				fundingSource: 'own',
				fundingRatePercent: 0,
				schoolId: e.school.id
			});
		items.push({
			id: `internet-${i}`,
			category: 'connectivity',
			label: 'Internetzugang (Bestandsvertrag)',
			quantity: 1,
			unitPrice: euros(1800),
			kind: 'running',
			usefulLifeYears: null,
			firstYear: 2020,
			fundingSource: 'own',
			fundingRatePercent: 0,
			schoolId: e.school.id
		});
	}
	items.push({
		id: 'support-vertrag',
		category: 'support',
		label: 'IT-Dienstleister 2nd-Level (Rahmenvertrag)',
		quantity: 1,
		unitPrice: euros(42000),
		kind: 'running',
		usefulLifeYears: null,
		firstYear: 2026,
		fundingSource: 'own',
		fundingRatePercent: 0,
		schoolId: null
	});
	const pupils: SchoolPupils[] = evaluations.map((e) => ({
		schoolId: e.school.id,
		name: e.school.name,
		type: e.school.schoolType!,
		pupils: e.school.pupils ?? 0
	}));
	const schools: ConceptSchool[] = ruleInputs.map((r, i) => ({
		facts: r.facts,
		answers: { schoolLead: evaluations[i].schoolLead, itStaff: evaluations[i].itStaff },
		indicators: r.indicators,
		survey: conceptSurvey(surveys[i] ?? null)
	}));
	return {
		operatorName: DEMO_ORGS.musterstadt.name,
		schools,
		rollup: rollupOperator(evaluations).indicators,
		findings,
		measures,
		costPlan: buildCostPlan(items, context.period, pupils),
		pilotProjects: [],
		operatorAnswers: operatorAnswers as ConceptInput['operatorAnswers'],
		definitions: {
			schoolLead: schoolLeadQuestionnaire,
			itStaff: itStaffQuestionnaire,
			operator: operatorQuestionnaire
		},
		questionnaires: QUESTIONNAIRES.map((q) => ({
			title: q.title,
			version: String(q.version),
			audience: q.audience,
			responses: q.audience === 'teacher' ? 26 : 4
		})),
		narratives
	};
}
