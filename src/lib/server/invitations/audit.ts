// Audit entries for invitations: who invited whom into which organisation with which role.
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import type { Invitation } from './repository';

export async function auditInvitation(
	db: Db,
	actorId: string,
	action: string,
	invitation: Invitation,
	now: Date
): Promise<void> {
	await appendAudit(
		db,
		{
			actorId,
			action,
			entityType: 'invitation',
			entityId: invitation.id,
			organisationId: invitation.organisationId,
			details: {
				email: invitation.email,
				role: invitation.role,
				expiresAt: invitation.expiresAt.toISOString()
			}
		},
		now
	);
}
