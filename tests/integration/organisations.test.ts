// Organisations service on the demo world: visibility of lists, creation, edits, deactivation,
// consultant assignments, people lists and the audit entries each change writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { createTestDb } from '../helpers/test-db';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import type { Db } from '../../src/lib/server/db/client';
import * as orgs from '../../src/lib/server/organisations';
import { listAudit } from '../../src/lib/server/audit/repository';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/server/errors';
import type { SchoolData } from '../../src/lib/domain/organisation';

let db: Db;
let w: DemoWorld;

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
});

const school: SchoolData = {
	name: 'Grundschule Neubau',
	schoolNumber: '4100909',
	schoolType: 'GS',
	street: 'Neue Straße 1',
	postalCode: '09456',
	city: 'Musterstadt',
	pupils: 120,
	classes: 6,
	teachers: 9
};

describe('listOperators', () => {
	it.each([
		['admin', ['Landkreis Beispielkreis:3', 'Stadt Musterstadt:4']],
		['consultantMs', ['Stadt Musterstadt:4']],
		['consultantBk', ['Landkreis Beispielkreis:3']],
		['operatorMs', ['Stadt Musterstadt:4']],
		['itMs', ['Stadt Musterstadt:4']],
		['leadMsGs', ['Stadt Musterstadt:1']],
		['leadBkOs', ['Landkreis Beispielkreis:1']]
	])('%s sees only its own world', async (key, expected) => {
		const list = await orgs.listOperators(db, w.users[key]);
		expect(list.map((o) => `${o.name}:${o.schoolCount}`)).toEqual(expected);
	});
});

describe('listSchools', () => {
	it('gives a school lead only the own school, the operator all four', async () => {
		const forLead = await orgs.listSchools(db, w.users.leadMsGs, w.orgs.musterstadt);
		expect(forLead.map((s) => s.id)).toEqual([w.orgs.msGs]);
		const forOperator = await orgs.listSchools(db, w.users.operatorMs, w.orgs.musterstadt);
		expect(forOperator).toHaveLength(4);
		expect(forOperator.every((s) => s.parentId === w.orgs.musterstadt)).toBe(true);
	});

	it('hides a foreign Schulträger as not found', async () => {
		await expect(orgs.listSchools(db, w.users.consultantBk, w.orgs.musterstadt)).rejects.toThrow(
			NotFoundError
		);
	});

	it('maps school master data to camelCase with real booleans and numbers', async () => {
		const gs = await orgs.getSchool(db, w.users.leadMsGs, w.orgs.msGs);
		expect(gs).toMatchObject({
			kind: 'school',
			parentId: w.orgs.musterstadt,
			schoolType: 'GS',
			schoolNumber: '4100101',
			postalCode: '09456',
			pupils: 212,
			isActive: true
		});
		expect(gs.createdAt).toBeInstanceOf(Date);
	});
});

describe('creating Schulträger and schools', () => {
	it('assigns a consultant to the Schulträger they create and audits both', async () => {
		const created = await orgs.createOperator(db, w.users.consultantMs, {
			name: 'Gemeinde Neudorf',
			operatorType: 'gemeinde',
			municipalityKey: '14522123',
			street: null,
			postalCode: '09999',
			city: 'Neudorf'
		});
		const consultant = await w.reload('consultantMs');
		expect(consultant.assignedOperatorIds).toContain(created.id);
		const audit = await listAudit(db, 'organisation', created.id);
		expect(audit.map((a) => a.action).sort()).toEqual([
			'organisation.consultant_assign',
			'organisation.create'
		]);
		expect(audit.every((a) => a.actorId === w.users.consultantMs.id)).toBe(true);
	});

	it('does not assign the admin to the Schulträger the admin creates', async () => {
		const created = await orgs.createOperator(db, w.users.admin, {
			name: 'Gemeinde Admindorf',
			operatorType: null,
			municipalityKey: null,
			street: null,
			postalCode: null,
			city: null
		});
		expect((await orgs.listAssignedConsultants(db, w.users.admin, created.id)).length).toBe(0);
	});

	it('refuses Schulträger creation by operators and schools', async () => {
		const data = {
			name: 'X',
			operatorType: null,
			municipalityKey: null,
			street: null,
			postalCode: null,
			city: null
		};
		await expect(orgs.createOperator(db, w.users.operatorMs, data)).rejects.toThrow(ForbiddenError);
		await expect(orgs.createOperator(db, w.users.leadMsGs, data)).rejects.toThrow(ForbiddenError);
	});

	it('lets the operator create a school and audits it with the data', async () => {
		const created = await orgs.createSchool(db, w.users.operatorMs, w.orgs.musterstadt, school);
		expect(created).toMatchObject({
			kind: 'school',
			parentId: w.orgs.musterstadt,
			name: school.name,
			pupils: 120
		});
		const [entry] = await listAudit(db, 'organisation', created.id);
		expect(entry.action).toBe('organisation.create');
		expect(entry.details).toMatchObject({
			operatorId: w.orgs.musterstadt,
			after: { name: school.name }
		});
	});

	it('refuses a Schulnummer that another school already has, at the field', async () => {
		const error = await orgs
			.createSchool(db, w.users.admin, w.orgs.musterstadt, { ...school, schoolNumber: '4200101' })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error).toMatchObject({
			field: 'schoolNumber',
			message: expect.stringContaining('Schulnummer')
		});
	});
});

