// Pilot projects service on the demo world: who sees which pilot, creating and changing pilots and
// their parts, schools, measure links, and the audit entry every change writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PILOTS } from '../../db/seed-pilots';
import { isoDateIn, toConceptPilotSummary, type PilotData } from '../../src/lib/domain/pilots';
import { listAudit } from '../../src/lib/server/audit/repository';
import type { Db } from '../../src/lib/server/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/server/errors';
import * as pilots from '../../src/lib/server/pilots';
import { getMeasure } from '../../src/lib/server/measures';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
});

const DATA: PilotData = {
	title: 'Lernplattform-Pilot',
	goal: 'Drei Schulen arbeiten ein Jahr mit LernSax.',
	hypothesis: null,
	description: null,
	startOn: '2027-02-01',
	endOn: '2028-01-31',
	ownerUserId: null,
	ownerName: 'Ines IT-Service',
	budgetPlannedCents: 1_250_050,
	budgetSpentCents: null,
	fundingSource: 'KISA-Pilotbudget',
	status: 'geplant'
};

const titles = async (key: keyof DemoWorld['users']) =>
	(await pilots.listPilots(db, w.users[key])).pilots.map((p) => p.title).sort();

describe('listPilots', () => {
	it('shows KISA staff every pilot and others only those of their schools', async () => {
		const all = [
			'Tablet-Klassen an zwei Oberschulen',
			'WLAN-Standardisierung Musterstadt',
			'Zentrales Gerätemanagement (MDM) im Landkreis Beispielkreis'
		];
		expect(await titles('admin')).toEqual(all);
		expect(await titles('consultantBk')).toEqual(all);
		expect(await titles('operatorMs')).toEqual([all[0], all[1]]);
		expect(await titles('leadMsGs')).toEqual([all[1]]);
		expect(await titles('leadBkOs')).toEqual([all[0], all[2]]);
		expect(await titles('leadMsGy')).toEqual([all[1]]);
		expect(await titles('itMs')).toEqual([]);
	});

	it('filters by status and by Schulträger and offers the Schulträger of visible pilots', async () => {
		const user = w.users.consultantMs;
		const running = await pilots.listPilots(db, user, { status: 'laufend' });
		expect(running.pilots.map((p) => p.id)).toEqual([DEMO_PILOTS.tablets]);
		const bk = await pilots.listPilots(db, user, { operatorId: w.orgs.beispielkreis });
		expect(bk.pilots.map((p) => p.id).sort()).toEqual(
			[DEMO_PILOTS.mdm, DEMO_PILOTS.tablets].sort()
		);
		expect(bk.operators.map((o) => o.name)).toEqual([
			'Landkreis Beispielkreis',
			'Stadt Musterstadt'
		]);
		const lead = await pilots.listPilots(db, w.users.leadMsGs);
		expect(lead.operators.map((o) => o.name)).toEqual(['Stadt Musterstadt']);
	});
});

