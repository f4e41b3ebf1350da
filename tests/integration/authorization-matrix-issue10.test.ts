// Authorization matrix, extended for issue 10 (point 3): invitations, pilot links and schools,
// deleting pilot rows (also a row of another pilot), pilot reports, and the cost items of measures.
// Columns, in order:  admin  consultantMs  consultantBk  operatorMs  itMs  leadMsGs
// 400 = refused like a wrong pick: a consultant of another Schulträger is offered neither its
// schools nor its measures, so choosing one by id is a validation error that reveals nothing.
import { DEMO_PILOTS } from '../../db/seed-pilots';
import type { Db } from '../../src/lib/server/db/client';
import { ForbiddenError } from '../../src/lib/server/errors';
import * as invitations from '../../src/lib/server/invitations';
import * as measures from '../../src/lib/server/measures';
import * as pilots from '../../src/lib/server/pilots';
import { defineMatrix, type MatrixRow } from '../helpers/authorization-matrix';

type PilotKey = keyof typeof DEMO_PILOTS;

//                        admin cMs  cBk  opMs itMs leadMsGs
const READ: Record<PilotKey, string> = {
	wlan: '            ok   ok   ok   ok   404  ok',
	mdm: '             ok   ok   ok   404  404  404',
	tablets: '         ok   ok   ok   ok   404  404'
};
const WRITE: Record<PilotKey, string> = {
	wlan: '            ok   ok   ok   403  404  403',
	mdm: '             ok   ok   ok   404  404  404',
	tablets: '         ok   ok   ok   403  404  404'
};

type PilotTable = 'pilot_milestones' | 'pilot_kpis' | 'pilot_risks' | 'pilot_lessons';

