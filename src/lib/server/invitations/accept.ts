// Accepting an invitation (public, no session yet): preview who is invited where, then create the
// account and its membership and use up the invitation, all in one transaction.
import { ROLE_LABELS, type Role } from '$lib/domain/roles';
import { appendAudit } from '../audit/repository';
import { hashPassword } from '../auth/password';
import type { Db } from '../db/client';
import { ConflictError, DomainError, NotFoundError } from '../errors';
import { newId } from '../ids';
import { auditInvitation as audit } from './audit';
import type { AcceptInvitationInput } from './input';
import * as repository from './repository';
import { hashInvitationToken } from './token';

const ACCOUNT_EXISTS_MESSAGE =
	'Für diese E-Mail-Adresse gibt es bereits ein Konto. Bitte melden Sie sich mit diesem Konto an und wenden Sie sich an KISA, damit Ihnen die weitere Rolle zugeordnet wird.';

/** Used or expired (410): the person should ask for a new invitation. */
export class InvitationGoneError extends DomainError {
	constructor(message: string) {
		super(message, 410);
	}
}

export interface InvitationPreview {
	email: string;
	role: Role;
	roleLabel: string;
	organisationName: string;
	expiresAt: Date;
}

async function loadValidInvitation(db: Db, token: string, now: Date) {
	const invitation = await repository.findInvitationByTokenHash(db, hashInvitationToken(token));
	const organisation = invitation
		? await repository.findOrganisation(db, invitation.organisationId)
		: null;
	if (!invitation || !organisation) {
		throw new NotFoundError(
			'Diese Einladung ist unbekannt. Bitte prüfen Sie den Link oder bitten Sie um eine neue Einladung.'
		);
	}
	if (invitation.usedAt) {
		throw new InvitationGoneError(
			'Diese Einladung wurde bereits verwendet. Bitte melden Sie sich an oder bitten Sie um eine neue Einladung.'
		);
	}
	if (invitation.expiresAt.getTime() <= now.getTime() || !organisation.isActive) {
		throw new InvitationGoneError(
			'Diese Einladung ist nicht mehr gültig. Bitte bitten Sie die Person, die Sie eingeladen hat, um eine neue Einladung.'
		);
	}
	return { invitation, organisation };
}

/** For the public invitation page: who is invited where. Throws NotFoundError / InvitationGoneError. */
export async function previewInvitation(
	db: Db,
	token: string,
	now = new Date()
): Promise<InvitationPreview> {
	const { invitation, organisation } = await loadValidInvitation(db, token, now);
	return {
		email: invitation.email,
		role: invitation.role,
		roleLabel: ROLE_LABELS[invitation.role] ?? invitation.role,
		organisationName: organisation.name,
		expiresAt: invitation.expiresAt
	};
}

/** Creates the account and membership and uses up the invitation, all or nothing. Returns the user id. */
export async function acceptInvitation(
	db: Db,
	token: string,
	input: AcceptInvitationInput,
	now = new Date()
): Promise<string> {
	await loadValidInvitation(db, token, now); // fail fast before the costly hash
	const passwordHash = await hashPassword(input.password);
	return db.transaction().execute(async (trx) => {
		const { invitation } = await loadValidInvitation(trx, token, now);
		if (await repository.findUserIdByEmail(trx, invitation.email)) {
			throw new ConflictError(ACCOUNT_EXISTS_MESSAGE);
		}
		const userId = newId();
		await repository.insertUserWithMembership(
			trx,
			{ id: userId, email: invitation.email, name: input.name, passwordHash },
			{ id: newId(), organisationId: invitation.organisationId, role: invitation.role },
			now
		);
		if (!(await repository.markInvitationUsed(trx, invitation.id, userId, now))) {
			throw new InvitationGoneError('Diese Einladung wurde bereits verwendet.');
		}
		await audit(trx, userId, 'invitation.accepted', invitation, now);
		await appendAudit(
			trx,
			{
				actorId: userId,
				action: 'user.created',
				entityType: 'user',
				entityId: userId,
				organisationId: invitation.organisationId,
				details: { after: { email: invitation.email, name: input.name, role: invitation.role } }
			},
			now
		);
		return userId;
	});
}
