// Teacher survey service: waves, anonymous storage, one transaction, idempotent sending, the guessing
// throttle (issue 4; quality.md S6, S7, R4).
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/lib/server/audit/repository';
import type { Db } from '../../src/lib/server/db/client';
import { TooManyRequestsError, ValidationError } from '../../src/lib/server/errors';
import * as survey from '../../src/lib/server/survey';
import { REFUSE_AT_FAILURES } from '../../src/lib/server/survey/throttle';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { musterstadtRoundId, recordingClient, teacherForm } from '../helpers/survey-fixtures';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;
let roundId: string;
const day = new Date('2026-11-24T21:30:00Z'); // 22:30 in Berlin, same day

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	roundId = await musterstadtRoundId(db);
});

const responsesOf = (waveId: string) =>
	db.selectFrom('teacher_responses').select('id').where('wave_id', '=', waveId).execute();

async function openOs() {
	return survey.openSurvey(db, w.users.leadMsOs, roundId, w.orgs.msOs, day);
}

describe('opening and closing', () => {
	it('the school lead opens a wave with an 8-character code, audited', async () => {
		const wave = await openOs();
		expect(wave.code).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
		expect(wave).toMatchObject({ status: 'offen', openedOn: '2026-11-24', freeTextVisible: false });
		expect((await listAudit(db, 'survey_wave', wave.id)).map((a) => a.action)).toEqual([
			'survey.opened'
		]);
		expect(await survey.openSurvey(db, w.users.leadMsOs, roundId, w.orgs.msOs, day)).toEqual(wave);
	});

	it('closing stops the code; reopening keeps code and answers; renewing replaces the code', async () => {
		const wave = await openOs();
		await survey.closeSurvey(db, w.users.leadMsOs, roundId, w.orgs.msOs, day);
		await expect(
			survey.loadPublicSurvey(db, wave.code, recordingClient(), day)
		).rejects.toBeInstanceOf(survey.SurveyClosedError);
		const reopened = await survey.openSurvey(db, w.users.leadMsOs, roundId, w.orgs.msOs, day);
		expect(reopened.code).toBe(wave.code);
		const renewed = await survey.renewSurveyCode(db, w.users.leadMsOs, roundId, w.orgs.msOs, day);
		expect(renewed.code).not.toBe(wave.code);
		await expect(
			survey.enterSurveyCode(db, wave.code, recordingClient(), day)
		).rejects.toBeInstanceOf(ValidationError);
		expect(
			await survey.enterSurveyCode(db, renewed.code.toLowerCase(), recordingClient(), day)
		).toBe(renewed.code);
	});

	it('the admin view tells the number of responses only in bands, never one by one', async () => {
		const wave = await openOs();
		const bands: string[] = [];
		for (let i = 0; i < 6; i++) {
			await survey.submitSurvey(db, wave.code, randomUUID(), teacherForm(), recordingClient(), day);
			bands.push(
				(await survey.getSurveyAdmin(db, w.users.leadMsOs, roundId, w.orgs.msOs, day)).responseBand
			);
		}
		expect(bands).toEqual([...Array(4).fill('weniger als 5'), '5 bis 9', '5 bis 9']);
		const view = await survey.getSurveyAdmin(db, w.users.leadMsOs, roundId, w.orgs.msOs, day);
		expect(view.snapshot?.responseCount).toBe(5); // the 6th waits for 5 new ones and the next day
		expect(view.canToggleFreeText).toBe(true);
		expect(
			(await survey.getSurveyAdmin(db, w.users.consultantMs, roundId, w.orgs.msOs))
				.canToggleFreeText
		).toBe(false);
	});
});

describe('anonymous storage', () => {
	it('stored teacher rows contain no user, IP address, user agent or time of day', async () => {
		const wave = await openOs();
		await survey.submitSurvey(
			db,
			wave.code,
			randomUUID(),
			teacherForm({ 'use.wish': 'Mehr Zeit' }),
			recordingClient('198.51.100.23'),
			day
		);
		const responseRows = await db
			.selectFrom('teacher_responses')
			.selectAll()
			.where('wave_id', '=', wave.id)
			.execute();
		const answerRows = await db
			.selectFrom('teacher_answers')
			.selectAll()
			.where('teacher_response_id', '=', responseRows[0]?.id ?? '')
			.execute();
		expect(responseRows).toHaveLength(1);
		expect(Object.keys(responseRows[0]).sort()).toEqual(['id', 'submitted_on', 'wave_id']);
		expect(responseRows[0].submitted_on).toBe('2026-11-24');
		expect(Object.keys(answerRows[0]).sort()).toEqual([
			'question_key',
			'teacher_response_id',
			'value'
		]);
		const tables = (await db.introspection.getTables()).filter((t) =>
			t.name.startsWith('teacher_')
		);
		for (const column of tables.flatMap((t) => t.columns.map((c) => c.name))) {
			expect(column).not.toMatch(/user|ip|address|agent|_at$|time/);
		}
		const everything = JSON.stringify([
			responseRows,
			answerRows,
			await db.selectFrom('survey_code_throttles').selectAll().execute()
		]);
		expect(everything).not.toContain('198.51.100.23');
		expect(everything).not.toMatch(/T\d{2}:\d{2}/);
	});

	it('teacher tables have no rowid, so storage order is not submission order', async () => {
		await expect(sql`select rowid from teacher_responses`.execute(db)).rejects.toThrow();
		await expect(sql`select rowid from teacher_answers`.execute(db)).rejects.toThrow();
	});

	it('no audit entry for a teacher response', async () => {
		const wave = await openOs();
		const before = await db.selectFrom('audit_log').select('id').execute();
		await survey.submitSurvey(db, wave.code, randomUUID(), teacherForm(), recordingClient(), day);
		expect(await db.selectFrom('audit_log').select('id').execute()).toHaveLength(before.length);
	});
});