async function firstRow(db: Db, table: PilotTable, pilotId: string): Promise<string> {
	const row = await db
		.selectFrom(table)
		.select('id')
		.where('pilot_id', '=', pilotId)
		.orderBy('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

async function firstMeasurement(db: Db, pilotId: string): Promise<string> {
	const row = await db
		.selectFrom('pilot_kpi_measurements')
		.innerJoin('pilot_kpis', 'pilot_kpis.id', 'pilot_kpi_measurements.kpi_id')
		.select('pilot_kpi_measurements.id')
		.where('pilot_kpis.pilot_id', '=', pilotId)
		.orderBy('pilot_kpi_measurements.id')
		.executeTakeFirstOrThrow();
	return row.id;
}

async function measureByRule(db: Db, rule: string): Promise<string> {
	return (
		await db
			.selectFrom('measures')
			.select('id')
			.where('rule_key', '=', rule)
			.executeTakeFirstOrThrow()
	).id;
}

function deleteRows(key: PilotKey): MatrixRow[] {
	const id = DEMO_PILOTS[key];
	const rows: MatrixRow[] = [
		{
			action: `deleteMilestone(${key})`,
			writes: true,
			run: async (db, u) =>
				pilots.deleteMilestone(db, u, id, await firstRow(db, 'pilot_milestones', id)),
			expect: WRITE[key]
		},
		{
			action: `deleteKpi(${key})`,
			writes: true,
			run: async (db, u) => pilots.deleteKpi(db, u, id, await firstRow(db, 'pilot_kpis', id)),
			expect: WRITE[key]
		},
		{
			action: `deleteRisk(${key})`,
			writes: true,
			run: async (db, u) => pilots.deleteRisk(db, u, id, await firstRow(db, 'pilot_risks', id)),
			expect: WRITE[key]
		},
		{
			action: `pilotReportCsv(${key})`,
			run: (db, u) => pilots.pilotReportCsv(db, u, id),
			expect: READ[key]
		}
	];
	// the WLAN pilot is still planned: no measurements and no lessons yet
	if (key !== 'wlan')
		rows.push(
			{
				action: `deleteMeasurement(${key})`,
				writes: true,
				run: async (db, u) => pilots.deleteMeasurement(db, u, id, await firstMeasurement(db, id)),
				expect: WRITE[key]
			},
			{
				action: `deleteLesson(${key})`,
				writes: true,
				run: async (db, u) =>
					pilots.deleteLesson(db, u, id, await firstRow(db, 'pilot_lessons', id)),
				expect: WRITE[key]
			}
		);
	return rows;
}

const PILOT_ROWS: MatrixRow[] = [
	...deleteRows('wlan'),
	...deleteRows('mdm'),
	...deleteRows('tablets'),
	{
		// a row of another pilot, sent to a pilot the user manages: nothing is deleted
		action: 'deleteMilestone(wlan, milestone of mdm)',
		writes: true,
		run: async (db, u) =>
			pilots.deleteMilestone(
				db,
				u,
				DEMO_PILOTS.wlan,
				await firstRow(db, 'pilot_milestones', DEMO_PILOTS.mdm)
			),
		expect: '404 404 404 403 404 403'
	},
	{
		action: 'deleteRisk(tablets, risk of wlan)',
		writes: true,
		run: async (db, u) =>
			pilots.deleteRisk(
				db,
				u,
				DEMO_PILOTS.tablets,
				await firstRow(db, 'pilot_risks', DEMO_PILOTS.wlan)
			),
		expect: '404 404 404 403 404 404'
	},
	{
		action: 'pilotReportPdf(mdm)',
		run: (db, u) => pilots.pilotReportPdf(db, u, DEMO_PILOTS.mdm),
		expect: READ.mdm
	},
	// Links to measures: only measures the user reads (a Musterstadt measure: KISA in charge).
	{
		action: 'linkMeasure(tablets, Musterstadt measure)',
		writes: true,
		run: async (db, u) =>
			pilots.linkMeasure(
				db,
				u,
				DEMO_PILOTS.tablets,
				await measureByRule(db, 'connectivity.upgrade')
			),
		expect: 'ok ok 400 403 404 404'
	},
	{
		action: 'unlinkMeasure(wlan, linked Musterstadt measure)',
		writes: true,
		run: async (db, u) =>
			pilots.unlinkMeasure(db, u, DEMO_PILOTS.wlan, await measureByRule(db, 'wlan.expand')),
		expect: 'ok ok 404 403 404 403'
	},
	// Schools: a manager adds and removes only schools they read themselves.
	{
		action: 'addPilotSchool(wlan, msOs)',
		writes: true,
		target: 'msOs',
		run: (db, u, schoolId) => pilots.addPilotSchool(db, u, DEMO_PILOTS.wlan, schoolId),
		expect: 'ok ok 400 403 404 403'
	},
	{
		action: 'removePilotSchool(wlan, msGs)',
		writes: true,
		target: 'msGs',
		run: (db, u, schoolId) => pilots.removePilotSchool(db, u, DEMO_PILOTS.wlan, schoolId),
		expect: 'ok ok 403 403 404 403'
	},
	{
		action: 'removePilotSchool(tablets, bkOs)',
		writes: true,
		target: 'bkOs',
		run: (db, u, schoolId) => pilots.removePilotSchool(db, u, DEMO_PILOTS.tablets, schoolId),
		expect: 'ok 403 ok 403 404 404'
	}
];

const invite = (role: 'school_lead' | 'operator') => (organisationId: string) => ({
	organisationId,
	email: `neu.${role}@beispiel.example`,
	role
});

/** An open invitation to the Grundschule, made by the admin before the call. */
async function inviteToGs(db: Db, w: Parameters<NonNullable<MatrixRow['setup']>>[1]) {
	await invitations.createInvitation(db, w.users.admin, invite('school_lead')(w.orgs.msGs));
}

async function openInvitation(db: Db): Promise<string> {
	return (
		await db
			.selectFrom('invitations')
			.select('id')
			.where('used_at', 'is', null)
			.executeTakeFirstOrThrow()
	).id;
}

const INVITATION_ROWS: MatrixRow[] = [
	...(['msGs', 'msOs', 'bkOs'] as const).map((target): MatrixRow => ({
		action: `createInvitation(school_lead into ${target})`,
		writes: true,
		target,
		run: (db, u, id) => invitations.createInvitation(db, u, invite('school_lead')(id)),
		expect: {
			msGs: 'ok ok 404 ok 403 403',
			msOs: 'ok ok 404 ok 403 404',
			bkOs: 'ok 404 ok 404 404 404'
		}[target]
	})),
	{
		action: 'createInvitation(operator into musterstadt)',
		writes: true,
		target: 'musterstadt',
		run: (db, u, id) => invitations.createInvitation(db, u, invite('operator')(id)),
		expect: 'ok ok 404 ok 403 404'
	},
	{
		action: 'getInvitationOverview(msGs)',
		target: 'msGs',
		run: (db, u, id) => invitations.getInvitationOverview(db, u, id),
		expect: 'ok ok 404 ok 403 403'
	},
	{
		action: 'getInvitationOverview(beispielkreis)',
		target: 'beispielkreis',
		run: (db, u, id) => invitations.getInvitationOverview(db, u, id),
		expect: 'ok 404 ok 404 404 404'
	},
	{
		action: 'revokeInvitation(open invitation to msGs)',
		writes: true,
		setup: inviteToGs,
		run: async (db, u) => invitations.revokeInvitation(db, u, await openInvitation(db)),
		expect: 'ok ok 404 ok 403 403'
	}
];

/** The cost items and sums of a measure: a reader without them is refused like /kosten (403). */
async function costsOfMeasure(db: Db, u: Parameters<MatrixRow['run']>[1], rule: string) {
	const detail = await measures.getMeasure(db, u, await measureByRule(db, rule));
	if (detail.costItems === null || detail.measure.investment === null)
		throw new ForbiddenError('no cost figures');
	return detail;
}

const MEASURE_COST_ROWS: MatrixRow[] = [
	{
		action: 'cost items of a measure (concerns msGs)',
		run: (db, u) => costsOfMeasure(db, u, 'connectivity.upgrade'),
		expect: 'ok ok 404 ok 403 403'
	},
	{
		action: 'cost items of a measure (concerns msOs only)',
		run: (db, u) => costsOfMeasure(db, u, 'network.renewal'),
		expect: 'ok ok 404 ok 403 404'
	},
	{
		action: 'sums in the measures overview (Musterstadt)',
		target: 'musterstadt',
		run: async (db, u, operatorId) => {
			const round = await db
				.selectFrom('planning_rounds')
				.select('id')
				.where('operator_id', '=', operatorId)
				.executeTakeFirstOrThrow();
			const overview = await measures.getMeasuresOverview(db, u, round.id);
			if (!overview.canSeeCosts || overview.measures.some((m) => m.investment === null))
				throw new ForbiddenError('no cost figures');
		},
		expect: 'ok ok 404 ok 403 403'
	}
];

defineMatrix('issue 10: pilot sub-actions and reports', PILOT_ROWS);
defineMatrix('issue 10: invitations', INVITATION_ROWS);
defineMatrix('issue 10: cost items of measures', MEASURE_COST_ROWS);
