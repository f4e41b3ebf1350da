// Seed step of issue 3: the Musterstadt round "MEK 2026–2030" in Bedarfserhebung with realistic
// answers (Gymnasium complete, Oberschule partly, Grundschule and Förderschule just started) and a
// Beispielkreis round still in Einrichtung. Rounds go through the rounds service (so the current
// questionnaire versions are published); answers are validated by the engine, then bulk-inserted.
import { validateAnswer } from '../src/lib/domain/questionnaire/validate';
import { loadAuthUser } from '../src/lib/server/auth/user-repository';
import type { AuthUser } from '../src/lib/server/auth/user';
import type { Db } from '../src/lib/server/db/client';
import { findQuestion, getVersion } from '../src/lib/server/questionnaires';
import { completeResponse, completeSection } from '../src/lib/server/responses';
import { listResponseContexts, type ResponseContext } from '../src/lib/server/responses/repository';
import { createRound, setRoundStatus } from '../src/lib/server/rounds';
import { DEMO_ACCOUNTS, DEMO_ORGS, type DemoOrgKey } from './demo-data';
import { IT_STAFF, OPERATOR_MUSTERSTADT, SCHOOL_LEAD, type DemoAnswers } from './demo-answers';
import type { SeedContext } from './seed-foundation';

const DAY = 24 * 60 * 60 * 1000;

async function demoUser(db: Db, key: string): Promise<AuthUser> {
	const email = DEMO_ACCOUNTS.find((a) => a.key === key)?.email;
	const row = email
		? await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()
		: undefined;
	const user = row ? await loadAuthUser(db, row.id) : null;
	if (!user) throw new Error(`demo user ${key} missing: run the foundation seed first`);
	return user;
}

interface Fill {
	school: DemoOrgKey;
	audience: 'school_lead' | 'it_staff' | 'operator';
	answers: DemoAnswers;
	by: string;
	/** days before `now` of the last change */
	daysAgo: number;
	complete?: 'all' | string[];
}

const MUSTERSTADT: Fill[] = [
	{
		school: 'msGy',
		audience: 'school_lead',
		answers: SCHOOL_LEAD.msGy,
		by: 'leadMsGy',
		daysAgo: 3,
		complete: 'all'
	},
	{
		school: 'msGy',
		audience: 'it_staff',
		answers: IT_STAFF.msGy,
		by: 'itMs',
		daysAgo: 2,
		complete: 'all'
	},
	{
		school: 'msOs',
		audience: 'school_lead',
		answers: SCHOOL_LEAD.msOs,
		by: 'leadMsOs',
		daysAgo: 5,
		complete: 'all'
	},
	{
		school: 'msOs',
		audience: 'it_staff',
		answers: IT_STAFF.msOs,
		by: 'itMs',
		daysAgo: 1,
		complete: ['anbindung']
	},
	{
		school: 'msGs',
		audience: 'school_lead',
		answers: SCHOOL_LEAD.msGs,
		by: 'leadMsGs',
		daysAgo: 6,
		complete: ['stammdaten']
	},
	{ school: 'msGs', audience: 'it_staff', answers: IT_STAFF.msGs, by: 'itMs', daysAgo: 9 },
	{
		school: 'msFoes',
		audience: 'school_lead',
		answers: SCHOOL_LEAD.msFoes,
		by: 'leadMsFoes',
		daysAgo: 12
	},
	{
		school: 'musterstadt',
		audience: 'operator',
		answers: OPERATOR_MUSTERSTADT,
		by: 'operatorMs',
		daysAgo: 4
	}
];

/** Validates every demo answer against the response's frozen definition and inserts them. */
async function insertAnswers(
	db: Db,
	response: ResponseContext,
	fill: Fill,
	user: AuthUser,
	last: Date
) {
	const version = await getVersion(db, response.versionId);
	if (!version) throw new Error('questionnaire version missing');
	const keys = Object.keys(fill.answers);
	const rows = keys.map((key, i) => {
		const found = findQuestion(version.definition, key);
		if (!found)
			throw new Error(`Demo answer for unknown question ${version.questionnaireKey}:${key}`);
		const result = validateAnswer(found.question, fill.answers[key]);
		if (!result.ok) throw new Error(`Demo answer ${key} is invalid: ${result.message}`);
		// spread the answers over the hour before the last activity, in questionnaire order
		const at = new Date(last.getTime() - (keys.length - 1 - i) * 60_000);
		return {
			response_id: response.id,
			question_key: key,
			value: JSON.stringify(result.value),
			version: 1,
			updated_by: user.id,
			updated_at: at.toISOString()
		};
	});
	if (rows.length > 0) await db.insertInto('answers').values(rows).execute();
}

async function fillRound(db: Db, roundId: string, fills: Fill[], now: Date) {
	const responses = await listResponseContexts(db, roundId);
	for (const fill of fills) {
		const response = responses.find(
			(r) => r.organisation.id === DEMO_ORGS[fill.school].id && r.audience === fill.audience
		);
		if (!response) throw new Error(`no ${fill.audience} response for ${fill.school}`);
		const user = await demoUser(db, fill.by);
		const last = new Date(now.getTime() - fill.daysAgo * DAY);
		await insertAnswers(db, response, fill, user, last);
		if (fill.complete === 'all') await completeResponse(db, user, response.id, last);
		else
			for (const section of fill.complete ?? [])
				await completeSection(db, user, response.id, section, last);
	}
}

/** Seeds both demo rounds. Runs inside the seed transaction (services reuse it). */
export async function seedRounds(db: Db, ctx?: Pick<SeedContext, 'now'>): Promise<void> {
	const now = ctx?.now ?? new Date();
	const consultantMs = await demoUser(db, 'consultantMs');
	const musterstadt = await createRound(
		db,
		consultantMs,
		{
			operatorId: DEMO_ORGS.musterstadt.id,
			title: 'MEK 2026–2030',
			periodStart: 2026,
			periodEnd: 2030
		},
		{ now: new Date(now.getTime() - 21 * DAY) }
	);
	await setRoundStatus(
		db,
		consultantMs,
		musterstadt.id,
		'bedarfserhebung',
		new Date(now.getTime() - 20 * DAY)
	);
	await fillRound(db, musterstadt.id, MUSTERSTADT, now);

	const consultantBk = await demoUser(db, 'consultantBk');
	await createRound(
		db,
		consultantBk,
		{
			operatorId: DEMO_ORGS.beispielkreis.id,
			title: 'MEK 2027–2031',
			periodStart: 2027,
			periodEnd: 2031
		},
		{ now: new Date(now.getTime() - 2 * DAY) }
	);
}
