// Questionnaire for the school lead (Schulleitung): master data, strategy, pedagogy, training organisation.

import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import { masterData } from './school-lead/master-data';
import {
	pedagogy,
	schoolDataProtection,
	strategy,
	trainingOrganisation
} from './school-lead/strategy';
import { SOURCE_DOMAIN } from './shared';

export const schoolLeadQuestionnaire: QuestionnaireDefinition = {
	key: 'school-lead',
	version: 1,
	title: 'Bedarfserhebung – Schulleitung',
	description:
		'Stammdaten, Medienbildungskonzept, Unterrichtsentwicklung, Fortbildung und Datenschutz. Auszufüllen von der Schulleitung oder einer beauftragten Person aus dem Medienteam.',
	audience: 'school_lead',
	scope: 'school',
	sections: [masterData, strategy, pedagogy, trainingOrganisation, schoolDataProtection],
	source: `${SOURCE_DOMAIN} (A, J, K); §1.1 MBK/MEP, LaSuB, MPZ; §1.2 Fördervoraussetzungen DigitalPakt; §2 KMK-/SMK-Kompetenzrahmen, DigCompEdu; §7 Personalrat und Mindestgruppengröße.`
};
