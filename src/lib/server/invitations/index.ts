// Public API of the invitations feature (routes import only this).
export {
	createInvitation,
	getInvitationOverview,
	revokeInvitation,
	resendInvitation,
	type InvitationOverview
} from './service';
export {
	acceptInvitation,
	previewInvitation,
	InvitationGoneError,
	type InvitationPreview
} from './accept';
export {
	acceptInvitationInput,
	createInvitationInput,
	revokeInvitationInput,
	type AcceptInvitationInput,
	type CreateInvitationInput
} from './input';
export { INVITATION_VALIDITY_MS, isWellFormedInvitationToken } from './token';
export type { Invitation, InvitationOrganisation } from './repository';
