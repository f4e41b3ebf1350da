// Adapters from the evaluation (issue 4) to the rule inputs: a school's facts from its answers and
// master data, and survey signals from the aggregated teacher survey (only groups shown). Pure.
import { computeIndicators } from '../evaluation/indicators';
import { InputReader } from '../evaluation/reader';
import type { SchoolEvaluationInput } from '../evaluation/types';
import type { LevelAggregate, QuestionAggregate, SurveyResults } from '../survey/aggregate';
import { round1 } from '../survey/aggregate';
import type { SchoolRuleInput } from './rule-kit';
import type { SchoolFacts, SurveySignals } from './types';

export function schoolFactsFrom(input: SchoolEvaluationInput): SchoolFacts {
	const r = new InputReader(input);
	const classrooms = r.number('school_lead', 'rooms.classrooms', 'Allgemeine Unterrichtsräume');
	const subjectRooms = r.number('school_lead', 'rooms.subject_rooms', 'Fachunterrichtsräume');
	return {
		schoolId: input.school.id,
		name: input.school.name,
		type: input.school.schoolType,
		pupils: r.pupils(),
		classes: r.classes(),
		teachers: r.teachers(),
		teachingRooms: classrooms === null ? null : classrooms + (subjectRooms ?? 0),
		studentDevices: r.gridSum('it_staff', 'devices.student_devices', 'Schülergeräte'),
		teacherDevices: r.number('it_staff', 'devices.teacher_devices', 'Lehrkräftegeräte'),
		technicianFte: r.number('it_staff', 'support.technician_fte', 'Technisches Personal (VZÄ)')
	};
}

function shownAggregates(results: SurveyResults): QuestionAggregate[] {
	return results.questions.flatMap((q) => (q.result.shown ? [q.result.value] : []));
}

/** Survey signals, or null when the survey as a whole is below the threshold. */
export function surveySignalsFrom(results: SurveyResults): SurveySignals | null {
	if (!results.overall.shown) return null;
	const aggregates = shownAggregates(results);
	const levels = aggregates.filter((a): a is LevelAggregate => a.kind === 'levels');
	let low = 0;
	let rated = 0;
	for (const a of levels) {
		rated += a.base - a.noAnswer;
		low += a.items
			.filter((i) => i.value === 'A1' || i.value === 'A2')
			.reduce((s, i) => s + i.count, 0);
	}
	const frequency = aggregates.find((a) => a.key === 'use.frequency');
	const rare =
		frequency && frequency.base > 0
			? frequency.items
					.filter((i) => i.value === 'nie' || i.value === 'selten')
					.reduce((s, i) => s + i.count, 0)
			: null;
	const obstacles = aggregates.find((a) => a.key === 'use.obstacles');
	return {
		respondents: results.n,
		lowProficiencyShare: rated > 0 ? round1((low / rated) * 100) : null,
		rareUseShare: frequency && rare !== null ? round1((rare / frequency.base) * 100) : null,
		obstacles: obstacles
			? obstacles.items.map((i) => ({ value: i.value, label: i.label, share: i.share }))
			: []
	};
}

/** Everything the rules need for one school, computed from its evaluation input. */
export function schoolRuleInput(
	input: SchoolEvaluationInput,
	survey: SurveyResults | null = null
): SchoolRuleInput {
	return {
		facts: schoolFactsFrom(input),
		answers: {
			schoolLead: input.schoolLead,
			itStaff: input.itStaff,
			operator: input.operator ?? {}
		},
		indicators: computeIndicators(input),
		survey: survey ? surveySignalsFrom(survey) : null
	};
}
