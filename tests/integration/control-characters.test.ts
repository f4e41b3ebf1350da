// Issue 10, point 10, end to end: free text with NUL bytes or bidi overrides never reaches the
// database or an export raw — the questionnaire (autosave and "Sonstiges"), the teacher survey's free
// text, and a concept chapter through its page action; each refusal carries the German field message
// and changes nothing.
import { isActionFailure } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_SURVEY_CODES } from '../../db/seed-survey';
import type { Db } from '../../src/lib/server/db/client';
import { ValidationError } from '../../src/lib/server/errors';
import { saveAnswer } from '../../src/lib/server/responses';
import * as survey from '../../src/lib/server/survey';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { musterstadtRoundId, recordingClient, teacherForm } from '../helpers/survey-fixtures';
import { createTestDb } from '../helpers/test-db';

const holder = vi.hoisted(() => ({ db: undefined as unknown }));
vi.mock('$lib/server/db', () => ({
	get db() {
		return holder.db;
	}
}));
const conceptPage = await import('../../src/routes/(app)/runden/[roundId=id]/konzept/+page.server');

const MESSAGE = /enthält unzulässige Steuerzeichen/;
const BAD = ['Ziel\u0000eins', 'Ziel \u202Eenie\u202C zwei'];
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000\u202A-\u202E\u2066-\u2069]/;

let db: Db;
let w: DemoWorld;
let roundId: string;

beforeEach(async () => {
	db = await createTestDb();
	holder.db = db;
	w = await seedDemoWorld(db);
	roundId = await musterstadtRoundId(db);
});

async function everyStoredText(): Promise<string[]> {
	const answers = await db.selectFrom('answers').select('value').execute();
	const teacher = await db.selectFrom('teacher_answers').select('value').execute();
	const texts = await db.selectFrom('concept_texts').selectAll().execute();
	// every value as a JSON string, so that a raw character would survive the comparison
	return [
		...answers.map((a) => JSON.stringify(a.value)),
		...teacher.map((a) => JSON.stringify(a.value)),
		...texts.map((t) => JSON.stringify(JSON.stringify(t)))
	];
}

describe('control characters in free text', () => {
	it('the questionnaire refuses them in a long text and in "Sonstiges"; nothing is stored', async () => {
		const response = await db
			.selectFrom('responses')
			.select('id')
			.where('organisation_id', '=', w.orgs.msGs)
			.where('audience', '=', 'school_lead')
			.executeTakeFirstOrThrow();
		for (const value of BAD) {
			const err = await saveAnswer(db, w.users.leadMsGs, {
				responseId: response.id,
				questionKey: 'strategy.goals',
				value,
				expectedVersion: 0
			}).catch((e) => e);
			expect(err).toBeInstanceOf(ValidationError);
			expect(err.message).toMatch(MESSAGE);
		}
		const other = await saveAnswer(db, w.users.leadMsGs, {
			responseId: response.id,
			questionKey: 'strategy.bodies_involved',
			value: { selected: ['elternrat'], other: 'Förderverein\u202E' },
			expectedVersion: 0
		}).catch((e) => e);
		expect(other).toBeInstanceOf(ValidationError);
		expect(other.message).toMatch(MESSAGE);
		const stored = await db
			.selectFrom('answers')
			.select('value')
			.where('response_id', '=', response.id)
			.where('question_key', 'in', ['strategy.goals', 'strategy.bodies_involved'])
			.executeTakeFirst();
		expect(stored).toBeUndefined();
		expect((await everyStoredText()).some((t) => RAW.test(JSON.parse(t) as string))).toBe(false);
	});

	it('the teacher survey refuses them in its free text; no response is stored', async () => {
		const before = await db.selectFrom('teacher_responses').select('id').execute();
		for (const value of BAD) {
			const err = await survey
				.submitSurvey(
					db,
					DEMO_SURVEY_CODES.msGy,
					randomUUID(),
					teacherForm({ 'use.wish': value }),
					recordingClient(),
					new Date()
				)
				.catch((e) => e);
			expect(err).toBeInstanceOf(survey.SurveyInputError);
			expect(err.errors['use.wish']).toMatch(MESSAGE);
		}
		expect(await db.selectFrom('teacher_responses').select('id').execute()).toEqual(before);
	});

	it('a concept chapter text is refused at its field by the page action; the stored text stays', async () => {
		const before = await everyStoredText();
		const body = new URLSearchParams({ chapterKey: 'summary', text: BAD[1], version: '0' });
		const request = new Request('http://localhost/x', {
			method: 'POST',
			body: body.toString(),
			headers: { 'content-type': 'application/x-www-form-urlencoded' }
		});
		const session = { id: 's', userId: w.users.operatorMs.id, createdAt: 0, lastActiveAt: 0 };
		const result = await conceptPage.actions.save({
			locals: { user: w.users.operatorMs, session },
			params: { roundId },
			request,
			url: new URL('http://localhost/x')
		} as never);
		expect(isActionFailure(result)).toBe(true);
		const data = (result as { status: number; data: { errors: Record<string, string[]> } }).data;
		expect(data.errors.text?.[0]).toMatch(MESSAGE);
		expect(await everyStoredText()).toEqual(before);
	});
});
