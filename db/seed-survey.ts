// Seed step of issue 4: teacher survey waves for the Musterstadt round. The Gymnasium has 14 responses
// (results visible from a snapshot taken at seed time), the Grundschule only 3 (results suppressed, to
// show the rule). Codes are fixed
// for the demo only (real codes are random). Answers are validated by the engine, then inserted.
import { validateAnswer } from '../src/lib/domain/questionnaire/validate';
import type { AnswerValue } from '../src/lib/domain/questionnaire/types';
import { berlinDate } from '../src/lib/domain/survey/dates';
import { loadAuthUser } from '../src/lib/server/auth/user-repository';
import type { Db } from '../src/lib/server/db/client';
import { newId } from '../src/lib/server/ids';
import { findQuestion, getVersion } from '../src/lib/server/questionnaires';
import { openSurvey, takeDueSnapshots } from '../src/lib/server/survey';
import { insertTeacherResponse } from '../src/lib/server/survey/answers-repository';
import { updateWave } from '../src/lib/server/survey/repository';
import { DEMO_ACCOUNTS, DEMO_ORGS } from './demo-data';
import { TEACHERS_MS_GS, TEACHERS_MS_GY } from './demo-teacher-answers';
import type { SeedContext } from './seed-foundation';

/** Demo codes (printed in the README); only letters and digits of the code alphabet. */
export const DEMO_SURVEY_CODES = { msGy: 'GYMNAS26', msGs: 'GSLNDH26' } as const;

const DAY = 24 * 60 * 60 * 1000;

async function user(db: Db, key: string) {
	const email = DEMO_ACCOUNTS.find((a) => a.key === key)?.email ?? '';
	const row = await db
		.selectFrom('users')
		.select('id')
		.where('email', '=', email)
		.executeTakeFirst();
	const found = row ? await loadAuthUser(db, row.id) : null;
	if (!found) throw new Error(`demo user ${key} missing`);
	return found;
}

async function seedWave(
	db: Db,
	roundId: string,
	school: 'msGy' | 'msGs',
	lead: string,
	responses: Record<string, unknown>[],
	now: Date
) {
	const opened = new Date(now.getTime() - 10 * DAY);
	const wave = await openSurvey(db, await user(db, lead), roundId, DEMO_ORGS[school].id, opened);
	await updateWave(db, wave.id, { code: DEMO_SURVEY_CODES[school] });
	const version = await getVersion(db, wave.versionId);
	if (!version) throw new Error('teacher questionnaire version missing');
	for (const [i, raw] of responses.entries()) {
		const answers: Record<string, AnswerValue> = {};
		for (const [key, value] of Object.entries(raw)) {
			const found = findQuestion(version.definition, key);
			if (!found) throw new Error(`demo teacher answer for unknown question ${key}`);
			const result = validateAnswer(found.question, value);
			if (!result.ok) throw new Error(`demo teacher answer ${key} is invalid: ${result.message}`);
			if (result.value !== null) answers[key] = result.value;
		}
		const submittedOn = berlinDate(new Date(opened.getTime() + (i % 7) * DAY));
		await insertTeacherResponse(db, { id: newId(), waveId: wave.id, submittedOn }, answers);
	}
	// The results show a snapshot (issue 10, point 5): the Gymnasium's 14 are released at seed time.
	await takeDueSnapshots(db, [wave.id], now);
}

export async function seedSurvey(db: Db, ctx?: Pick<SeedContext, 'now'>): Promise<void> {
	const now = ctx?.now ?? new Date();
	const round = await db
		.selectFrom('planning_rounds')
		.select('id')
		.where('operator_id', '=', DEMO_ORGS.musterstadt.id)
		.executeTakeFirst();
	if (!round) throw new Error('Musterstadt round missing: run the rounds seed first');
	await seedWave(db, round.id, 'msGy', 'leadMsGy', TEACHERS_MS_GY, now);
	await seedWave(db, round.id, 'msGs', 'leadMsGs', TEACHERS_MS_GS, now);
}
