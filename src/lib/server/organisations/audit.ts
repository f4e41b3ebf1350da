// Audit entries of organisation changes: one shape for every action, written with the caller's trx.
import { appendAudit } from '../audit/repository';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';

export type OrganisationAction =
	| 'organisation.create'
	| 'organisation.update'
	| 'organisation.deactivate'
	| 'organisation.reactivate'
	| 'organisation.consultant_assign'
	| 'organisation.consultant_unassign';

export function auditOrganisation(
	trx: Db,
	user: AuthUser,
	action: OrganisationAction,
	organisationId: string,
	details: unknown,
	now: Date
): Promise<void> {
	return appendAudit(
		trx,
		{
			actorId: user.id,
			action,
			entityType: 'organisation',
			entityId: organisationId,
			organisationId,
			details
		},
		now
	);
}
