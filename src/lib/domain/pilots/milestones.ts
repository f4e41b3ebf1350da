// Milestone rules: a milestone is overdue when its due day has passed and it is not done. Pure.
import { daysBetween } from './dates';
import type { IsoDate, Milestone } from './types';

export type MilestoneState = 'erledigt' | 'ueberfaellig' | 'offen';

export const MILESTONE_STATE_LABELS: Record<MilestoneState, string> = {
	erledigt: 'Erledigt',
	ueberfaellig: 'Überfällig',
	offen: 'Offen'
};

type MilestoneLike = Pick<Milestone, 'dueOn' | 'doneOn'>;

/** Due before today and not done. A milestone due today is not overdue yet. */
export function isMilestoneOverdue(milestone: MilestoneLike, today: IsoDate): boolean {
	return milestone.doneOn === null && milestone.dueOn < today;
}

/** Whole days past the due date (0 when not overdue). */
export function daysOverdue(milestone: MilestoneLike, today: IsoDate): number {
	return isMilestoneOverdue(milestone, today) ? daysBetween(milestone.dueOn, today) : 0;
}

export function milestoneState(milestone: MilestoneLike, today: IsoDate): MilestoneState {
	if (milestone.doneOn !== null) return 'erledigt';
	return isMilestoneOverdue(milestone, today) ? 'ueberfaellig' : 'offen';
}

/** Overdue milestones, longest overdue first. */
export function overdueMilestones<M extends MilestoneLike>(milestones: M[], today: IsoDate): M[] {
	return milestones
		.filter((m) => isMilestoneOverdue(m, today))
		.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

/** The open milestone due next (overdue ones included, earliest first), or null. */
export function nextOpenMilestone<M extends MilestoneLike>(milestones: M[]): M | null {
	const open = milestones.filter((m) => m.doneOn === null);
	open.sort((a, b) => a.dueOn.localeCompare(b.dueOn));
	return open[0] ?? null;
}

/** Milestones in display order: by due date, then title. */
export function sortMilestones<M extends MilestoneLike & { title: string }>(milestones: M[]): M[] {
	return [...milestones].sort(
		(a, b) => a.dueOn.localeCompare(b.dueOn) || a.title.localeCompare(b.title, 'de')
	);
}
