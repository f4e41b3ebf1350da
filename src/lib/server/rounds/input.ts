// Form input for planning rounds: zod schemas with German messages.
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { ROUND_STATUSES } from '$lib/domain/rounds';
import { ID_PATTERN } from '../ids';

export const TITLE_MAX = 120;
export const YEAR_MIN = 2020;
export const YEAR_MAX = 2100;
export const PERIOD_MAX_YEARS = 10;

const year = (label: string) =>
	z.preprocess(
		(v) =>
			typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v === '' ? undefined : v,
		z
			.number({ error: `Bitte geben Sie das ${label} als vierstellige Jahreszahl ein.` })
			.int({ error: `Bitte geben Sie das ${label} als vierstellige Jahreszahl ein.` })
			.min(YEAR_MIN, { error: `Das ${label} muss ${YEAR_MIN} oder später sein.` })
			.max(YEAR_MAX, { error: `Das ${label} muss ${YEAR_MAX} oder früher sein.` })
	);

export const CreateRoundInput = z
	.object({
		operatorId: z
			.string({ error: 'Bitte wählen Sie einen Schulträger aus.' })
			.regex(ID_PATTERN, { error: 'Bitte wählen Sie einen Schulträger aus der Liste.' }),
		title: z
			.string({ error: 'Bitte geben Sie einen Titel ein.' })
			.trim()
			.refine(isCleanText, CONTROL_CHARACTERS)
			.min(1, { error: 'Bitte geben Sie einen Titel ein.' })
			.max(TITLE_MAX, { error: `Der Titel darf höchstens ${TITLE_MAX} Zeichen lang sein.` }),
		periodStart: year('Anfangsjahr'),
		periodEnd: year('Endjahr'),
		schoolIds: z
			.array(z.string().regex(ID_PATTERN, { error: 'Bitte wählen Sie Schulen aus der Liste.' }), {
				error: 'Bitte wählen Sie Schulen aus der Liste.'
			})
			.max(500)
			.optional()
	})
	.superRefine((v, ctx) => {
		if (v.periodEnd < v.periodStart) {
			ctx.addIssue({
				code: 'custom',
				path: ['periodEnd'],
				message: 'Das Endjahr darf nicht vor dem Anfangsjahr liegen.'
			});
		} else if (v.periodEnd - v.periodStart + 1 > PERIOD_MAX_YEARS) {
			ctx.addIssue({
				code: 'custom',
				path: ['periodEnd'],
				message: `Der Planungszeitraum darf höchstens ${PERIOD_MAX_YEARS} Jahre umfassen.`
			});
		}
	});
export type CreateRoundInput = z.infer<typeof CreateRoundInput>;

export const SetStatusInput = z.object({
	status: z.enum(ROUND_STATUSES, { error: 'Bitte wählen Sie einen Status aus der Liste.' })
});
