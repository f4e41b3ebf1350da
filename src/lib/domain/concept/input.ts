// What the concept is assembled from: the evaluation per school, survey charts (only groups at or
// above the threshold), findings, the owned measures, the cost plan, pilot projects and the
// narrative text per chapter. The server gathers it; assembleConcept turns it into the document. Pure.
import type { CostPlan } from '../costs/plan';
import type { PriceCatalogueItem } from '../costs/price-catalogue';
import type { ChartModel } from '../evaluation/charts';
import type { IndicatorRollup } from '../evaluation/rollup';
import type { Indicator } from '../evaluation/types';
import type { Measure } from '../measures/measure';
import type { Finding, SchoolFacts } from '../measures/types';
import type { AnswerValue } from '../questionnaire/types';
import type { SectionKey } from './model';

export const SURVEY_TOPICS = [
	'frequency',
	'kmk_areas',
	'obstacles',
	'digcompedu',
	'training_needs',
	'training_formats'
] as const;
export type SurveyTopic = (typeof SURVEY_TOPICS)[number];

export interface ConceptSchool {
	facts: SchoolFacts;
	/** the school lead's and IT staff's answers (chapters, the answers appendix) */
	answers?: {
		schoolLead: Readonly<Record<string, AnswerValue | null | undefined>>;
		itStaff: Readonly<Record<string, AnswerValue | null | undefined>>;
	};
	indicators: readonly Indicator[];
	survey: {
		/** null: below the threshold (nothing but the fact of suppression is shown) */
		respondents: number | null;
		charts: Partial<Record<SurveyTopic, ChartModel>>;
	} | null;
}

export interface QuestionnaireMeta {
	title: string;
	version: string;
	audience: string;
	/** submitted (or in progress) responses in the round */
	responses: number;
}

export interface PilotProjectSummary {
	title: string;
	goal: string;
	schools: string[];
	period: string;
	status: string;
	decision: string | null;
}

export interface ConceptInput {
	title?: string;
	operatorName: string;
	/** e.g. "Stadt Musterstadt, Schulverwaltungsamt" */
	operatorDetail?: string;
	schools: readonly ConceptSchool[];
	rollup: readonly IndicatorRollup[];
	findings: readonly Finding[];
	/** owned measures (rejected ones are listed separately with their reason) */
	measures: readonly Measure[];
	costPlan: CostPlan;
	/** the catalogue the plan was priced with (renewal cycles); default: the shipped one */
	catalogue?: readonly PriceCatalogueItem[];
	pilotProjects: readonly PilotProjectSummary[];
	/** the round's questionnaire definitions (labels and formats of the answers) */
	definitions?: Partial<
		Record<
			'schoolLead' | 'itStaff' | 'operator',
			import('../questionnaire/types').QuestionnaireDefinition
		>
	>;
	/** the Schulträger's answers (budget, allocations, support, renewal, council resolution) */
	operatorAnswers?: Readonly<Record<string, AnswerValue | null | undefined>>;
	questionnaires: readonly QuestionnaireMeta[];
	/** narrative text per chapter (tiny markup, see narrative.ts); missing → default text */
	narratives: Partial<Record<SectionKey, string>>;
	/** e.g. "Herbst 2027"; default: the second plan year */
	nextReview?: string;
}
