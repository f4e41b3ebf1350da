// Zod schemas for the account forms (login, password change). Messages are German and per field;
// wrong types (a file instead of text, a missing field) get the same message as an empty field.
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { checkNewPassword } from './password';

const EMAIL_MAX_LENGTH = 254;
/** Login accepts what could ever have been set (128 code points, up to 4 UTF-16 units each). */
const LOGIN_PASSWORD_MAX_LENGTH = 512;

export function requiredText(message: string, maxLength: number, tooLongMessage: string) {
	return z
		.string({ error: message })
		.trim()
		.refine(isCleanText, CONTROL_CHARACTERS)
		.min(1, { error: message })
		.max(maxLength, { error: tooLongMessage });
}

export const emailField = requiredText(
	'Bitte geben Sie Ihre E-Mail-Adresse ein.',
	EMAIL_MAX_LENGTH,
	`Die E-Mail-Adresse darf höchstens ${EMAIL_MAX_LENGTH} Zeichen lang sein.`
).pipe(
	z.email({ error: 'Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@schule.de.' })
);

/** A password as typed: never trimmed (spaces are allowed and count). */
function typedPassword(message: string) {
	return z
		.string({ error: message })
		.min(1, { error: message })
		.max(LOGIN_PASSWORD_MAX_LENGTH, { error: 'Das Passwort ist zu lang.' });
}

/** A new password: 12 to 128 characters, not on the common-passwords list. */
export const newPasswordField = z
	.string({ error: 'Bitte geben Sie ein neues Passwort ein.' })
	.superRefine((value, ctx) => {
		const problem = checkNewPassword(value);
		if (problem) ctx.addIssue({ code: 'custom', message: problem });
	});

export const loginInput = z.object({
	email: emailField,
	password: typedPassword('Bitte geben Sie Ihr Passwort ein.')
});
export type LoginInput = z.infer<typeof loginInput>;

export const changePasswordInput = z
	.object({
		currentPassword: typedPassword('Bitte geben Sie Ihr bisheriges Passwort ein.'),
		newPassword: newPasswordField,
		newPasswordRepeat: z.string({ error: 'Bitte wiederholen Sie das neue Passwort.' })
	})
	.superRefine((value, ctx) => {
		if (value.newPassword !== value.newPasswordRepeat) {
			ctx.addIssue({
				code: 'custom',
				path: ['newPasswordRepeat'],
				message: 'Die beiden neuen Passwörter stimmen nicht überein.'
			});
		}
	});
export type ChangePasswordInput = z.infer<typeof changePasswordInput>;

/** Field name → German messages, for `fail(400, { errors })`. */
export type FieldErrors = Record<string, string[] | undefined>;

export function fieldErrors(error: z.ZodError): FieldErrors {
	return z.flattenError(error).fieldErrors as FieldErrors;
}

/** One message for one field (or `_form` for the whole form), typed like zod's field errors. */
export function errorAt(field: string, message: string): FieldErrors {
	return { [field]: [message] };
}
