// Authorization matrix of the rounds and responses services (issue 3, quality.md S4) on the seeded
// demo rounds. Columns, in order:  admin  consultantMs  consultantBk  operatorMs  itMs  leadMsGs
// (itMs is the operator-wide IT service of Musterstadt; leadMsGs leads the Grundschule msGs.)
//
// Decisions recorded here:
// - A school lead reads and writes only the Schulleitung questionnaire of their school; IT staff
//   only IT questionnaires (of every school of their Schulträger if they serve it as a whole).
// - The operator reads every questionnaire of its schools but writes only its own; it reopens
//   completed questionnaires. KISA in charge (admin, assigned consultant) reads and writes all.
// - Whatever a user must not see answers 404 (never 403), so existence does not leak.
import type { DemoOrgKey } from '../../db/demo-data';
import type { Db } from '../../src/lib/server/db/client';
import * as responses from '../../src/lib/server/responses';
import * as rounds from '../../src/lib/server/rounds';
import { defineMatrix, type MatrixRow } from '../helpers/authorization-matrix';
import { testDefinitions } from '../helpers/round-fixtures';

type Audience = 'school_lead' | 'it_staff' | 'operator';

async function roundOf(db: Db, operatorId: string): Promise<string> {
	const row = await db
		.selectFrom('planning_rounds')
		.select('id')
		.where('operator_id', '=', operatorId)
		.executeTakeFirstOrThrow();
	return row.id;
}

