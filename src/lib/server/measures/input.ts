// Form input for measures: zod schemas with German messages (style.md). Routes pass the raw form
// values (strings, and string arrays for schools).
import { z } from 'zod';
import { CONTROL_CHARACTERS, isCleanText } from '$lib/domain/text';
import { MEASURE_STATUSES, isQuarter, type Quarter } from '$lib/domain/measures/measure';
import { checkQuarterOrder } from '$lib/domain/measures/planning';
import { ACTION_FIELDS, PRIORITIES } from '$lib/domain/measures/types';
import { ID_PATTERN } from '../ids';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 4000;
export const OWNER_MAX = 200;
export const REASON_MAX = 1000;

const quarter = (message: string) =>
	z
		.string()
		.trim()
		.refine((v) => v === '' || isQuarter(v), { error: message })
		.transform((v) => (v === '' ? null : (v as Quarter)));

const version = z.preprocess(
	(v) => (typeof v === 'string' && /^\d{1,9}$/.test(v.trim()) ? Number(v) : v),
	z.number({ error: 'Die Versionsangabe fehlt. Bitte laden Sie die Seite neu.' }).int().min(1)
);

export const RuleKeyInput = z.object({
	ruleKey: z
		.string({ error: 'Der Vorschlag fehlt. Bitte laden Sie die Seite neu.' })
		.trim()
		.min(1, { error: 'Der Vorschlag fehlt. Bitte laden Sie die Seite neu.' })
		.max(100, { error: 'Unbekannter Vorschlag.' })
});

const rejectionReason = z
	.string({ error: 'Bitte begründen Sie die Ablehnung.' })
	.trim()
	.refine(isCleanText, CONTROL_CHARACTERS)
	.min(1, { error: 'Bitte begründen Sie die Ablehnung.' })
	.max(REASON_MAX, { error: `Die Begründung darf höchstens ${REASON_MAX} Zeichen lang sein.` });

export const RejectInput = RuleKeyInput.extend({ reason: rejectionReason });
export type RejectInput = z.infer<typeof RejectInput>;

const fields = {
	title: z
		.string({ error: 'Bitte geben Sie einen Titel ein.' })
		.trim()
		.refine(isCleanText, CONTROL_CHARACTERS)
		.min(1, { error: 'Bitte geben Sie einen Titel ein.' })
		.max(TITLE_MAX, { error: `Der Titel darf höchstens ${TITLE_MAX} Zeichen lang sein.` }),
	description: z
		.string()
		.trim()
		.refine(isCleanText, CONTROL_CHARACTERS)
		.max(DESCRIPTION_MAX, {
			error: `Die Beschreibung darf höchstens ${DESCRIPTION_MAX} Zeichen lang sein.`
		})
		.default(''),
	actionField: z.enum(ACTION_FIELDS, {
		error: 'Bitte wählen Sie ein Handlungsfeld aus der Liste.'
	}),
	owner: z
		.string()
		.trim()
		.refine(isCleanText, CONTROL_CHARACTERS)
		.max(OWNER_MAX, { error: `Die Angabe darf höchstens ${OWNER_MAX} Zeichen lang sein.` })
		.default(''),
	priority: z.enum(PRIORITIES, { error: 'Bitte wählen Sie eine Priorität aus der Liste.' }),
	startQuarter: quarter('Bitte wählen Sie ein Startquartal aus der Liste.').prefault(''),
	endQuarter: quarter('Bitte wählen Sie ein Endquartal aus der Liste.').prefault(''),
	schoolIds: z
		.array(z.string().regex(ID_PATTERN, { error: 'Bitte wählen Sie Schulen aus der Liste.' }))
		.max(500)
		.default([])
};

function quartersInOrder<T extends { startQuarter: Quarter | null; endQuarter: Quarter | null }>(
	v: T,
	ctx: z.RefinementCtx
) {
	const message = checkQuarterOrder(v.startQuarter, v.endQuarter);
	if (message) ctx.addIssue({ code: 'custom', path: ['endQuarter'], message });
}

/** A manually added measure (status "geplant" unless chosen otherwise). */
export const NewMeasureInput = z.object(fields).superRefine(quartersInOrder);
export type NewMeasureInput = z.infer<typeof NewMeasureInput>;

/** Editing a measure: every field, status, and the version the form was loaded with. */
export const EditMeasureInput = z
	.object({
		...fields,
		status: z.enum(MEASURE_STATUSES, { error: 'Bitte wählen Sie einen Status aus der Liste.' }),
		rejectionReason: z
			.string()
			.trim()
			.refine(isCleanText, CONTROL_CHARACTERS)
			.max(REASON_MAX)
			.default(''),
		version
	})
	.superRefine((v, ctx) => {
		quartersInOrder(v, ctx);
		if (v.status === 'rejected' && v.rejectionReason === '')
			ctx.addIssue({
				code: 'custom',
				path: ['rejectionReason'],
				message: 'Bitte begründen Sie die Ablehnung.'
			});
	});
export type EditMeasureInput = z.infer<typeof EditMeasureInput>;

/** Only the status (quick change in the table or on the measure page). */
export const MeasureStatusInput = z
	.object({
		status: z.enum(MEASURE_STATUSES, { error: 'Bitte wählen Sie einen Status aus der Liste.' }),
		rejectionReason: z
			.string()
			.trim()
			.refine(isCleanText, CONTROL_CHARACTERS)
			.max(REASON_MAX)
			.default(''),
		version
	})
	.superRefine((v, ctx) => {
		if (v.status === 'rejected' && v.rejectionReason === '')
			ctx.addIssue({
				code: 'custom',
				path: ['rejectionReason'],
				message: 'Bitte begründen Sie die Ablehnung.'
			});
	});
export type MeasureStatusInput = z.infer<typeof MeasureStatusInput>;
