// Badge classes (app.css) for priorities and statuses; the text always says it too (not colour alone).
import type { MeasureStatus } from '$lib/domain/measures/measure';
import type { Priority } from '$lib/domain/measures/types';

export const PRIORITY_BADGE: Record<Priority, string> = {
	high: 'badge-error',
	medium: 'badge-warning',
	low: 'badge-muted'
};

export const STATUS_BADGE: Record<MeasureStatus, string> = {
	proposed: 'badge-muted',
	planned: '',
	in_progress: 'badge-warning',
	done: 'badge-success',
	rejected: 'badge-error'
};
