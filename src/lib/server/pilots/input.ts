// Form input of pilot pages: zod schemas with German messages per field. Field names are unique
// across the detail page (it holds several forms), since a field's name is also its element id.
import { z } from 'zod';
import { PILOT_DECISIONS, PILOT_LIGHTS, PILOT_STATUSES } from '$lib/domain/pilots';
import {
	FORM,
	optionalDate,
	optionalEntityId,
	optionalEuroCents,
	optionalText,
	requiredDate,
	requiredText
} from './input-kit';

export { parseInput, type FieldErrors } from '../organisations';
export * from './input-parts';

const TITLE_MAX = 200;
const LONG_MAX = 4000;

export const PilotInput = z
	.object(
		{
			title: requiredText(
				'Bitte geben Sie einen Titel ein.',
				TITLE_MAX,
				`Der Titel darf höchstens ${TITLE_MAX} Zeichen lang sein.`
			),
			goal: requiredText(
				'Bitte beschreiben Sie das Ziel des Pilotprojekts.',
				LONG_MAX,
				`Das Ziel darf höchstens ${LONG_MAX} Zeichen lang sein.`
			),
			hypothesis: optionalText(
				LONG_MAX,
				`Die Hypothese darf höchstens ${LONG_MAX} Zeichen lang sein.`
			),
			description: optionalText(
				LONG_MAX,
				`Die Beschreibung darf höchstens ${LONG_MAX} Zeichen lang sein.`
			),
			startOn: requiredDate('den Beginn'),
			endOn: requiredDate('das Ende'),
			ownerUserId: optionalEntityId('Bitte wählen Sie eine verantwortliche Person aus der Liste.'),
			ownerName: optionalText(TITLE_MAX, `Der Name darf höchstens ${TITLE_MAX} Zeichen lang sein.`),
			budgetPlannedCents: optionalEuroCents('Das geplante Budget'),
			budgetSpentCents: optionalEuroCents('Das verbrauchte Budget'),
			fundingSource: optionalText(
				TITLE_MAX,
				`Die Finanzierungsquelle darf höchstens ${TITLE_MAX} Zeichen lang sein.`
			),
			status: z.enum(PILOT_STATUSES, { error: 'Bitte wählen Sie einen Status aus der Liste.' })
		},
		FORM
	)
	.superRefine((data, ctx) => {
		if (data.endOn < data.startOn) {
			ctx.addIssue({
				code: 'custom',
				path: ['endOn'],
				message: 'Das Ende darf nicht vor dem Beginn liegen.'
			});
		}
		if (!data.ownerUserId && !data.ownerName) {
			ctx.addIssue({
				code: 'custom',
				path: ['ownerUserId'],
				message: 'Bitte wählen Sie eine verantwortliche Person aus oder geben Sie einen Namen ein.'
			});
		}
		if (data.ownerUserId && data.ownerName) {
			ctx.addIssue({
				code: 'custom',
				path: ['ownerName'],
				message:
					'Bitte wählen Sie entweder eine Person aus der Liste oder geben Sie einen Namen ein, nicht beides.'
			});
		}
	});
export type PilotInput = z.infer<typeof PilotInput>;

export const LightInput = z
	.object(
		{
			light: z.enum(PILOT_LIGHTS, { error: 'Bitte wählen Sie eine Ampel aus der Liste.' }),
			lightReason: optionalText(
				LONG_MAX,
				`Die Begründung darf höchstens ${LONG_MAX} Zeichen lang sein.`
			),
			lightAssessedOn: requiredDate('das Datum der Einschätzung')
		},
		FORM
	)
	.superRefine((data, ctx) => {
		if (data.light !== 'im_plan' && !data.lightReason) {
			ctx.addIssue({
				code: 'custom',
				path: ['lightReason'],
				message: 'Bitte begründen Sie, warum das Pilotprojekt gefährdet oder kritisch ist.'
			});
		}
	});

export const DecisionInput = z
	.object(
		{
			decision: z.preprocess(
				(v) => (v === '' || v == null ? null : v),
				z
					.enum(PILOT_DECISIONS, { error: 'Bitte wählen Sie eine Entscheidung aus der Liste.' })
					.nullable()
			),
			decisionReasoning: optionalText(
				LONG_MAX,
				`Die Begründung darf höchstens ${LONG_MAX} Zeichen lang sein.`
			),
			decidedOn: optionalDate('das Datum der Entscheidung')
		},
		FORM
	)
	.superRefine((data, ctx) => {
		if (data.decision && !data.decisionReasoning) {
			ctx.addIssue({
				code: 'custom',
				path: ['decisionReasoning'],
				message: 'Bitte begründen Sie die Entscheidung.'
			});
		}
	});
