// Authorization matrix of pilot projects (issue 6, quality.md S4) on the seeded demo pilots.
// Columns, in order:  admin  consultantMs  consultantBk  operatorMs  itMs  leadMsGs
//
// Decisions recorded here (auth/authorize.ts, canReadPilot / canManagePilot):
// - KISA runs pilots across Schulträger: every consultant and every admin reads and manages every pilot.
// - School leads and operators of a participating school read it; changes answer 403 (they know it).
// - Everyone else (IT staff included) must not learn the pilot exists: 404.
// Demo pilots: wlan = msGs, msGy, msFoes (Musterstadt); mdm = bkOs, bkGy, bkBsz (Beispielkreis);
// tablets = msOs (Musterstadt) + bkOs (Beispielkreis).
import { DEMO_PILOTS } from '../../db/seed-pilots';
import * as pilots from '../../src/lib/server/pilots';
import { defineMatrix, type MatrixRow } from '../helpers/authorization-matrix';

type PilotKey = keyof typeof DEMO_PILOTS;

//                        admin cMs  cBk  opMs itMs leadMsGs
const READ_WLAN = '        ok   ok   ok   ok   404  ok';
const WRITE_WLAN = '       ok   ok   ok   403  404  403';
const READ_MDM = '         ok   ok   ok   404  404  404';
const WRITE_MDM = '        ok   ok   ok   404  404  404';
const READ_TABLETS = '     ok   ok   ok   ok   404  404';
const WRITE_TABLETS = '    ok   ok   ok   403  404  404';

const SAMPLE = {
	title: 'Neues Pilotprojekt',
	goal: 'Ein Ziel',
	hypothesis: null,
	description: null,
	startOn: '2027-01-01',
	endOn: '2027-12-31',
	ownerUserId: null,
	ownerName: 'Jemand',
	budgetPlannedCents: null,
	budgetSpentCents: null,
	fundingSource: null,
	status: 'geplant' as const
};

function rowsFor(key: PilotKey, read: string, write: string): MatrixRow[] {
	const id = DEMO_PILOTS[key];
	return [
		{ action: `getPilot(${key})`, run: (db, user) => pilots.getPilot(db, user, id), expect: read },
		{
			action: `updatePilot(${key})`,
			writes: true,
			run: (db, user) => pilots.updatePilot(db, user, id, { ...SAMPLE, title: 'Geändert' }),
			expect: write
		},
		{
			action: `setLight(${key})`,
			writes: true,
			run: (db, user) =>
				pilots.setLight(db, user, id, {
					light: 'kritisch',
					reason: 'Test',
					assessedOn: '2020-01-01'
				}),
			expect: write
		},
		{
			action: `addMilestone(${key})`,
			writes: true,
			run: (db, user) =>
				pilots.addMilestone(db, user, id, { title: 'M', dueOn: '2027-01-01', owner: null }),
			expect: write
		},
		{
			action: `addKpi(${key})`,
			writes: true,
			run: (db, user) =>
				pilots.addKpi(db, user, id, {
					name: 'K',
					unit: '%',
					baseline: 0,
					target: 1,
					direction: 'up'
				}),
			expect: write
		},
		{
			action: `addRisk(${key})`,
			writes: true,
			run: (db, user) =>
				pilots.addRisk(db, user, id, {
					title: 'R',
					likelihood: 1,
					impact: 1,
					mitigation: null,
					status: 'offen'
				}),
			expect: write
		},
		{
			action: `addLesson(${key})`,
			writes: true,
			run: (db, user) => pilots.addLesson(db, user, id, 'Erkenntnis'),
			expect: write
		},
		{
			action: `setDecision(${key})`,
			writes: true,
			run: (db, user) =>
				pilots.setDecision(db, user, id, {
					decision: 'beenden',
					reasoning: 'Test',
					decidedOn: null
				}),
			expect: write
		}
	];
}

defineMatrix('pilot projects', [
	{
		action: 'createPilot',
		writes: true,
		run: (db, user) => pilots.createPilot(db, user, SAMPLE),
		expect: 'ok ok ok 403 403 403'
	},
	...rowsFor('wlan', READ_WLAN, WRITE_WLAN),
	...rowsFor('mdm', READ_MDM, WRITE_MDM),
	...rowsFor('tablets', READ_TABLETS, WRITE_TABLETS)
]);
