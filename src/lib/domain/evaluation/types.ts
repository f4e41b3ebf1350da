// Shapes of the evaluation: indicators with traffic lights and their traceable inputs. Pure.
import type { AnswerValue } from '../questionnaire/types';
import type { SchoolType } from '../roles';

export const LIGHTS = ['gruen', 'gelb', 'rot', 'grau'] as const;
/** grau: not enough data to judge. */
export type TrafficLight = (typeof LIGHTS)[number];

export const LIGHT_LABELS: Record<TrafficLight, string> = {
	gruen: 'erfüllt',
	gelb: 'teilweise erfüllt',
	rot: 'nicht erfüllt',
	grau: 'keine Daten'
};

/** Where an input figure comes from. */
export type InputOrigin = 'school_lead' | 'it_staff' | 'stammdaten' | 'teacher';

export const INPUT_ORIGIN_LABELS: Record<InputOrigin, string> = {
	school_lead: 'Fragebogen Schulleitung',
	it_staff: 'Fragebogen IT-Betreuung',
	stammdaten: 'Stammdaten der Schule',
	teacher: 'Befragung der Lehrkräfte'
};

/** One figure an indicator was computed from: which answer (or master-data field) and its value. */
export interface IndicatorInput {
	/** question key (e.g. `connectivity.down_mbit`) or master-data field (`stammdaten.pupils`) */
	key: string;
	label: string;
	origin: InputOrigin;
	/** the value as stored (null: missing) */
	value: AnswerValue | null;
}

export interface Indicator {
	/** stable name of the pure function, e.g. `bandwidthPerClass` */
	key: string;
	label: string;
	/** null: cannot be computed (missing answers) */
	value: number | null;
	/** German text of the value incl. unit, e.g. "4,5 Mbit/s je Klasse", "ja", "–" */
	valueText: string;
	unit: string;
	/** the guide value applying to this school (level-specific); null if none */
	guideValue: number | null;
	/** e.g. "mindestens 100 Mbit/s je Klasse (weiterführende Schule)" */
	guideText: string;
	/** guide value source: title and reference */
	source: string;
	light: TrafficLight;
	/** how the light was decided, in German (thresholds) */
	rule: string;
	inputs: IndicatorInput[];
	/** extra hint, e.g. why the value is missing */
	note?: string;
}

/** The master data of a school as the organisations table holds it. */
export interface SchoolMaster {
	id: string;
	name: string;
	schoolType: SchoolType | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
}

/** Everything the indicators of one school are computed from. */
export interface SchoolEvaluationInput {
	school: SchoolMaster;
	/** answers of the school lead's questionnaire (by question key) */
	schoolLead: Readonly<Record<string, AnswerValue | null | undefined>>;
	/** answers of the IT staff's questionnaire */
	itStaff: Readonly<Record<string, AnswerValue | null | undefined>>;
	/** the year ages are computed against (e.g. 2026) */
	referenceYear: number;
	/** the Schulträger's answers of the same round (central support, funding); shared by its schools */
	operator?: Readonly<Record<string, AnswerValue | null | undefined>>;
}
