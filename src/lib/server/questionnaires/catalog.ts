// The questionnaire definitions currently in the repository (db/questionnaires, bundled into the
// server build). New rounds publish these (a new frozen version only when the content changed).
import type { QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import { QUESTIONNAIRES } from '../../../../db/questionnaires/index';

export function currentDefinitions(): QuestionnaireDefinition[] {
	return [...QUESTIONNAIRES];
}
