// Managing invitations (admin, consultant in charge, operator): create, list open ones, revoke.
// The token is returned once for the link; see token.ts for how it is made and stored.
import { normaliseEmail } from '$lib/domain/account';
import { invitationMail } from '$lib/domain/mail';
import { ROLE_LABELS, type Role } from '$lib/domain/roles';
import {
	canInviteTo,
	canManageInvitations,
	canReadOrganisation,
	invitableRoles
} from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import { queueMail } from '../mail/outbox';
import { auditInvitation as audit } from './audit';
import type { CreateInvitationInput } from './input';
import * as repository from './repository';
import type { Invitation, InvitationOrganisation } from './repository';
import { generateInvitationToken, hashInvitationToken, INVITATION_VALIDITY_MS } from './token';

/** The organisation, if the user may manage its invitations; 404 when it may not even read it. */
async function loadManagedOrganisation(
	db: Db,
	user: AuthUser,
	organisationId: string
): Promise<InvitationOrganisation> {
	const org = await repository.findOrganisation(db, organisationId);
	if (!org || !canReadOrganisation(user, org)) {
		throw new NotFoundError('Die Organisation wurde nicht gefunden.');
	}
	if (!canManageInvitations(user, org)) {
		throw new ForbiddenError('Sie dürfen in diese Organisation keine Personen einladen.');
	}
	return org;
}

export interface InvitationOverview {
	organisation: InvitationOrganisation;
	roles: Role[];
	invitations: Invitation[];
}

export async function getInvitationOverview(
	db: Db,
	user: AuthUser,
	organisationId: string,
	now = new Date()
): Promise<InvitationOverview> {
	const organisation = await loadManagedOrganisation(db, user, organisationId);
	const invitations = await repository.listOpenInvitations(db, organisation.id, now);
	return { organisation, roles: invitableRoles(user, organisation), invitations };
}

export interface InvitationMailOptions {
	/** Base of the link in the mail (PUBLIC_URL or the request's origin). */
	linkBaseUrl: string;
}

/**
 * Returns the token once; only its hash is stored. Replaces open invitations of the same person.
 * The invitation mail goes to the outbox in the same transaction (delivered asynchronously).
 */
export async function createInvitation(
	db: Db,
	user: AuthUser,
	input: CreateInvitationInput,
	now = new Date(),
	mail: InvitationMailOptions = { linkBaseUrl: process.env.PUBLIC_URL ?? 'http://localhost:3000' }
): Promise<{ invitation: Invitation; token: string }> {
	const email = normaliseEmail(input.email);
	const token = generateInvitationToken();
	return db.transaction().execute(async (trx) => {
		const org = await loadManagedOrganisation(trx, user, input.organisationId);
		if (!canInviteTo(user, org, input.role)) {
			throw new ValidationError('Diese Rolle können Sie hier nicht vergeben.', 'role');
		}
		if (!org.isActive) {
			throw new ConflictError(
				'Die Organisation ist deaktiviert; es sind keine Einladungen möglich.'
			);
		}
		if (await repository.findUserIdByEmail(trx, email)) {
			throw new ValidationError(
				'Für diese E-Mail-Adresse gibt es bereits ein Konto. Weitere Rollen vergibt KISA.',
				'email'
			);
		}
		for (const old of await repository.listOpenInvitationsFor(trx, org.id, email, now)) {
			await repository.deleteInvitation(trx, old.id);
			await audit(trx, user.id, 'invitation.replaced', old, now);
		}
		const invitation: Invitation = {
			id: newId(),
			email,
			organisationId: org.id,
			role: input.role,
			invitedBy: user.id,
			createdAt: now,
			expiresAt: new Date(now.getTime() + INVITATION_VALIDITY_MS),
			usedAt: null
		};
		await repository.insertInvitation(trx, {
			...invitation,
			invitedBy: user.id,
			tokenHash: hashInvitationToken(token)
		});
		await audit(trx, user.id, 'invitation.created', invitation, now);
		await queueMail(
			trx,
			email,
			invitationMail({
				link: `${mail.linkBaseUrl.replace(/\/+$/, '')}/einladung/${token}`,
				roleLabel: ROLE_LABELS[input.role],
				organisationName: org.name,
				invitedByName: user.name,
				expiresAtText: invitation.expiresAt.toLocaleString('de-DE', {
					dateStyle: 'long',
					timeStyle: 'short',
					timeZone: 'Europe/Berlin'
				})
			}),
			now.getTime()
		);
		return { invitation, token };
	});
}

/**
 * Sends an open invitation again: a new link (the old one stops working at once) and a new mail,
 * valid for another 7 days. Same rules as creating it; a foreign invitation is "not found".
 */
export async function resendInvitation(
	db: Db,
	user: AuthUser,
	invitationId: string,
	now = new Date(),
	mail?: InvitationMailOptions
): Promise<{ invitation: Invitation; token: string }> {
	const invitation = await repository.findInvitation(db, invitationId);
	if (!invitation) throw new NotFoundError('Die Einladung wurde nicht gefunden.');
	await loadManagedOrganisation(db, user, invitation.organisationId);
	if (invitation.usedAt) throw new ConflictError('Die Einladung wurde bereits angenommen.');
	return createInvitation(
		db,
		user,
		{ email: invitation.email, organisationId: invitation.organisationId, role: invitation.role },
		now,
		mail
	);
}

export async function revokeInvitation(
	db: Db,
	user: AuthUser,
	invitationId: string,
	now = new Date()
): Promise<Invitation> {
	return db.transaction().execute(async (trx) => {
		const invitation = await repository.findInvitation(trx, invitationId);
		if (!invitation) throw new NotFoundError('Die Einladung wurde nicht gefunden.');
		await loadManagedOrganisation(trx, user, invitation.organisationId);
		if (invitation.usedAt) throw new ConflictError('Die Einladung wurde bereits angenommen.');
		await repository.deleteInvitation(trx, invitation.id);
		await audit(trx, user.id, 'invitation.revoked', invitation, now);
		return invitation;
	});
}
