// The audit log view (issue 13): per Schulträger for those who manage it, per school for those who
// may read the school; filter by person, period, object; old → new; CSV export.
import { describe, expect, it } from 'vitest';
import {
	auditCsv,
	changeLines,
	parseAuditFilter,
	type AuditFilter
} from '../../src/lib/domain/audit-view';
import { appendAudit } from '../../src/lib/server/audit/repository';
import { getAuditView, getPilotAuditView } from '../../src/lib/server/audit-view';
import * as pilots from '../../src/lib/server/pilots';
import { DEMO_PILOTS } from '../../db/seed-pilots';
import type { Db } from '../../src/lib/server/db/client';
import { defineMatrix } from '../helpers/authorization-matrix';
import { seedDemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

const NONE: AuditFilter = { actorId: null, from: null, to: null, entityType: null, entityId: null };

defineMatrix('audit view (issue 13)', [
	{
		action: 'getAuditView(musterstadt)',
		target: 'musterstadt',
		run: (db: Db, user, id) => getAuditView(db, user, id, NONE),
		expect: 'ok ok 404 ok 404 404'
	},
	{
		action: 'getAuditView(beispielkreis)',
		target: 'beispielkreis',
		run: (db: Db, user, id) => getAuditView(db, user, id, NONE),
		expect: 'ok 404 ok 404 404 404'
	},
	{
		action: 'getAuditView(msGs)',
		target: 'msGs',
		run: (db: Db, user, id) => getAuditView(db, user, id, NONE),
		expect: 'ok ok 404 ok ok ok'
	},
	{
		action: 'getAuditView(msOs)',
		target: 'msOs',
		run: (db: Db, user, id) => getAuditView(db, user, id, NONE),
		expect: 'ok ok 404 ok ok 404'
	},
	{
		// KISA runs pilots across Schulträger: managers and readers of the pilot (as getPilot)
		action: 'getPilotAuditView(tablets)',
		run: (db: Db, user) => getPilotAuditView(db, user, DEMO_PILOTS.tablets, NONE),
		expect: 'ok ok ok ok 404 404'
	},
	{
		action: 'getAuditView(kisa)',
		target: 'kisa',
		run: (db: Db, user, id) => getAuditView(db, user, id, NONE),
		expect: '404 404 404 404 404 404'
	}
]);

describe('audit view', () => {
	it('shows old → new, filters by person, period and object, and never another Schulträger', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const measureId = '11111111-1111-4111-8111-111111111111';
		await appendAudit(
			db,
			{
				actorId: w.users.operatorMs.id,
				action: 'measure.updated',
				entityType: 'measure',
				entityId: measureId,
				organisationId: w.orgs.musterstadt,
				details: { before: { title: 'WLAN' }, after: { title: 'WLAN im Altbau' } }
			},
			new Date('2020-03-01T10:00:00Z')
		);
		await appendAudit(
			db,
			{
				actorId: w.users.operatorBk.id,
				action: 'measure.updated',
				entityType: 'measure',
				entityId: measureId,
				organisationId: w.orgs.beispielkreis,
				details: {}
			},
			new Date('2020-03-01T10:00:00Z')
		);
		const view = await getAuditView(db, w.users.consultantMs, w.orgs.musterstadt, {
			...NONE,
			entityId: measureId
		});
		expect(view.entries).toHaveLength(1);
		expect(changeLines(view.entries[0].details)).toEqual(['title: WLAN → WLAN im Altbau']);
		expect(view.actors.map((a) => a.name)).toContain('Olaf Ordnungsamt');

		const byPerson = await getAuditView(db, w.users.admin, w.orgs.musterstadt, {
			...NONE,
			actorId: w.users.operatorMs.id,
			from: '2020-03-01',
			to: '2020-03-01'
		});
		expect(byPerson.entries.map((e) => e.entityId)).toEqual([measureId]);
		const later = await getAuditView(db, w.users.admin, w.orgs.musterstadt, {
			...NONE,
			actorId: w.users.operatorMs.id,
			from: '2020-03-02',
			to: '2020-03-31'
		});
		expect(later.entries.filter((e) => e.entityId === measureId)).toHaveLength(0);
	});

	it('shows the changes of one pilot project to those who may read it, and only that pilot', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const before = await getPilotAuditView(db, w.users.consultantMs, DEMO_PILOTS.tablets, NONE);
		await pilots.addLesson(
			db,
			w.users.consultantMs,
			DEMO_PILOTS.tablets,
			'Ladewagen früher bestellen'
		);
		await pilots.addLesson(db, w.users.consultantMs, DEMO_PILOTS.mdm, 'Andere Erkenntnis');
		const after = await getPilotAuditView(db, w.users.consultantMs, DEMO_PILOTS.tablets, NONE);
		expect(after.entries).toHaveLength(before.entries.length + 1);
		expect(JSON.stringify(after.entries[0].details)).toContain('Ladewagen früher bestellen');
		expect(JSON.stringify(after.entries)).not.toContain('Andere Erkenntnis');
		expect(after.actors.map((a) => a.id)).toContain(w.users.consultantMs.id);
	});

	it('parses filters leniently and writes a safe CSV', () => {
		const filter = parseAuditFilter(
			new URLSearchParams('person=x&von=2026-12-01&bis=kaputt&objekt=measure&objektId=1')
		);
		expect(filter).toEqual({
			actorId: null,
			from: '2026-12-01',
			to: null,
			entityType: 'measure',
			entityId: null
		});
		const csv = auditCsv([
			{
				at: '1.12.2026, 11:00:00',
				actorName: 'Olaf Ordnungsamt',
				action: 'Maßnahme geändert',
				entityType: 'Maßnahme',
				entityId: 'm1',
				changes: ['title: =HYPERLINK("x") → "neu"; b']
			}
		]);
		expect(csv.startsWith('\uFEFFZeitpunkt;Person;Aktion;Objekt;Objekt-ID;Änderungen\r\n')).toBe(
			true
		);
		expect(csv).toContain('"title: =HYPERLINK(""x"") → ""neu""; b"');
		expect(
			auditCsv([
				{ at: '', actorName: '=1+1', action: '', entityType: '', entityId: '', changes: [] }
			])
		).toContain("\r\n;'=1+1;");
		expect(
			changeLines({ status: { before: 'entwurf', after: 'eingereicht' }, version: 2 })
		).toEqual(['status: entwurf → eingereicht', 'version: 2']);
	});
});
