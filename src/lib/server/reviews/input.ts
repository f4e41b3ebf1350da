// Form input of the review pages (zod, German messages at the fields).
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { DECISIONS, MAX_COMMENT_LENGTH, type Decision } from '$lib/domain/review';
import { isSectionKey, VersionNumber } from '../concepts';

const MAX_NOTE_LENGTH = 4000;

export const CommentInput = z.object({
	number: VersionNumber,
	chapterKey: z
		.string({ error: 'Bitte wählen Sie ein Kapitel.' })
		.refine(isSectionKey, { message: 'Bitte wählen Sie ein Kapitel.' }),
	body: z
		.string({ error: 'Bitte schreiben Sie eine Anmerkung.' })
		.trim()
		.refine(isCleanText, CONTROL_CHARACTERS)
		.min(1, 'Bitte schreiben Sie eine Anmerkung.')
		.max(
			MAX_COMMENT_LENGTH,
			`Eine Anmerkung darf höchstens ${MAX_COMMENT_LENGTH.toLocaleString('de-DE')} Zeichen lang sein.`
		),
	parentId: z.uuid('Die Anmerkung, auf die Sie antworten, gibt es nicht.').optional()
});
export type CommentInput = z.infer<typeof CommentInput>;

export const CommentStatusInput = z.object({
	commentId: z.uuid('Diese Anmerkung gibt es nicht.'),
	status: z.enum(['offen', 'erledigt'], { error: 'Bitte wählen Sie „erledigt“ oder „offen“.' })
});
export type CommentStatusInput = z.infer<typeof CommentStatusInput>;

export const DecisionInput = z
	.object({
		number: VersionNumber,
		decision: z.enum(DECISIONS, { error: 'Bitte wählen Sie eine Entscheidung.' }),
		note: z
			.string()
			.trim()
			.refine(isCleanText, CONTROL_CHARACTERS)
			.max(
				MAX_NOTE_LENGTH,
				`Die Begründung darf höchstens ${MAX_NOTE_LENGTH.toLocaleString('de-DE')} Zeichen lang sein.`
			)
			.optional()
			.transform((v) => (v ? v : undefined))
	})
	.superRefine((value, ctx) => {
		if (value.decision === 'aenderungen_erbeten' && !value.note) {
			ctx.addIssue({
				code: 'custom',
				path: ['note'],
				message: 'Bitte beschreiben Sie kurz, was geändert werden soll.'
			});
		}
	});
export interface DecisionInput {
	number: number;
	decision: Decision;
	/** required for "aenderungen_erbeten" (checked by the schema) */
	note?: string;
}
