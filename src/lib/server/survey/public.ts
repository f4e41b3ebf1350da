// The teachers' side: entering a code, loading the survey, sending it once. No account, and nothing
// stored that could lead back to a person: no user, address, user agent or time of day. Each call
// with a code passes the guessing throttle (throttle.ts).
import type { FormEntries } from '$lib/domain/questionnaire/form';
import type { QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import { acceptsAnswers } from '$lib/domain/rounds';
import { codeFormatProblem, isWellFormedCode, normaliseCode } from '$lib/domain/survey/code';
import { berlinDate } from '$lib/domain/survey/dates';
import { isSubmissionId, parseSurveyForm, rawSurveyValues } from '$lib/domain/survey/form';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { TooManyRequestsError, ValidationError } from '../errors';
import { getVersion } from '../questionnaires';
import { insertTeacherResponse, responseExists } from './answers-repository';
import { SurveyClosedError, SurveyInputError, UNKNOWN_CODE_MESSAGE } from './errors';
import { findWaveContextByCode, type WaveContext } from './repository';
import { clientKey, failureDelayMs, refusalMessage, reserveCodeAttempt, sleep } from './throttle';

export interface SurveyClient {
	/** the client's address as the server sees it; only ever stored as a keyed daily hash */
	address: string;
	/** injectable for tests; defaults to setTimeout */
	wait?: (ms: number) => Promise<void>;
}

/**
 * Checks a code (typed or from the link) under the throttle. Malformed input is answered at once
 * and not counted; a valid code is always accepted at once (never counted, delayed or refused); an
 * unknown one is counted, waits the longer the more failures the client has, and throws
 * ValidationError (field `code`), or TooManyRequestsError once the client has too many.
 */
async function checkCode(
	db: Db,
	rawCode: string,
	client: SurveyClient,
	now: Date
): Promise<WaveContext> {
	const problem = codeFormatProblem(rawCode);
	if (problem) throw new ValidationError(problem, 'code');
	const code = normaliseCode(rawCode);
	// A valid code is looked up first and never counted, delayed or refused: the whole staff room of a
	// school sends from one address, often at the same moment (a conference). Only unknown codes count.
	const found = isWellFormedCode(code) ? await findWaveContextByCode(db, code) : undefined;
	if (found) return found;
	const key = await clientKey(db, client.address, now.getTime());
	const attempt = await reserveCodeAttempt(db, key, now.getTime());
	await (client.wait ?? sleep)(failureDelayMs(attempt.failures));
	if (attempt.refusedForSeconds > 0) {
		throw new TooManyRequestsError(
			refusalMessage(attempt.refusedForSeconds),
			attempt.refusedForSeconds
		);
	}
	throw new ValidationError(UNKNOWN_CODE_MESSAGE, 'code');
}

function assertOpen(ctx: WaveContext): void {
	if (ctx.wave.status !== 'offen' || !acceptsAnswers(ctx.roundStatus))
		throw new SurveyClosedError();
}

/** "Weiter" on /umfrage: the normalised code to redirect to. */
export async function enterSurveyCode(
	db: Db,
	rawCode: string,
	client: SurveyClient,
	now = new Date()
): Promise<string> {
	const ctx = await checkCode(db, rawCode, client, now);
	assertOpen(ctx);
	return ctx.wave.code;
}

export interface PublicSurvey {
	code: string;
	/** to name the browser's "already sent" cookie; not secret */
	waveId: string;
	schoolName: string;
	roundTitle: string;
	definition: QuestionnaireDefinition;
}

export async function loadPublicSurvey(
	db: Db,
	rawCode: string,
	client: SurveyClient,
	now = new Date()
): Promise<PublicSurvey> {
	const ctx = await checkCode(db, rawCode, client, now);
	assertOpen(ctx);
	const version = await getVersion(db, ctx.wave.versionId);
	if (!version) throw new Error(`survey version ${ctx.wave.versionId} missing`);
	return {
		code: ctx.wave.code,
		waveId: ctx.wave.id,
		schoolName: ctx.schoolName,
		roundTitle: ctx.roundTitle,
		definition: version.definition
	};
}

/**
 * Stores one anonymous response in one transaction. `submissionId` is the random id issued with the
 * form: a repeated post (double click, retry) finds it and stores nothing twice. Throws
 * SurveyInputError with German messages per question key when answers are invalid or missing.
 */
export async function submitSurvey(
	db: Db,
	rawCode: string,
	submissionId: unknown,
	entries: FormEntries,
	client: SurveyClient,
	now = new Date()
): Promise<{ waveId: string }> {
	const ctx = await checkCode(db, rawCode, client, now);
	assertOpen(ctx);
	if (!isSubmissionId(submissionId)) {
		throw new ValidationError(
			'Das Formular ist unvollständig. Bitte laden Sie die Seite neu.',
			'form'
		);
	}
	const version = await getVersion(db, ctx.wave.versionId);
	if (!version) throw new Error(`survey version ${ctx.wave.versionId} missing`);
	const { answers, errors } = parseSurveyForm(version.definition, entries);
	if (Object.keys(errors).length > 0) {
		throw new SurveyInputError(errors, rawSurveyValues(version.definition, entries));
	}
	await inTransaction(db, async (trx) => {
		if (await responseExists(trx, submissionId)) return;
		await insertTeacherResponse(
			trx,
			{ id: submissionId, waveId: ctx.wave.id, submittedOn: berlinDate(now) },
			answers
		);
	});
	return { waveId: ctx.wave.id };
}
