// Zod schemas for the invitation forms: creating, revoking and accepting an invitation.
import { z } from 'zod';
import { ROLES } from '$lib/domain/roles';
import { ID_PATTERN } from '../ids';
import { emailField, newPasswordField, requiredText } from '../auth/input';

const NAME_MAX_LENGTH = 200;

function idField(message: string) {
	return z.string({ error: message }).regex(ID_PATTERN, { error: message });
}

export const createInvitationInput = z.object({
	organisationId: idField('Bitte öffnen Sie zuerst die Organisation, in die Sie einladen möchten.'),
	email: emailField,
	role: z.enum(ROLES, { error: 'Bitte wählen Sie eine Rolle aus.' })
});
export type CreateInvitationInput = z.infer<typeof createInvitationInput>;

export const revokeInvitationInput = z.object({
	invitationId: idField('Diese Einladung wurde nicht gefunden.')
});

export const acceptInvitationInput = z
	.object({
		name: requiredText(
			'Bitte geben Sie Ihren Namen ein.',
			NAME_MAX_LENGTH,
			`Der Name darf höchstens ${NAME_MAX_LENGTH} Zeichen lang sein.`
		),
		password: newPasswordField,
		passwordRepeat: z.string({ error: 'Bitte wiederholen Sie das Passwort.' })
	})
	.superRefine((value, ctx) => {
		if (value.password !== value.passwordRepeat) {
			ctx.addIssue({
				code: 'custom',
				path: ['passwordRepeat'],
				message: 'Die beiden Passwörter stimmen nicht überein.'
			});
		}
	});
export type AcceptInvitationInput = z.infer<typeof acceptInvitationInput>;
