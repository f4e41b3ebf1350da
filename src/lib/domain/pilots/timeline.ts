// Timeline model of pilots (Gantt-like): bars from start to end, milestones, a "today" marker, as
// positions 0..1 on the time axis. The SVG and the table alternative both render this. Pure.
import { addMonths, dayNumber, formatDate } from './dates';
import {
	MILESTONE_STATE_LABELS,
	milestoneState,
	nextOpenMilestone,
	type MilestoneState
} from './milestones';
import type { IsoDate, Milestone, PilotLight, PilotProject, PilotStatus } from './types';

export interface TimelineInput extends Pick<
	PilotProject,
	'id' | 'title' | 'startOn' | 'endOn' | 'status' | 'light'
> {
	milestones: Pick<Milestone, 'title' | 'dueOn' | 'doneOn'>[];
}

export interface TimelineMilestone {
	title: string;
	dueOn: IsoDate;
	x: number;
	state: MilestoneState;
	stateLabel: string;
}

export interface TimelineRow {
	id: string;
	title: string;
	status: PilotStatus;
	light: PilotLight;
	startOn: IsoDate;
	endOn: IsoDate;
	x1: number;
	x2: number;
	milestones: TimelineMilestone[];
	overdueCount: number;
	next: TimelineMilestone | null;
	/** One sentence for screen readers and the table: period and milestones. */
	summary: string;
}

export interface TimelineTick {
	at: IsoDate;
	x: number;
	label: string;
}

export interface TimelineModel {
	from: IsoDate;
	to: IsoDate;
	ticks: TimelineTick[];
	today: { at: IsoDate; x: number };
	rows: TimelineRow[];
}

/** First day of the quarter (or year) at or before the date. */
function floorTo(date: IsoDate, months: 3 | 12): IsoDate {
	const [y, m] = date.split('-').map(Number);
	const month = months === 12 ? 1 : Math.floor((m - 1) / 3) * 3 + 1;
	return `${y}-${String(month).padStart(2, '0')}-01`;
}

/** First day of the next quarter (or year) after the date (the date itself if it is one). */
function ceilTo(date: IsoDate, months: 3 | 12): IsoDate {
	const floor = floorTo(date, months);
	return floor === date ? date : addMonths(floor, months);
}

function tickLabel(at: IsoDate, months: 3 | 12): string {
	const [y, m] = at.split('-').map(Number);
	return months === 12 ? String(y) : `Q${Math.floor((m - 1) / 3) + 1} ${y}`;
}

/**
 * The axis spans all pilots and today, widened to whole quarters (up to two years) or whole years
 * (longer spans), so ticks fall on readable boundaries.
 */
export function buildTimeline(items: TimelineInput[], today: IsoDate): TimelineModel {
	const starts = items.map((i) => i.startOn).concat(today);
	const ends = items.map((i) => i.endOn).concat(today);
	const rawFrom = starts.reduce((a, b) => (b < a ? b : a));
	const rawTo = ends.reduce((a, b) => (b > a ? b : a));
	const step: 3 | 12 = dayNumber(rawTo) - dayNumber(rawFrom) > 2 * 366 ? 12 : 3;
	const from = floorTo(rawFrom, step);
	let to = ceilTo(rawTo, step);
	if (to === from) to = addMonths(from, step);

	const start = dayNumber(from);
	const span = dayNumber(to) - start;
	const x = (d: IsoDate) => Math.min(1, Math.max(0, (dayNumber(d) - start) / span));

	const ticks: TimelineTick[] = [];
	for (let at = from; at <= to; at = addMonths(at, step)) {
		ticks.push({ at, x: x(at), label: tickLabel(at, step) });
	}

	const rows = items.map((item): TimelineRow => {
		const milestones = [...item.milestones]
			.sort((a, b) => a.dueOn.localeCompare(b.dueOn))
			.map((m) => {
				const state = milestoneState(m, today);
				return {
					title: m.title,
					dueOn: m.dueOn,
					x: x(m.dueOn),
					state,
					stateLabel: MILESTONE_STATE_LABELS[state]
				};
			});
		const nextRaw = nextOpenMilestone(item.milestones);
		const next = nextRaw
			? (milestones.find((m) => m.title === nextRaw.title && m.dueOn === nextRaw.dueOn) ?? null)
			: null;
		const overdueCount = milestones.filter((m) => m.state === 'ueberfaellig').length;
		const parts = [`${formatDate(item.startOn)} bis ${formatDate(item.endOn)}`];
		if (milestones.length > 0) {
			parts.push(
				`${milestones.length} Meilensteine, davon ${milestones.filter((m) => m.state === 'erledigt').length} erledigt und ${overdueCount} überfällig`
			);
		}
		return {
			id: item.id,
			title: item.title,
			status: item.status,
			light: item.light,
			startOn: item.startOn,
			endOn: item.endOn,
			x1: x(item.startOn),
			x2: x(item.endOn),
			milestones,
			overdueCount,
			next,
			summary: parts.join('; ')
		};
	});

	return { from, to, ticks, today: { at: today, x: x(today) }, rows };
}