describe('create and change', () => {
	it('lets a consultant create a pilot and audits it', async () => {
		const created = await pilots.createPilot(db, w.users.consultantBk, DATA);
		expect(created).toMatchObject({ title: DATA.title, light: 'im_plan', status: 'geplant' });
		expect(created.owner).toEqual({ userId: null, name: 'Ines IT-Service' });
		const audit = await listAudit(db, 'pilot_project', created.id);
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ action: 'pilot.create', actorId: w.users.consultantBk.id });
	});

	it('accepts only KISA staff as owner accounts', async () => {
		const data = { ...DATA, ownerName: null, ownerUserId: w.users.operatorMs.id };
		await expect(pilots.createPilot(db, w.users.admin, data)).rejects.toMatchObject({
			field: 'ownerUserId'
		});
		const ok = await pilots.createPilot(db, w.users.admin, {
			...data,
			ownerUserId: w.users.consultantMs.id
		});
		expect(ok.owner).toEqual({ userId: w.users.consultantMs.id, name: 'Bernd Berater' });
	});

	it('shows a participating school lead the pilot read-only and refuses changes', async () => {
		const { pilot, canManage } = await pilots.getPilot(db, w.users.leadMsGs, DEMO_PILOTS.wlan);
		expect(canManage).toBe(false);
		expect(pilot.schools.map((s) => s.name)).toContain('Grundschule Am Lindenhof');
		await expect(
			pilots.addLesson(db, w.users.leadMsGs, DEMO_PILOTS.wlan, 'x')
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(pilots.getPilot(db, w.users.leadMsGs, DEMO_PILOTS.mdm)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(pilots.getPilot(db, w.users.leadMsGs, 'not-an-id')).rejects.toBeInstanceOf(
			NotFoundError
		);
	});

	it('marks milestones done today, reopens them and refuses rows of another pilot', async () => {
		const user = w.users.consultantMs;
		const now = new Date('2026-11-24T10:00:00Z');
		const id = await pilots.addMilestone(
			db,
			user,
			DEMO_PILOTS.wlan,
			{ title: 'Kick-off', dueOn: '2026-12-01', owner: null },
			now
		);
		await pilots.setMilestoneDone(db, user, DEMO_PILOTS.wlan, id, true, now);
		let m = (await pilots.getPilot(db, user, DEMO_PILOTS.wlan)).pilot.milestones.find(
			(x) => x.id === id
		);
		expect(m?.doneOn).toBe('2026-11-24');
		await pilots.setMilestoneDone(db, user, DEMO_PILOTS.wlan, id, false, now);
		m = (await pilots.getPilot(db, user, DEMO_PILOTS.wlan)).pilot.milestones.find(
			(x) => x.id === id
		);
		expect(m?.doneOn).toBeNull();
		await expect(pilots.deleteMilestone(db, user, DEMO_PILOTS.mdm, id)).rejects.toBeInstanceOf(
			NotFoundError
		);
		const actions = (await listAudit(db, 'pilot_project', DEMO_PILOTS.wlan)).map((a) => a.action);
		expect(actions).toEqual([
			'pilot.milestone_reopen',
			'pilot.milestone_done',
			'pilot.milestone_add'
		]);
	});

	it('adds a KPI with two measurements and computes progress from the latest', async () => {
		const user = w.users.consultantMs;
		const kpiId = await pilots.addKpi(db, user, DEMO_PILOTS.wlan, {
			name: 'Abdeckung',
			unit: '%',
			baseline: 60,
			target: 100,
			direction: 'up'
		});
		await pilots.addMeasurement(db, user, DEMO_PILOTS.wlan, kpiId, {
			measuredOn: '2027-03-01',
			value: 70,
			note: null
		});
		await pilots.addMeasurement(db, user, DEMO_PILOTS.wlan, kpiId, {
			measuredOn: '2027-06-01',
			value: 90,
			note: 'Messung IT'
		});
		const kpi = (await pilots.getPilot(db, user, DEMO_PILOTS.wlan)).pilot.kpis.find(
			(k) => k.id === kpiId
		);
		expect(kpi?.measurements.map((m) => m.value)).toEqual([70, 90]);
		const mdmKpi = (await pilots.getPilot(db, user, DEMO_PILOTS.mdm)).pilot.kpis[0].id;
		await expect(
			pilots.addMeasurement(db, user, DEMO_PILOTS.wlan, mdmKpi, {
				measuredOn: '2027-06-01',
				value: 1,
				note: null
			})
		).rejects.toMatchObject({ field: 'measurementKpi' });
	});

	it('records light and decision with before and after in the audit log', async () => {
		const user = w.users.admin;
		const now = new Date('2026-11-24T10:00:00Z');
		await pilots.setLight(
			db,
			user,
			DEMO_PILOTS.wlan,
			{ light: 'gefaehrdet', reason: 'Verzug', assessedOn: '2026-11-24' },
			now
		);
		await expect(
			pilots.setLight(
				db,
				user,
				DEMO_PILOTS.wlan,
				{ light: 'im_plan', reason: null, assessedOn: '2026-12-24' },
				now
			)
		).rejects.toBeInstanceOf(ValidationError);
		await pilots.setDecision(
			db,
			user,
			DEMO_PILOTS.wlan,
			{ decision: 'anpassen', reasoning: 'Zu teuer', decidedOn: null },
			now
		);
		const { pilot } = await pilots.getPilot(db, user, DEMO_PILOTS.wlan);
		expect(pilot.light).toBe('gefaehrdet');
		expect(pilot.decision).toEqual({
			decision: 'anpassen',
			reasoning: 'Zu teuer',
			decidedOn: isoDateIn(now)
		});
		const [decision, light] = await listAudit(db, 'pilot_project', DEMO_PILOTS.wlan);
		expect(light.details).toMatchObject({
			before: { light: 'im_plan' },
			after: { light: 'gefaehrdet' }
		});
		expect(decision.details).toMatchObject({ before: null, after: { decision: 'anpassen' } });
	});
});

