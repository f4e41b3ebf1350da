// Completing and reopening sections and whole questionnaires ("Abschnitt abschließen",
// "Fragebogen abschließen"). Each call checks access and writes in one transaction with its audit entry.
import { questionnaireProgress, sectionProgress } from '$lib/domain/questionnaire/progress';
import type { QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { NotFoundError } from '../errors';
import { assertUnlocked, loadResponse, loadVersion } from './access';
import { listAnswers } from './answer-repository';
import { IncompleteError } from './errors';
import * as repo from './repository';
import type { ResponseContext } from './repository';
import { answerValues } from './service';

function sectionOf(definition: QuestionnaireDefinition, sectionKey: string) {
	const section = definition.sections.find((s) => s.key === sectionKey);
	if (!section) throw new NotFoundError('Diesen Abschnitt gibt es in diesem Fragebogen nicht.');
	return section;
}

async function audit(
	trx: Db,
	user: AuthUser,
	ctx: ResponseContext,
	action: string,
	details: unknown,
	now: Date
) {
	await appendAudit(
		trx,
		{
			actorId: user.id,
			action,
			entityType: 'response',
			entityId: ctx.id,
			organisationId: ctx.organisation.id,
			details
		},
		now
	);
}

/** Marks a section done (it becomes read-only); refused while required answers are missing. */
export async function completeSection(
	db: Db,
	user: AuthUser,
	responseId: string,
	sectionKey: string,
	now = new Date()
) {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, responseId, 'write');
		const version = await loadVersion(trx, ctx);
		const section = sectionOf(version.definition, sectionKey);
		if (ctx.completedSections.includes(section.key)) return; // repeat: already done
		assertUnlocked(ctx);
		const answers = answerValues(await listAnswers(trx, ctx.id));
		const progress = sectionProgress(version.definition, section.key, answers);
		if (!progress.complete) {
			throw new IncompleteError(
				`Bitte beantworten Sie zuerst alle Pflichtfragen dieses Abschnitts (${progress.missingRequired.length} fehlen).`,
				progress.missingRequired
			);
		}
		await repo.setCompletedSections(trx, ctx.id, [...ctx.completedSections, section.key]);
		await audit(trx, user, ctx, 'response.section_completed', { sectionKey: section.key }, now);
	});
}

/** Opens a completed section again: anyone who may write, while the questionnaire is open. */
export async function reopenSection(
	db: Db,
	user: AuthUser,
	responseId: string,
	sectionKey: string,
	now = new Date()
) {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, responseId, 'write');
		const section = sectionOf((await loadVersion(trx, ctx)).definition, sectionKey);
		if (!ctx.completedSections.includes(section.key)) return;
		assertUnlocked(ctx);
		await repo.setCompletedSections(
			trx,
			ctx.id,
			ctx.completedSections.filter((k) => k !== section.key)
		);
		await audit(trx, user, ctx, 'response.section_reopened', { sectionKey: section.key }, now);
	});
}

/** "Fragebogen abschließen": every visible required question answered; marks all sections done. */
export async function completeResponse(
	db: Db,
	user: AuthUser,
	responseId: string,
	now = new Date()
) {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, responseId, 'write');
		if (ctx.status === 'abgeschlossen') return; // repeat: already done (R4)
		assertUnlocked(ctx);
		const version = await loadVersion(trx, ctx);
		const progress = questionnaireProgress(
			version.definition,
			answerValues(await listAnswers(trx, ctx.id))
		);
		if (!progress.complete) {
			throw new IncompleteError(
				`Bitte beantworten Sie zuerst alle Pflichtfragen (${progress.missingRequired.length} fehlen).`,
				progress.missingRequired
			);
		}
		await repo.setCompletedSections(
			trx,
			ctx.id,
			version.definition.sections.map((s) => s.key)
		);
		await repo.setResponseStatus(trx, ctx.id, {
			status: 'abgeschlossen',
			submittedAt: now,
			submittedBy: user.id
		});
		await audit(trx, user, ctx, 'response.completed', {}, now);
	});
}

/** Opens a completed questionnaire again: the operator and KISA in charge. Sections stay marked. */
export async function reopenResponse(db: Db, user: AuthUser, responseId: string, now = new Date()) {
	return inTransaction(db, async (trx) => {
		const ctx = await loadResponse(trx, user, responseId, 'reopen');
		if (ctx.status === 'offen') return;
		await repo.setResponseStatus(trx, ctx.id, {
			status: 'offen',
			submittedAt: null,
			submittedBy: null
		});
		await audit(trx, user, ctx, 'response.reopened', {}, now);
	});
}
