// The list of migrations, in order. A static list (not a folder scan) so that tsx, Vitest and the
// benchmark load the same modules without file-system tricks. Add new files at the end.
import type { Migration } from 'kysely';
import * as foundation from './2026_11_24_0001_foundation';
import * as roundsAndAnswers from './2026_11_24_0300_rounds_and_answers';
import * as teacherSurvey from './2026_11_24_0400_teacher_survey';
import * as pdfCache from './2026_11_24_0500_pdf_cache';
import * as pilotProjects from './2026_11_24_0600_pilot_projects';
import * as measuresAndCosts from './2026_11_24_0700_measures_and_costs';
import * as conceptsAndReviews from './2026_11_24_0800_concepts_and_reviews';
import * as surveySnapshots from './2026_12_07_1100_survey_snapshots';

export const migrations: Record<string, Migration> = {
	'2026_11_24_0001_foundation': foundation,
	'2026_11_24_0300_rounds_and_answers': roundsAndAnswers,
	'2026_11_24_0400_teacher_survey': teacherSurvey,
	'2026_11_24_0500_pdf_cache': pdfCache,
	'2026_11_24_0600_pilot_projects': pilotProjects,
	'2026_11_24_0700_measures_and_costs': measuresAndCosts,
	'2026_11_24_0800_concepts_and_reviews': conceptsAndReviews,
	'2026_12_07_1100_survey_snapshots': surveySnapshots
};
