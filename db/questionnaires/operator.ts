// Questionnaire for the operator (Schulträger): costs, renewal, support model, funding, strategy.

import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import { budget, renewal } from './operator/costs';
import { funding, operatorStrategy, supportModel } from './operator/organisation';
import { SOURCE_DOMAIN } from './shared';

export const operatorQuestionnaire: QuestionnaireDefinition = {
	key: 'operator',
	version: 1,
	title: 'Bedarfserhebung – Schulträger',
	description:
		'Budget, Erneuerung, Supportmodell, Förderung und Strategie für alle Schulen des Schulträgers. Auszufüllen vom Schulverwaltungsamt bzw. der für Schul-IT zuständigen Stelle.',
	audience: 'operator',
	scope: 'operator',
	sections: [operatorStrategy, budget, renewal, supportModel, funding],
	source: `${SOURCE_DOMAIN} (G, K, L); §1.2–1.3 Förderprogramme (RL Digitale Schulen, SAB, DigitalPakt 2.0); §3 Orientierungswerte (ifib 2017, Erneuerungszyklen, Support); §4 Nachhaltigkeit und Gesamtkosten.`
};
