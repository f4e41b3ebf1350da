// Audit entries of pilot changes (quality.md S7): one shape for every action, written with the
// caller's trx so the entry commits together with the change.
import { appendAudit } from '../audit/repository';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';

export type PilotAction =
	| 'pilot.create'
	| 'pilot.update'
	| 'pilot.light'
	| 'pilot.decision'
	| 'pilot.school_add'
	| 'pilot.school_remove'
	| 'pilot.milestone_add'
	| 'pilot.milestone_done'
	| 'pilot.milestone_reopen'
	| 'pilot.milestone_delete'
	| 'pilot.kpi_add'
	| 'pilot.kpi_delete'
	| 'pilot.measurement_add'
	| 'pilot.measurement_delete'
	| 'pilot.risk_add'
	| 'pilot.risk_status'
	| 'pilot.risk_delete'
	| 'pilot.lesson_add'
	| 'pilot.lesson_delete'
	| 'pilot.measure_link'
	| 'pilot.measure_unlink';

export const PILOT_ENTITY = 'pilot_project';

export function auditPilot(
	trx: Db,
	user: AuthUser,
	action: PilotAction,
	pilotId: string,
	details: unknown,
	now: Date
): Promise<void> {
	return appendAudit(
		trx,
		{ actorId: user.id, action, entityType: PILOT_ENTITY, entityId: pilotId, details },
		now
	);
}
