// What the evaluation pages show of the teacher survey, built from the frozen definition and the
// responses: one chart per question (or the reason it is hidden), the DigCompEdu profile, and a
// breakdown of one rating by subject group, every part under the threshold rule. Pure.
import type { Answers, QuestionnaireDefinition } from '../questionnaire/types';
import { aggregateSurvey, type LevelAggregate, type SurveyResults } from '../survey/aggregate';
import { breakdown, type BreakdownGroup } from '../survey/breakdown';
import {
	digCompEduLevelsChart,
	digCompEduProfileChart,
	distributionChart,
	rankingChart,
	type ChartModel
} from './charts';
import { roundTo } from './format';

export interface SurveyChartBlock {
	key: string;
	title: string;
	sectionTitle: string;
	/** null when hidden; then `reason` says why */
	chart: ChartModel | null;
	reason: string | null;
}

export interface SurveyBreakdownView {
	title: string;
	metricLabel: string;
	groups: BreakdownGroup<{ mean: number | null }>[];
}

export interface SurveyView {
	n: number;
	results: SurveyResults;
	shown: boolean;
	blocks: SurveyChartBlock[];
	/** profile and stacked levels, when at least one area may be shown */
	digCompEdu: ChartModel[];
	breakdown: SurveyBreakdownView | null;
}

function sectionOf(definition: QuestionnaireDefinition, key: string) {
	for (const section of definition.sections) {
		const question = section.questions.find((q) => q.key === key);
		if (question) return { section, question };
	}
	return undefined;
}

function meanOf(group: Answers[], key: string): { mean: number | null } {
	const values = group.map((a) => a[key]).filter((v): v is number => typeof v === 'number');
	return {
		mean: values.length ? roundTo(values.reduce((a, b) => a + b, 0) / values.length, 2) : null
	};
}

export function surveyView(
	definition: QuestionnaireDefinition,
	responses: readonly Answers[],
	options: { includeFreeText?: boolean; breakdownBy?: string; breakdownMetric?: string } = {}
): SurveyView {
	const results = aggregateSurvey(definition, responses, {
		includeFreeText: options.includeFreeText
	});
	const blocks: SurveyChartBlock[] = [];
	const areas: LevelAggregate[] = [];
	for (const { key, result } of results.questions) {
		const found = sectionOf(definition, key);
		if (!found) continue;
		if (found.question.type === 'digcompedu') {
			if (result.shown) areas.push(result.value as LevelAggregate);
			continue;
		}
		const chart = !result.shown
			? null
			: result.value.kind === 'ranking'
				? rankingChart(result.value)
				: result.value.kind === 'distribution'
					? distributionChart(result.value)
					: null;
		blocks.push({
			key,
			title: found.question.label,
			sectionTitle: found.section.title,
			chart,
			reason: result.shown ? null : result.reason
		});
	}
	const digCompEdu =
		areas.length > 0 ? [digCompEduProfileChart(areas), digCompEduLevelsChart(areas)] : [];
	return {
		n: results.n,
		results,
		shown: results.overall.shown,
		blocks,
		digCompEdu,
		breakdown: breakdownView(definition, responses, results, options)
	};
}

function breakdownView(
	definition: QuestionnaireDefinition,
	responses: readonly Answers[],
	results: SurveyResults,
	options: { breakdownBy?: string; breakdownMetric?: string }
): SurveyBreakdownView | null {
	const by = sectionOf(definition, options.breakdownBy ?? 'use.subject_groups')?.question;
	const metric = sectionOf(definition, options.breakdownMetric ?? 'use.equipment_fit')?.question;
	if (!results.overall.shown || !by || !metric) return null;
	const groups = breakdown(by, responses, (g) => meanOf(g, metric.key));
	return {
		title: `Mittelwert (1–5) nach Antwort auf „${by.label}“`,
		metricLabel: metric.label,
		groups
	};
}
