// All shipped questionnaire definitions (data). Validated by the schema in
// tests/unit/questionnaire-content.test.ts; published as frozen versions by the server.

import type { Audience, QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import { itStaffQuestionnaire } from './it-staff';
import { operatorQuestionnaire } from './operator';
import { schoolLeadQuestionnaire } from './school-lead';
import { teacherQuestionnaire } from './teacher';

export {
	itStaffQuestionnaire,
	operatorQuestionnaire,
	schoolLeadQuestionnaire,
	teacherQuestionnaire
};

export const QUESTIONNAIRES: readonly QuestionnaireDefinition[] = [
	schoolLeadQuestionnaire,
	itStaffQuestionnaire,
	operatorQuestionnaire,
	teacherQuestionnaire
];

export function questionnaireByKey(key: string): QuestionnaireDefinition | undefined {
	return QUESTIONNAIRES.find((q) => q.key === key);
}

export function questionnaireForAudience(audience: Audience): QuestionnaireDefinition | undefined {
	return QUESTIONNAIRES.find((q) => q.audience === audience);
}
