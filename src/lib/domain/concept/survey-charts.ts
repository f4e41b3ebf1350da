// The teacher survey charts a concept shows per school: only aggregates the threshold rule lets
// through (the survey as a whole below the threshold shows nothing but that fact). Pure.
import type { ConceptSchool, SurveyTopic } from './input';
import {
	digCompEduProfileChart,
	distributionChart,
	rankingChart,
	type ChartModel
} from '../evaluation';
import type { LevelAggregate, SurveyResults } from '../survey';

const RANKINGS: [SurveyTopic, string][] = [
	['kmk_areas', 'use.kmk_areas'],
	['obstacles', 'use.obstacles'],
	['training_needs', 'training.needs_top3'],
	['training_formats', 'training.formats']
];

export function surveyCharts(results: SurveyResults): Partial<Record<SurveyTopic, ChartModel>> {
	const shown = (key: string) => {
		const r = results.questions.find((q) => q.key === key)?.result;
		return r && r.shown ? r.value : undefined;
	};
	const charts: Partial<Record<SurveyTopic, ChartModel>> = {};
	const frequency = shown('use.frequency');
	if (frequency?.kind === 'distribution') charts.frequency = distributionChart(frequency);
	for (const [topic, key] of RANKINGS) {
		const value = shown(key);
		if (value?.kind === 'ranking') charts[topic] = rankingChart(value);
	}
	const levels = results.questions.flatMap((q) =>
		q.result.shown && q.result.value.kind === 'levels' ? [q.result.value as LevelAggregate] : []
	);
	if (levels.length) charts.digcompedu = digCompEduProfileChart(levels);
	return charts;
}

/** A school's survey part of the concept: null without a survey, no number below the threshold. */
export function conceptSurvey(results: SurveyResults | null): ConceptSchool['survey'] {
	if (!results) return null;
	if (!results.overall.shown) return { respondents: null, charts: {} };
	return { respondents: results.n, charts: surveyCharts(results) };
}