describe('schools', () => {
	it('offers and adds only schools the manager can read', async () => {
		const choices = await pilots.listSchoolChoices(db, w.users.consultantMs, DEMO_PILOTS.wlan);
		expect(choices.map((g) => g.operatorName)).toEqual(['Stadt Musterstadt']);
		expect(choices[0].schools.map((s) => s.name)).toEqual(['Oberschule Musterstadt']);
		await pilots.addPilotSchool(db, w.users.consultantMs, DEMO_PILOTS.wlan, w.orgs.msOs);
		expect(await titles('leadMsOs')).toContain('WLAN-Standardisierung Musterstadt');
		await expect(
			pilots.addPilotSchool(db, w.users.consultantBk, DEMO_PILOTS.mdm, w.orgs.msGs)
		).rejects.toMatchObject({ field: 'schoolId' });
		await expect(
			pilots.addPilotSchool(db, w.users.consultantMs, DEMO_PILOTS.wlan, w.orgs.msOs)
		).rejects.toMatchObject({ field: 'schoolId' });
		await expect(
			pilots.removePilotSchool(db, w.users.consultantBk, DEMO_PILOTS.wlan, w.orgs.msGs)
		).rejects.toBeInstanceOf(ForbiddenError);
		await pilots.removePilotSchool(db, w.users.consultantMs, DEMO_PILOTS.wlan, w.orgs.msGs);
		expect(await titles('leadMsGs')).toEqual([]);
		const actions = (await listAudit(db, 'pilot_project', DEMO_PILOTS.wlan)).map((a) => a.action);
		expect(actions).toEqual(['pilot.school_remove', 'pilot.school_add']);
	});
});

