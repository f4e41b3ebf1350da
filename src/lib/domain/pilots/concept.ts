// A pilot as a concept shows it (chapter 13 "Pilotprojekte"): the pilots linked to the concept's
// measures, summarised. Pure.
import type { PilotProjectSummary } from '../concept/input';
import { formatDate } from './dates';
import {
	PILOT_DECISION_LABELS,
	PILOT_LIGHT_LABELS,
	PILOT_STATUS_LABELS,
	type PilotDecision,
	type PilotLight,
	type PilotProject
} from './types';

/** Summary fields only: no budget, risks or lessons (readers of a concept see this much). */
export interface LinkedPilot {
	id: string;
	title: string;
	goal: string;
	startOn: string;
	endOn: string;
	status: PilotProject['status'];
	light: PilotLight;
	decision: PilotDecision | null;
	schoolNames: string[];
	/** The given measures this pilot tests. */
	measureIds: string[];
}

export function toConceptPilotSummary(pilot: LinkedPilot): PilotProjectSummary {
	const status =
		pilot.status === 'laufend'
			? `${PILOT_STATUS_LABELS.laufend} (${PILOT_LIGHT_LABELS[pilot.light]})`
			: PILOT_STATUS_LABELS[pilot.status];
	return {
		title: pilot.title,
		goal: pilot.goal,
		schools: pilot.schoolNames,
		period: `${formatDate(pilot.startOn)} – ${formatDate(pilot.endOn)}`,
		status,
		decision: pilot.decision ? PILOT_DECISION_LABELS[pilot.decision] : null
	};
}
