// Small questionnaire definitions and a round builder for the rounds/responses integration tests.
// Keys start with "test-" so they never mix with the real questionnaires in db/questionnaires.
import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import { createRound } from '../../src/lib/server/rounds';
import { listResponseContexts } from '../../src/lib/server/responses/repository';

function schoolLead(version = 1): QuestionnaireDefinition {
	return {
		key: 'test-school-lead',
		version,
		title: 'Schulleitung (Test)',
		description: 'Testfragebogen',
		audience: 'school_lead',
		scope: 'school',
		source: 'tests',
		sections: [
			{
				key: 'stammdaten',
				code: 'A',
				title: 'Stammdaten',
				questions: [
					{
						key: 'a.pupils',
						type: 'integer',
						label: 'Schülerzahl',
						unit: 'Schüler/innen',
						min: 0,
						max: 3000,
						requirement: 'required'
					},
					{
						key: 'a.has_mbk',
						type: 'boolean',
						label: 'Gibt es ein Medienbildungskonzept?',
						requirement: 'required'
					},
					{
						key: 'a.mbk_year',
						type: 'year',
						label: 'Jahr des Medienbildungskonzepts',
						min: 2000,
						max: 2030,
						requirement: 'required',
						showIf: { key: 'a.has_mbk', op: 'eq', value: true }
					},
					{ key: 'a.note', type: 'text', label: 'Bemerkung', requirement: 'optional' }
				]
			},
			{
				key: 'strategie',
				code: 'D',
				title: 'Strategie',
				questions: [
					{
						key: 'd.platforms',
						type: 'multi',
						label: 'Genutzte Plattformen',
						options: [
							{ value: 'lernsax', label: 'LernSax' },
							{ value: 'moodle', label: 'Moodle' }
						],
						allowOther: true,
						requirement: 'soft'
					},
					{
						key: 'd.rooms',
						type: 'grid',
						label: 'Räume nach Ausstattung',
						rows: [
							{ key: 'klassenraum', label: 'Klassenraum' },
							{ key: 'fachraum', label: 'Fachraum' }
						],
						columns: [
							{ key: 'beamer', label: 'Beamer' },
							{ key: 'display', label: 'Display' }
						],
						unit: 'Räume',
						min: 0,
						max: 200,
						requirement: 'optional'
					}
				]
			}
		]
	};
}

function single(key: string, audience: 'it_staff' | 'operator', scope: 'school' | 'operator') {
	return (version = 1): QuestionnaireDefinition => ({
		key,
		version,
		title: `${audience} (Test)`,
		description: 'Testfragebogen',
		audience,
		scope,
		source: 'tests',
		sections: [
			{
				key: 'netz',
				code: 'B',
				title: 'Netz',
				questions: [
					{
						key: 'b.bandwidth',
						type: 'decimal',
						label: 'Bandbreite',
						unit: 'Mbit/s',
						min: 0,
						max: 100000,
						requirement: 'required'
					},
					{
						key: 'b.wlan',
						type: 'percent',
						label: 'WLAN-Abdeckung',
						min: 0,
						max: 100,
						requirement: 'soft'
					}
				]
			}
		]
	});
}

export const testSchoolLead = schoolLead;
export const testItStaff = single('test-it-staff', 'it_staff', 'school');
export const testOperator = single('test-operator', 'operator', 'operator');

export function testDefinitions(): QuestionnaireDefinition[] {
	return [testSchoolLead(), testItStaff(), testOperator()];
}

/** Creates a round with the test definitions and returns it with its responses by org and audience. */
export async function createTestRound(
	db: Db,
	user: AuthUser,
	operatorId: string,
	options: { schoolIds?: string[]; definitions?: QuestionnaireDefinition[] } = {}
) {
	const round = await createRound(
		db,
		user,
		{
			operatorId,
			title: 'MEK 2026–2030',
			periodStart: 2026,
			periodEnd: 2030,
			schoolIds: options.schoolIds
		},
		{ definitions: options.definitions ?? testDefinitions() }
	);
	const responses = await listResponseContexts(db, round.id);
	const responseId = (organisationId: string, audience: string) => {
		const r = responses.find(
			(x) => x.organisation.id === organisationId && x.audience === audience
		);
		if (!r) throw new Error(`no ${audience} response for ${organisationId}`);
		return r.id;
	};
	return { round, responses, responseId };
}