describe('measure links', () => {
	async function insertMeasure(): Promise<string> {
		const round = await db
			.selectFrom('planning_rounds')
			.select('id')
			.where('operator_id', '=', w.orgs.musterstadt)
			.executeTakeFirstOrThrow();
		const id = '00000000-0000-4000-b699-000000000001';
		const at = new Date().toISOString();
		await db
			.insertInto('measures')
			.values({
				id,
				round_id: round.id,
				rule_key: null,
				title: 'WLAN in allen Räumen',
				description: '',
				action_field: 'infrastructure',
				owner: 'Stadt',
				priority: 'high',
				start_quarter: null,
				end_quarter: null,
				status: 'planned',
				rejection_reason: null,
				reason: '',
				created_by: null,
				created_at: at,
				updated_at: at,
				version: 1
			})
			.execute();
		return id;
	}

	it('links a measure, lists the pilot for the concept chapter and unlinks it', async () => {
		const measureId = await insertMeasure();
		const offered = await pilots.listMeasureChoices(db, w.users.consultantMs, DEMO_PILOTS.tablets);
		expect(offered.flatMap((g) => g.measures.map((m) => m.title))).toContain(
			'WLAN in allen Räumen'
		);
		await pilots.linkMeasure(db, w.users.consultantMs, DEMO_PILOTS.tablets, measureId);
		await pilots.linkMeasure(db, w.users.consultantMs, DEMO_PILOTS.tablets, measureId); // idempotent
		const authorized = (await getMeasure(db, w.users.consultantMs, measureId)).measure;
		const linked = await pilots.pilotsForMeasure(db, authorized);
		expect(linked).toHaveLength(1);
		expect(linked[0]).toMatchObject({
			id: DEMO_PILOTS.tablets,
			status: 'laufend',
			measureIds: [measureId]
		});
		expect(linked[0].schoolNames).toContain('Oberschule Musterstadt');
		expect(toConceptPilotSummary(linked[0])).toMatchObject({
			title: 'Tablet-Klassen an zwei Oberschulen',
			status: 'Laufend (Gefährdet)',
			decision: null
		});
		expect(
			(await pilots.getPilot(db, w.users.admin, DEMO_PILOTS.tablets)).pilot.measureIds
		).toEqual([measureId]);
		const seen = await pilots.listLinkedMeasures(db, w.users.consultantMs, DEMO_PILOTS.tablets);
		expect(seen).toEqual([
			expect.objectContaining({
				id: measureId,
				title: 'WLAN in allen Räumen',
				statusLabel: 'geplant'
			})
		]);
		const hidden = await pilots.listLinkedMeasures(db, w.users.consultantBk, DEMO_PILOTS.tablets);
		expect(hidden).toEqual([expect.objectContaining({ id: measureId, title: null })]);
		const choices = await pilots.listMeasureChoices(db, w.users.consultantMs, DEMO_PILOTS.tablets);
		expect(choices.flatMap((g) => g.measures.map((m) => m.id))).not.toContain(measureId);
		await pilots.unlinkMeasure(db, w.users.consultantMs, DEMO_PILOTS.tablets, measureId);
		expect(await pilots.pilotsForMeasures(db, [authorized])).toEqual([]);
		const actions = (await listAudit(db, 'pilot_project', DEMO_PILOTS.tablets)).map(
			(a) => a.action
		);
		expect(actions).toEqual(['pilot.measure_unlink', 'pilot.measure_link']);
	});

	it('refuses unknown measures and readers', async () => {
		const measureId = await insertMeasure();
		await expect(
			pilots.linkMeasure(
				db,
				w.users.admin,
				DEMO_PILOTS.tablets,
				'00000000-0000-4000-b699-00000000ffff'
			)
		).rejects.toMatchObject({ field: 'measureId' });
		await expect(
			pilots.linkMeasure(db, w.users.operatorMs, DEMO_PILOTS.tablets, measureId)
		).rejects.toBeInstanceOf(ForbiddenError);
		// a consultant of another Schulträger may manage the pilot but not read Musterstadt's measure
		await expect(
			pilots.linkMeasure(db, w.users.consultantBk, DEMO_PILOTS.tablets, measureId)
		).rejects.toMatchObject({ field: 'measureId' });
		await expect(
			pilots.linkMeasure(db, w.users.itMs, DEMO_PILOTS.tablets, measureId)
		).rejects.toBeInstanceOf(NotFoundError);
		await expect(
			pilots.unlinkMeasure(db, w.users.admin, DEMO_PILOTS.tablets, measureId)
		).rejects.toBeInstanceOf(NotFoundError);
	});

	it('seeds the WLAN pilot as a test of the Musterstadt WLAN measure', async () => {
		const measure = await db
			.selectFrom('measures')
			.select('id')
			.where('rule_key', '=', 'wlan.expand')
			.executeTakeFirst();
		expect(measure, 'the measures seed proposes wlan.expand in Musterstadt').toBeDefined();
		const { measure: authorized } = await getMeasure(db, w.users.operatorMs, measure!.id);
		const linked = await pilots.pilotsForMeasure(db, authorized);
		expect(linked.map((p) => p.title)).toEqual(['WLAN-Standardisierung Musterstadt']);
		const seen = await pilots.listLinkedMeasures(db, w.users.operatorMs, DEMO_PILOTS.wlan);
		expect(seen[0].title).not.toBeNull();
	});
});

describe('CSV', () => {
	it('writes a BOM, German headers and the KPI figures against the target', async () => {
		const { pilot } = await pilots.getPilot(db, w.users.admin, DEMO_PILOTS.mdm);
		const csv = pilots.pilotToCsv(pilot, '2026-11-24');
		expect(
			csv.startsWith(
				'\uFEFFBereich;Bezeichnung;Datum;Wert;Einheit;Ausgangswert;Zielwert;Status;Bemerkung\r\n'
			)
		).toBe(true);
		expect(csv).toContain(
			'Kennzahl;Einrichtungszeit je neuem Gerät;01.06.2020;8;Minuten;45;10;Ziel erreicht;'
		);
		expect(csv).toContain(
			'Kennzahl;Einrichtungszeit je neuem Gerät;01.06.2019;15;Minuten;45;10;86 % des Wegs zum Ziel;'
		);
		expect(csv).toContain('Entscheidung;Ausrollen;15.09.2020');
		expect(csv).toContain(
			'Meilenstein;Alle Geräte der Pilotschulen im MDM;31.03.2019;;;;;Erledigt am 28.03.2019;IT-Service'
		);
		expect(pilots.pilotFileName(pilot, 'csv')).toBe(
			'pilotprojekt-zentrales-geraetemanagement-mdm-im-landkreis-beispielkreis.csv'
		);
	});
});
