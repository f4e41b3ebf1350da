// The school lead's side of the teacher survey: open and close the wave, renew the code, switch free
// texts on or off, and the data of the printable sheet. Consultants in charge and admins may help.
import { codeFromBytes } from '$lib/domain/survey/code';
import { berlinDate } from '$lib/domain/survey/dates';
import { acceptsAnswers } from '$lib/domain/rounds';
import { randomBytes } from 'node:crypto';
import { canReadSurveyFreeText } from '../auth/survey-access';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ForbiddenError } from '../errors';
import { newId } from '../ids';
import { ensurePublished } from '../questionnaires';
import { currentDefinitions } from '../questionnaires/catalog';
import type { RoundDetails } from '../rounds';
import { context, existingWave } from './admin-view';
import * as repo from './repository';
import type { SchoolRef, Wave } from './repository';

async function newCode(db: Db): Promise<string> {
	for (;;) {
		const code = codeFromBytes(randomBytes(8));
		if (!(await repo.isCodeTaken(db, code))) return code;
	}
}

async function teacherVersionId(db: Db, details: RoundDetails, now: Date): Promise<string> {
	const fromRound = details.questionnaires.find((q) => q.audience === 'teacher');
	if (fromRound) return fromRound.versionId;
	const definition = currentDefinitions().find((d) => d.audience === 'teacher');
	if (!definition) throw new Error('no teacher questionnaire definition');
	return (await ensurePublished(db, definition, now)).id;
}

function audit(
	db: Db,
	user: AuthUser,
	action: string,
	wave: Wave,
	school: SchoolRef,
	now: Date,
	details: unknown = {}
) {
	return appendAudit(
		db,
		{
			actorId: user.id,
			action,
			entityType: 'survey_wave',
			entityId: wave.id,
			organisationId: school.id,
			details
		},
		now
	);
}

/** Opens the survey (first time: creates the wave with a new code; later: reopens it). */
export async function openSurvey(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string,
	now = new Date()
): Promise<Wave> {
	return inTransaction(db, async (trx) => {
		const { details, school } = await context(trx, user, roundId, schoolId);
		if (!acceptsAnswers(details.round.status)) {
			throw new ConflictError(
				'Die Bedarfserhebung dieser Planungsrunde ist beendet; die Befragung kann nicht mehr geöffnet werden.'
			);
		}
		const existing = await repo.findWave(trx, roundId, schoolId);
		if (existing?.status === 'offen') return existing;
		const today = berlinDate(now);
		if (existing) {
			await repo.updateWave(trx, existing.id, { status: 'offen', closedOn: null });
			const wave = { ...existing, status: 'offen' as const, closedOn: null };
			await audit(trx, user, 'survey.reopened', wave, school, now);
			return wave;
		}
		const wave: Wave = {
			id: newId(),
			roundId,
			schoolId,
			versionId: await teacherVersionId(trx, details, now),
			code: await newCode(trx),
			status: 'offen',
			freeTextVisible: false,
			openedOn: today,
			closedOn: null
		};
		await repo.insertWave(trx, wave);
		await audit(trx, user, 'survey.opened', wave, school, now);
		return wave;
	});
}

export async function closeSurvey(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string,
	now = new Date()
): Promise<Wave> {
	return inTransaction(db, async (trx) => {
		const { school } = await context(trx, user, roundId, schoolId);
		const wave = await existingWave(trx, roundId, schoolId);
		if (wave.status === 'geschlossen') return wave;
		const closedOn = berlinDate(now);
		await repo.updateWave(trx, wave.id, { status: 'geschlossen', closedOn });
		await audit(trx, user, 'survey.closed', wave, school, now);
		return { ...wave, status: 'geschlossen', closedOn };
	});
}

/** A new code (e.g. when the sheet hung somewhere public); the old code stops working at once. */
export async function renewSurveyCode(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string,
	now = new Date()
): Promise<Wave> {
	return inTransaction(db, async (trx) => {
		const { school } = await context(trx, user, roundId, schoolId);
		const wave = await existingWave(trx, roundId, schoolId);
		const code = await newCode(trx);
		await repo.updateWave(trx, wave.id, { code });
		await audit(trx, user, 'survey.code_renewed', wave, school, now);
		return { ...wave, code };
	});
}

/** Free texts are off by default; only the school's own school lead switches them on. */
export async function setFreeTextVisible(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string,
	visible: boolean,
	now = new Date()
): Promise<Wave> {
	return inTransaction(db, async (trx) => {
		const { school } = await context(trx, user, roundId, schoolId);
		if (!canReadSurveyFreeText(user, school)) {
			throw new ForbiddenError(
				'Freitexte kann nur die Schulleitung der Schule einsehen und einschalten.'
			);
		}
		const wave = await existingWave(trx, roundId, schoolId);
		if (wave.freeTextVisible === visible) return wave;
		await repo.updateWave(trx, wave.id, { freeTextVisible: visible });
		await audit(trx, user, 'survey.free_text_visibility', wave, school, now, {
			before: wave.freeTextVisible,
			after: visible
		});
		return { ...wave, freeTextVisible: visible };
	});
}
