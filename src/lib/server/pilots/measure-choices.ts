// The pilot page's view of the measures a pilot tests: the linked measures as the user may see them
// (title, round, status; a measure the user cannot read is shown without details), and for managers
// the measures they may link (from every planning round they can read). Access to measures is the
// measures service's decision (getMeasure, listReadableMeasures).
import { MEASURE_STATUS_LABELS } from '$lib/domain/measures/measure';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { DomainError } from '../errors';
import { getMeasure, listReadableMeasures } from '../measures';
import { listRounds } from '../rounds';
import { loadManageable, loadReadable } from './access';
import { listMeasureIds } from './links-repository';

export interface LinkedMeasureView {
	id: string;
	/** null: the user may not read this measure (another Schulträger's plan). */
	title: string | null;
	roundId: string | null;
	roundLabel: string | null;
	statusLabel: string | null;
	/** the user manages the pilot and reads the measure */
	canUnlink: boolean;
}

export interface MeasureChoiceGroup {
	label: string;
	measures: { id: string; title: string }[];
}

export async function listLinkedMeasures(
	db: Db,
	user: AuthUser,
	pilotId: string
): Promise<LinkedMeasureView[]> {
	const { pilot, canManage } = await loadReadable(db, user, pilotId);
	const views: LinkedMeasureView[] = [];
	for (const id of await listMeasureIds(db, pilot.id)) {
		const detail = await getMeasure(db, user, id).catch((err: unknown) => {
			if (err instanceof DomainError) return null;
			throw err;
		});
		views.push(
			detail
				? {
						id,
						title: detail.measure.title,
						roundId: detail.round.id,
						roundLabel: `${detail.round.operatorName}, ${detail.round.title}`,
						statusLabel: MEASURE_STATUS_LABELS[detail.measure.status],
						canUnlink: canManage
					}
				: { id, title: null, roundId: null, roundLabel: null, statusLabel: null, canUnlink: false }
		);
	}
	return views;
}

/** Measures (not rejected, not linked yet) of every round the manager may read, per round. */
export async function listMeasureChoices(
	db: Db,
	user: AuthUser,
	pilotId: string
): Promise<MeasureChoiceGroup[]> {
	const { pilot } = await loadManageable(db, user, pilotId);
	const linked = new Set(await listMeasureIds(db, pilot.id));
	const groups: MeasureChoiceGroup[] = [];
	for (const round of await listRounds(db, user)) {
		const measures = (await listReadableMeasures(db, user, round.id)).filter(
			(m) => m.status !== 'rejected' && !linked.has(m.id)
		);
		if (measures.length > 0) {
			groups.push({
				label: `${round.operatorName}, ${round.title}`,
				measures: measures.map((m) => ({ id: m.id, title: m.title }))
			});
		}
	}
	return groups;
}
