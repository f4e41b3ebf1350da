// Input of the autosave endpoint. The answer value itself is validated by the questionnaire engine.
import { z } from 'zod';
import { ID_PATTERN } from '../ids';

export const AutosaveInput = z
	.object({
		responseId: z.string().regex(ID_PATTERN),
		questionKey: z.string().min(1).max(200),
		value: z.unknown(),
		expectedVersion: z.int().min(0).max(1_000_000_000)
	})
	.refine((v) => 'value' in v, { path: ['value'] });
export type AutosaveInput = z.infer<typeof AutosaveInput>;

export const AUTOSAVE_BAD_REQUEST =
	'Die Antwort konnte nicht gespeichert werden: Die Anfrage ist unvollständig oder fehlerhaft. Bitte laden Sie die Seite neu.';