describe('sending', () => {
	it('is one transaction: a failing answer insert leaves no response behind', async () => {
		const wave = await openOs();
		await sql`create temp trigger fail_answers before insert on teacher_answers begin select raise(abort, 'boom'); end`.execute(
			db
		);
		await expect(
			survey.submitSurvey(db, wave.code, randomUUID(), teacherForm(), recordingClient(), day)
		).rejects.toThrow(/boom/);
		expect(await responsesOf(wave.id)).toEqual([]);
	});

	it('a repeated post with the same submission id stores one response', async () => {
		const wave = await openOs();
		const id = randomUUID();
		await survey.submitSurvey(db, wave.code, id, teacherForm(), recordingClient(), day);
		await survey.submitSurvey(db, wave.code, id, teacherForm(), recordingClient(), day);
		expect(await responsesOf(wave.id)).toHaveLength(1);
	});

	it('missing required and invalid answers come back per question, nothing stored', async () => {
		const wave = await openOs();
		const post = teacherForm({ 'use.equipment_fit': '9' });
		post.delete('use.frequency');
		const err = await survey
			.submitSurvey(db, wave.code, randomUUID(), post, recordingClient(), day)
			.catch((e) => e);
		expect(err).toBeInstanceOf(survey.SurveyInputError);
		expect(Object.keys(err.errors).sort()).toEqual(['use.equipment_fit', 'use.frequency']);
		expect(await responsesOf(wave.id)).toEqual([]);
	});

	it('refuses answers when the round has moved past the evaluation', async () => {
		const wave = await openOs();
		await db
			.updateTable('planning_rounds')
			.set({ status: 'massnahmen' })
			.where('id', '=', roundId)
			.execute();
		await expect(
			survey.submitSurvey(db, wave.code, randomUUID(), teacherForm(), recordingClient(), day)
		).rejects.toBeInstanceOf(survey.SurveyClosedError);
	});
});

describe('code guessing', () => {
	it('malformed input gets a German message and is not counted', async () => {
		const client = recordingClient();
		const err = await survey.enterSurveyCode(db, 'abc', client, day).catch((e) => e);
		expect(err).toBeInstanceOf(ValidationError);
		expect(err.field).toBe('code');
		expect(err.message).toMatch(/8 Zeichen/);
		expect(await db.selectFrom('survey_code_throttles').selectAll().execute()).toEqual([]);
	});

	it('unknown codes are slowed down and then refused, per client, without storing the address', async () => {
		const client = recordingClient('192.0.2.44');
		for (let i = 0; i < REFUSE_AT_FAILURES; i++) {
			await expect(survey.enterSurveyCode(db, 'ZZZZ-ZZZZ', client, day)).rejects.toThrow(
				survey.UNKNOWN_CODE_MESSAGE
			);
		}
		expect(client.waits.slice(0, 4)).toEqual([0, 0, 0, 0]);
		expect(client.waits.slice(4, 8)).toEqual([250, 500, 1000, 1000]);
		const refused = await survey.enterSurveyCode(db, 'ZZZZ-ZZZZ', client, day).catch((e) => e);
		expect(refused).toBeInstanceOf(TooManyRequestsError);
		expect(refused.message).toMatch(/zu viele ungültige Teilnahmecodes/);
		const keys = (await db.selectFrom('survey_code_throttles').select('key').execute()).map(
			(r) => r.key
		);
		for (const key of keys) expect(key).toMatch(/^[0-9a-f]{64}$/);
		// an hour later the window is over
		await expect(
			survey.enterSurveyCode(db, 'ZZZZ-ZZZZ', client, new Date(day.getTime() + 61 * 60_000))
		).rejects.toThrow(survey.UNKNOWN_CODE_MESSAGE);
	});

	it('a valid code is never refused, even from an address with many wrong ones (a school router)', async () => {
		const wave = await openOs();
		const client = recordingClient('192.0.2.44');
		for (let i = 0; i < 3 * REFUSE_AT_FAILURES; i++) {
			await survey.enterSurveyCode(db, 'ZZZZ-ZZZZ', client, day).catch(() => undefined);
		}
		await expect(survey.enterSurveyCode(db, 'ZZZZ-ZZZZ', client, day)).rejects.toBeInstanceOf(
			TooManyRequestsError
		);
		client.waits.length = 0;
		expect(await survey.enterSurveyCode(db, wave.code, client, day)).toBe(wave.code);
		expect((await survey.loadPublicSurvey(db, wave.code, client, day)).code).toBe(wave.code);
		await survey.submitSurvey(db, wave.code, randomUUID(), teacherForm(), client, day);
		expect(
			await db.selectFrom('teacher_responses').select('id').where('wave_id', '=', wave.id).execute()
		).toHaveLength(1);
		// answered at once: a valid code is never counted, slowed or refused (a staff room submits at
		// the same moment from one school address)
		expect(client.waits).toEqual([]);
	});

	it('a valid code is not counted, so concurrent colleagues are never slowed down', async () => {
		const wave = await openOs();
		const client = recordingClient('192.0.2.46');
		await Promise.all(
			Array.from({ length: 30 }, () => survey.enterSurveyCode(db, wave.code, client, day))
		);
		expect(client.waits).toEqual([]);
	});

	it('a valid code leaves no throttle entry', async () => {
		const wave = await openOs();
		const client = recordingClient();
		await survey.enterSurveyCode(db, wave.code, client, day);
		expect(await db.selectFrom('survey_code_throttles').selectAll().execute()).toEqual([]);
	});
});
