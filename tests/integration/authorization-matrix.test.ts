// Authorization matrix of the organisations service (issue 2, quality.md S4). Columns, in order:
//   admin  consultantMs  consultantBk  operatorMs  itMs  leadMsGs
// Own = Stadt Musterstadt / Grundschule Am Lindenhof (msGs); sibling = Oberschule Musterstadt (msOs);
// foreign = Landkreis Beispielkreis / Oberschule Talblick (bkOs).
//
// Decisions recorded here:
// - IT staff read the master data of the schools they serve but never edit it, create schools,
//   deactivate anything or see people lists (they fill in the technical sections later).
// - School staff see their Schulträger only as the frame around their own school: its entry and its
//   consultants, not its other schools, not its people, no edits.
// - Only admins assign consultants; only KISA staff in charge deactivate a Schulträger.
// - Whatever a user must not see answers 404 (never 403), so existence does not leak.
// Later features: add rows here or call defineMatrix with their own rows in their own test file.
import { describe, expect, it } from 'vitest';
import * as orgs from '../../src/lib/server/organisations';
import type { OperatorData, SchoolData } from '../../src/lib/domain/organisation';
import { NotFoundError } from '../../src/lib/server/errors';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld } from '../helpers/factories';
import { MATRIX_ACTORS, defineMatrix, type MatrixRow } from '../helpers/authorization-matrix';

const operatorData: OperatorData = {
	name: 'Geänderter Name',
	operatorType: 'gemeinde',
	municipalityKey: null,
	street: 'Markt 2',
	postalCode: '09456',
	city: 'Musterstadt'
};
const schoolData: SchoolData = {
	name: 'Geänderte Schule',
	schoolNumber: null,
	schoolType: 'OS',
	street: null,
	postalCode: null,
	city: null,
	pupils: 300,
	classes: 12,
	teachers: 25
};

//                                      admin cMs  cBk  opMs itMs leadMsGs
const OWN_OPERATOR_READ /*          */ = 'ok   ok   404  ok   ok   ok';
const OWN_OPERATOR_MANAGE /*        */ = 'ok   ok   404  ok   403  403';
const FOREIGN_OPERATOR_READ /*      */ = 'ok   404  ok   404  404  404';
const FOREIGN_OPERATOR_MANAGE = FOREIGN_OPERATOR_READ;

const operatorRows = (
	action: string,
	run: MatrixRow['run'],
	own: string,
	foreign: string,
	writes = false
): MatrixRow[] => [
	{ action: `${action}(musterstadt)`, target: 'musterstadt', run, expect: own, writes },
	{ action: `${action}(beispielkreis)`, target: 'beispielkreis', run, expect: foreign, writes }
];

const schoolRows = (
	action: string,
	run: MatrixRow['run'],
	own: string,
	sibling: string,
	foreign: string,
	writes = false
): MatrixRow[] => [
	{ action: `${action}(msGs)`, target: 'msGs', run, expect: own, writes },
	{ action: `${action}(msOs)`, target: 'msOs', run, expect: sibling, writes },
	{ action: `${action}(bkOs)`, target: 'bkOs', run, expect: foreign, writes }
];