describe('editing master data', () => {
	it('lets a school lead edit the own school and records before and after', async () => {
		await orgs.updateSchool(db, w.users.leadMsGs, w.orgs.msGs, {
			...school,
			schoolNumber: '4100101',
			pupils: 230
		});
		const after = await orgs.getSchool(db, w.users.leadMsGs, w.orgs.msGs);
		expect(after.pupils).toBe(230);
		const [entry] = await listAudit(db, 'organisation', w.orgs.msGs);
		expect(entry).toMatchObject({ action: 'organisation.update', actorId: w.users.leadMsGs.id });
		expect(entry.details).toMatchObject({ before: { pupils: 212 }, after: { pupils: 230 } });
	});

	it('keeps IT staff read-only', async () => {
		await expect(orgs.getSchool(db, w.users.itMs, w.orgs.msGy)).resolves.toMatchObject({
			id: w.orgs.msGy
		});
		await expect(orgs.updateSchool(db, w.users.itMs, w.orgs.msGy, school)).rejects.toThrow(
			ForbiddenError
		);
		expect(await listAudit(db, 'organisation', w.orgs.msGy)).toEqual([]);
	});
});

describe('deactivation', () => {
	it('locks the staff of a deactivated school out until it is reactivated', async () => {
		await orgs.setSchoolActive(db, w.users.operatorMs, w.orgs.msGs, false);
		const lead = await w.reload('leadMsGs');
		await expect(orgs.getSchool(db, lead, w.orgs.msGs)).rejects.toThrow(NotFoundError);
		const forOperator = await orgs.getSchool(db, w.users.operatorMs, w.orgs.msGs);
		expect(forOperator.isActive).toBe(false);
		await orgs.setSchoolActive(db, w.users.operatorMs, w.orgs.msGs, false); // no change, no entry
		await orgs.setSchoolActive(db, w.users.consultantMs, w.orgs.msGs, true);
		await expect(orgs.getSchool(db, await w.reload('leadMsGs'), w.orgs.msGs)).resolves.toBeTruthy();
		const actions = (await listAudit(db, 'organisation', w.orgs.msGs)).map((a) => a.action);
		expect(actions).toEqual(['organisation.reactivate', 'organisation.deactivate']);
	});

	it('lets only KISA staff deactivate a Schulträger', async () => {
		await expect(
			orgs.setOperatorActive(db, w.users.operatorMs, w.orgs.musterstadt, false)
		).rejects.toThrow(ForbiddenError);
		const done = await orgs.setOperatorActive(db, w.users.consultantMs, w.orgs.musterstadt, false);
		expect(done.isActive).toBe(false);
		expect((await w.reload('operatorMs')).memberships).toEqual([]);
	});
});

describe('consultant assignments', () => {
	it('lets the admin assign and unassign, and the consultant then sees the Schulträger', async () => {
		const { admin } = w.users;
		expect(
			await orgs.assignConsultant(db, admin, w.orgs.musterstadt, w.users.consultantBk.id)
		).toBe(true);
		expect(
			await orgs.assignConsultant(db, admin, w.orgs.musterstadt, w.users.consultantBk.id)
		).toBe(false);
		const consultant = await w.reload('consultantBk');
		expect((await orgs.listOperators(db, consultant)).map((o) => o.id).sort()).toEqual(
			[w.orgs.musterstadt, w.orgs.beispielkreis].sort()
		);
		expect(
			await orgs.unassignConsultant(db, admin, w.orgs.musterstadt, w.users.consultantBk.id)
		).toBe(true);
		await expect(
			orgs.getOperator(db, await w.reload('consultantBk'), w.orgs.musterstadt)
		).rejects.toThrow(NotFoundError);
		const actions = (await listAudit(db, 'organisation', w.orgs.musterstadt)).map((a) => a.action);
		expect(actions).toEqual(['organisation.consultant_unassign', 'organisation.consultant_assign']);
	});

	it('refuses to assign someone who is not a KISA consultant', async () => {
		const error = await orgs
			.assignConsultant(db, w.users.admin, w.orgs.musterstadt, w.users.operatorBk.id)
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ValidationError);
		expect(error).toMatchObject({ field: 'consultantId' });
	});

	it('lists the assigned consultant to the school lead as a contact', async () => {
		const list = await orgs.listAssignedConsultants(db, w.users.leadMsGs, w.orgs.musterstadt);
		expect(list.map((c) => c.email)).toEqual(['beratung.nord@kisa.example']);
	});
});

describe('people lists', () => {
	it('shows the operator the people of the Schulträger and all its schools', async () => {
		const people = await orgs.listPeople(db, w.users.operatorMs, w.orgs.musterstadt);
		expect(people.map((p) => p.email).sort()).toEqual(
			[
				'traeger@musterstadt.example',
				'it@musterstadt.example',
				'sl.grundschule@musterstadt.example',
				'sl.oberschule@musterstadt.example',
				'sl.gymnasium@musterstadt.example',
				'sl.foerderschule@musterstadt.example'
			].sort()
		);
		expect(JSON.stringify(people)).not.toContain('argon2');
	});

	it('shows a school lead only the own school, and IT staff nothing', async () => {
		const people = await orgs.listPeople(db, w.users.leadMsGs, w.orgs.msGs);
		expect(people.map((p) => p.role)).toEqual(['school_lead']);
		await expect(orgs.listPeople(db, w.users.itMs, w.orgs.msGs)).rejects.toThrow(ForbiddenError);
		await expect(orgs.listPeople(db, w.users.leadMsGs, w.orgs.musterstadt)).rejects.toThrow(
			ForbiddenError
		);
	});
});
