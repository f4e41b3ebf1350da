// Form input of the part sections of the pilot detail page (milestones, KPIs, measurements, risks,
// lessons, schools, row buttons). Field names are unique across the page (name = element id).
import { z } from 'zod';
import { RISK_STATUSES, directionProblem } from '$lib/domain/pilots';
import {
	FORM,
	entityId,
	optionalText,
	requiredDate,
	requiredNumber,
	requiredText
} from './input-kit';

const TITLE_MAX = 200;
const LONG_MAX = 4000;
export const MilestoneInput = z.object(
	{
		milestoneTitle: requiredText(
			'Bitte geben Sie den Meilenstein ein.',
			TITLE_MAX,
			`Der Meilenstein darf höchstens ${TITLE_MAX} Zeichen lang sein.`
		),
		milestoneDue: requiredDate('das Fälligkeitsdatum'),
		milestoneOwner: optionalText(
			TITLE_MAX,
			`Der Name darf höchstens ${TITLE_MAX} Zeichen lang sein.`
		)
	},
	FORM
);

export const KpiInput = z
	.object(
		{
			kpiName: requiredText(
				'Bitte geben Sie die Bezeichnung der Kennzahl ein.',
				TITLE_MAX,
				`Die Bezeichnung darf höchstens ${TITLE_MAX} Zeichen lang sein.`
			),
			kpiUnit: requiredText(
				'Bitte geben Sie die Einheit ein, z. B. % oder Tage.',
				30,
				'Die Einheit darf höchstens 30 Zeichen lang sein.'
			),
			kpiBaseline: requiredNumber('den Ausgangswert'),
			kpiTarget: requiredNumber('den Zielwert'),
			kpiDirection: z.enum(['up', 'down'], {
				error: 'Bitte wählen Sie die Richtung aus der Liste.'
			})
		},
		FORM
	)
	.superRefine((data, ctx) => {
		const problem = directionProblem(data.kpiBaseline, data.kpiTarget, data.kpiDirection);
		if (problem) ctx.addIssue({ code: 'custom', path: ['kpiTarget'], message: problem });
	});

export const MeasurementInput = z.object(
	{
		measurementKpi: entityId('Bitte wählen Sie eine Kennzahl aus der Liste.'),
		measuredOn: requiredDate('das Datum der Messung'),
		measurementValue: requiredNumber('den Messwert'),
		measurementNote: optionalText(500, 'Die Bemerkung darf höchstens 500 Zeichen lang sein.')
	},
	FORM
);

const level = (label: string) =>
	z.coerce.number({ error: `Bitte wählen Sie ${label} aus der Liste.` }).pipe(
		z.union([z.literal(1), z.literal(2), z.literal(3)], {
			error: `Bitte wählen Sie ${label} aus der Liste.`
		})
	);

export const RiskInput = z.object(
	{
		riskTitle: requiredText(
			'Bitte beschreiben Sie das Risiko.',
			TITLE_MAX,
			`Das Risiko darf höchstens ${TITLE_MAX} Zeichen lang sein.`
		),
		riskLikelihood: level('die Wahrscheinlichkeit'),
		riskImpact: level('die Auswirkung'),
		riskMitigation: optionalText(
			LONG_MAX,
			`Die Gegenmaßnahme darf höchstens ${LONG_MAX} Zeichen lang sein.`
		),
		riskStatus: z.enum(RISK_STATUSES, { error: 'Bitte wählen Sie einen Status aus der Liste.' })
	},
	FORM
);

export const RiskStatusInput = z.object(
	{
		riskId: entityId('Das Risiko wurde nicht gefunden.'),
		riskStatus: z.enum(RISK_STATUSES, { error: 'Bitte wählen Sie einen Status aus der Liste.' })
	},
	FORM
);

export const LessonInput = z.object(
	{
		lessonText: requiredText(
			'Bitte geben Sie die Erkenntnis ein.',
			LONG_MAX,
			`Die Erkenntnis darf höchstens ${LONG_MAX} Zeichen lang sein.`
		)
	},
	FORM
);

export const SchoolInput = z.object(
	{ schoolId: entityId('Bitte wählen Sie eine Schule aus der Liste.') },
	FORM
);

/** Buttons that act on one row (mark done, delete): just the row's id. */
export const RowInput = z.object({ rowId: entityId('Der Eintrag wurde nicht gefunden.') }, FORM);

export const MeasureLinkInput = z.object(
	{ measureId: entityId('Bitte wählen Sie eine Maßnahme aus der Liste.') },
	FORM
);