async function responseOf(db: Db, organisationId: string, audience: Audience): Promise<string> {
	const row = await db
		.selectFrom('responses')
		.select('id')
		.where('organisation_id', '=', organisationId)
		.where('audience', '=', audience)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** A question in a section that is still open in the seed, per audience. */
const OPEN_KEY: Record<Audience, { key: string; section: string; value: string }> = {
	school_lead: { key: 'training.plan_year', section: 'fortbildungsorganisation', value: '2025' },
	it_staff: { key: 'wlan.peak_devices_per_room', section: 'wlan', value: '25' },
	operator: { key: 'renewal.policy', section: 'erneuerung', value: 'informell' }
};

//                     admin cMs  cBk  opMs itMs leadMsGs
const READ_LEAD_OWN = 'ok   ok   404  ok   404  ok';
const WRITE_LEAD_OWN = 'ok   ok   404  403  404  ok';
const READ_IT_OWN = 'ok   ok   404  ok   ok   404';
const WRITE_IT_OWN = 'ok   ok   404  403  ok   404';
const OPERATOR_OWN = 'ok   ok   404  ok   404  404';
const SIBLING_LEAD = 'ok   ok   404  ok   404  404';
const FOREIGN = 'ok   404  ok   404  404  404';
const ROUND_OWN_READ = 'ok   ok   404  ok   ok   ok';
const ROUND_OWN_MANAGE = 'ok   ok   404  403  403  403';

function responseRows(
	target: DemoOrgKey,
	audience: Audience,
	read: string,
	write: string
): MatrixRow[] {
	const open = OPEN_KEY[audience];
	const id = (db: Db, orgId: string) => responseOf(db, orgId, audience);
	const label = `${target}/${audience}`;
	return [
		{
			action: `getResponseForEditing(${label})`,
			target,
			expect: read,
			run: async (db, u, t) => responses.getResponseForEditing(db, u, await id(db, t))
		},
		{
			action: `readAnswers(${label})`,
			target,
			expect: read,
			run: async (db, u, t) => responses.readAnswers(db, u, await id(db, t))
		},
		{
			action: `saveAnswer(${label})`,
			target,
			writes: true,
			expect: write,
			run: async (db, u, t) =>
				responses.saveAnswer(db, u, {
					responseId: await id(db, t),
					questionKey: open.key,
					value: open.value,
					expectedVersion: 0
				})
		},
		{
			action: `saveSection(${label})`,
			target,
			writes: true,
			expect: write,
			run: async (db, u, t) => {
				const form = new FormData();
				form.set(responses.versionFieldName(open.key), '0');
				form.set(open.key, open.value);
				const result = await responses.saveSection(db, u, await id(db, t), open.section, form);
				if (result.saved.length !== 1)
					throw new Error(`not saved: ${JSON.stringify(result.errors)}`);
			}
		}
	];
}

defineMatrix('responses service × roles (seeded Musterstadt and Beispielkreis rounds)', [
	...responseRows('msGs', 'school_lead', READ_LEAD_OWN, WRITE_LEAD_OWN),
	...responseRows('msGs', 'it_staff', READ_IT_OWN, WRITE_IT_OWN),
	...responseRows('musterstadt', 'operator', OPERATOR_OWN, OPERATOR_OWN),
	...responseRows('msOs', 'it_staff', READ_IT_OWN, WRITE_IT_OWN),
	...responseRows('bkOs', 'school_lead', FOREIGN, FOREIGN),
	...responseRows('beispielkreis', 'operator', FOREIGN, FOREIGN),
	{
		action: 'getResponseForEditing(msOs/school_lead) (sibling school)',
		target: 'msOs',
		expect: SIBLING_LEAD,
		run: async (db, u, t) =>
			responses.getResponseForEditing(db, u, await responseOf(db, t, 'school_lead'))
	},
	{
		action: 'reopenSection(msGs/school_lead, stammdaten)',
		target: 'msGs',
		writes: true,
		expect: WRITE_LEAD_OWN,
		run: async (db, u, t) =>
			responses.reopenSection(db, u, await responseOf(db, t, 'school_lead'), 'stammdaten')
	},
	{
		action: 'reopenResponse(msGy/school_lead) (completed in the seed)',
		target: 'msGy',
		writes: true,
		expect: 'ok   ok   404  ok   404  404',
		run: async (db, u, t) => responses.reopenResponse(db, u, await responseOf(db, t, 'school_lead'))
	},
	{
		action: 'completeSection(msOs/it_staff, wlan) (its required answers are in the seed)',
		target: 'msOs',
		writes: true,
		expect: WRITE_IT_OWN,
		run: async (db, u, t) =>
			responses.completeSection(db, u, await responseOf(db, t, 'it_staff'), 'wlan')
	}
]);

defineMatrix('rounds service × roles', [
	{
		action: 'createRound(musterstadt)',
		target: 'musterstadt',
		writes: true,
		expect: ROUND_OWN_MANAGE,
		run: (db, u, t) =>
			rounds.createRound(
				db,
				u,
				{ operatorId: t, title: 'MEK 2031–2035', periodStart: 2031, periodEnd: 2035 },
				{ definitions: testDefinitions() }
			)
	},
	{
		action: 'createRound(beispielkreis)',
		target: 'beispielkreis',
		writes: true,
		expect: FOREIGN,
		run: (db, u, t) =>
			rounds.createRound(
				db,
				u,
				{ operatorId: t, title: 'MEK 2031–2035', periodStart: 2031, periodEnd: 2035 },
				{ definitions: testDefinitions() }
			)
	},
	{
		action: 'getRound(musterstadt)',
		target: 'musterstadt',
		expect: ROUND_OWN_READ,
		run: async (db, u, t) => rounds.getRound(db, u, await roundOf(db, t))
	},
	{
		action: 'getRound(beispielkreis)',
		target: 'beispielkreis',
		expect: FOREIGN,
		run: async (db, u, t) => rounds.getRound(db, u, await roundOf(db, t))
	},
	{
		action: 'getRoundProgress(musterstadt)',
		target: 'musterstadt',
		expect: ROUND_OWN_READ,
		run: async (db, u, t) => rounds.getRoundProgress(db, u, await roundOf(db, t))
	},
	{
		action: 'getRoundProgress(beispielkreis)',
		target: 'beispielkreis',
		expect: FOREIGN,
		run: async (db, u, t) => rounds.getRoundProgress(db, u, await roundOf(db, t))
	},
	{
		action: 'exportRound(musterstadt)',
		target: 'musterstadt',
		expect: ROUND_OWN_READ,
		run: async (db, u, t) => rounds.exportRound(db, u, await roundOf(db, t))
	},
	{
		action: 'exportRound(beispielkreis)',
		target: 'beispielkreis',
		expect: FOREIGN,
		run: async (db, u, t) => rounds.exportRound(db, u, await roundOf(db, t))
	},
	{
		action: 'setRoundStatus(musterstadt)',
		target: 'musterstadt',
		writes: true,
		expect: ROUND_OWN_MANAGE,
		run: async (db, u, t) => rounds.setRoundStatus(db, u, await roundOf(db, t), 'auswertung')
	},
	{
		action: 'setRoundStatus(beispielkreis)',
		target: 'beispielkreis',
		writes: true,
		expect: FOREIGN,
		run: async (db, u, t) => rounds.setRoundStatus(db, u, await roundOf(db, t), 'bedarfserhebung')
	}
]);