export const ORGANISATION_MATRIX: MatrixRow[] = [
	// Calls without a target organisation.
	{
		action: 'createOperator',
		run: (db, user) => orgs.createOperator(db, user, operatorData),
		expect: 'ok ok ok 403 403 403',
		writes: true
	},
	{
		action: 'listAssignableConsultants',
		run: (db, user) => orgs.listAssignableConsultants(db, user),
		expect: 'ok 403 403 403 403 403'
	},
	// Schulträger.
	...operatorRows(
		'getOperator',
		(db, u, id) => orgs.getOperator(db, u, id),
		OWN_OPERATOR_READ,
		FOREIGN_OPERATOR_READ
	),
	...operatorRows(
		'listSchools',
		(db, u, id) => orgs.listSchools(db, u, id),
		OWN_OPERATOR_READ,
		FOREIGN_OPERATOR_READ
	),
	...operatorRows(
		'listAssignedConsultants',
		(db, u, id) => orgs.listAssignedConsultants(db, u, id),
		OWN_OPERATOR_READ,
		FOREIGN_OPERATOR_READ
	),
	...operatorRows(
		'updateOperator',
		(db, u, id) => orgs.updateOperator(db, u, id, operatorData),
		OWN_OPERATOR_MANAGE,
		FOREIGN_OPERATOR_MANAGE,
		true
	),
	...operatorRows(
		'createSchool',
		(db, u, id) => orgs.createSchool(db, u, id, schoolData),
		OWN_OPERATOR_MANAGE,
		FOREIGN_OPERATOR_MANAGE,
		true
	),
	...operatorRows(
		'setOperatorActive(false)',
		(db, u, id) => orgs.setOperatorActive(db, u, id, false),
		'ok ok 404 403 403 403',
		FOREIGN_OPERATOR_MANAGE,
		true
	),
	...operatorRows(
		'listPeople',
		(db, u, id) => orgs.listPeople(db, u, id),
		OWN_OPERATOR_MANAGE,
		FOREIGN_OPERATOR_MANAGE
	),
	...operatorRows(
		'assignConsultant(other consultant)',
		(db, u, id, w) =>
			orgs.assignConsultant(
				db,
				u,
				id,
				id === w.orgs.musterstadt ? w.users.consultantBk.id : w.users.consultantMs.id
			),
		'ok 403 404 403 403 403',
		'ok 404 403 404 404 404',
		true
	),
	...operatorRows(
		'unassignConsultant(own consultant)',
		(db, u, id, w) =>
			orgs.unassignConsultant(
				db,
				u,
				id,
				id === w.orgs.musterstadt ? w.users.consultantMs.id : w.users.consultantBk.id
			),
		'ok 403 404 403 403 403',
		'ok 404 403 404 404 404',
		true
	),
	// Schools. Columns: own school, sibling school of the same Schulträger, foreign school.
	...schoolRows(
		'getSchool',
		(db, u, id) => orgs.getSchool(db, u, id),
		'ok ok 404 ok ok ok',
		'ok ok 404 ok ok 404',
		'ok 404 ok 404 404 404'
	),
	...schoolRows(
		'updateSchool',
		(db, u, id) => orgs.updateSchool(db, u, id, schoolData),
		'ok ok 404 ok 403 ok',
		'ok ok 404 ok 403 404',
		'ok 404 ok 404 404 404',
		true
	),
	...schoolRows(
		'setSchoolActive(false)',
		(db, u, id) => orgs.setSchoolActive(db, u, id, false),
		'ok ok 404 ok 403 403',
		'ok ok 404 ok 403 404',
		'ok 404 ok 404 404 404',
		true
	),
	...schoolRows(
		'listPeople',
		(db, u, id) => orgs.listPeople(db, u, id),
		'ok ok 404 ok 403 ok',
		'ok ok 404 ok 403 404',
		'ok 404 ok 404 404 404'
	)
];

defineMatrix('organisations: role × own / sibling / foreign organisation', ORGANISATION_MATRIX);

describe('what each role sees in lists', () => {
	// Visible Schulträger → visible schools, per actor: "a school sees only itself" (S4).
	const expected: Record<(typeof MATRIX_ACTORS)[number], Record<string, string[]>> = {
		admin: {
			beispielkreis: ['bkBsz', 'bkGy', 'bkOs'],
			musterstadt: ['msFoes', 'msGs', 'msGy', 'msOs']
		},
		consultantMs: { musterstadt: ['msFoes', 'msGs', 'msGy', 'msOs'] },
		consultantBk: { beispielkreis: ['bkBsz', 'bkGy', 'bkOs'] },
		operatorMs: { musterstadt: ['msFoes', 'msGs', 'msGy', 'msOs'] },
		itMs: { musterstadt: ['msFoes', 'msGs', 'msGy', 'msOs'] },
		leadMsGs: { musterstadt: ['msGs'] }
	};

	it.each(MATRIX_ACTORS)('%s', async (actor) => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const keyOf = (id: string) => Object.entries(w.orgs).find(([, v]) => v === id)?.[0] ?? id;
		const seen: Record<string, string[]> = {};
		for (const operator of await orgs.listOperators(db, w.users[actor])) {
			const schools = await orgs.listSchools(db, w.users[actor], operator.id);
			seen[keyOf(operator.id)] = schools.map((s) => keyOf(s.id)).sort();
			expect(operator.schoolCount).toBe(schools.length);
		}
		expect(seen).toEqual(expected[actor]);
	});
});

describe('ids that do not fit', () => {
	it('answers 404 for unknown ids and for ids of the wrong kind, also for the admin', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const unknown = '11111111-1111-4111-8111-111111111111';
		const { admin } = w.users;
		await expect(orgs.getSchool(db, admin, unknown)).rejects.toThrow(NotFoundError);
		await expect(orgs.getOperator(db, admin, unknown)).rejects.toThrow(NotFoundError);
		await expect(orgs.getSchool(db, admin, w.orgs.musterstadt)).rejects.toThrow(NotFoundError);
		await expect(orgs.getOperator(db, admin, w.orgs.msGs)).rejects.toThrow(NotFoundError);
		await expect(orgs.getOperator(db, admin, w.orgs.kisa)).rejects.toThrow(NotFoundError);
		await expect(orgs.createSchool(db, admin, w.orgs.msGs, schoolData)).rejects.toThrow(
			NotFoundError
		);
		await expect(orgs.updateSchool(db, admin, unknown, schoolData)).rejects.toThrow(NotFoundError);
		await expect(orgs.listPeople(db, admin, 'not-an-id')).rejects.toThrow(NotFoundError);
	});
});
