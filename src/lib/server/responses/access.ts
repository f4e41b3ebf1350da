// Loads a response with its context and checks the user's access (rules in auth/round-access.ts).
// A response the user may not read is reported as "not found" so its existence is not revealed.
import { acceptsAnswers } from '$lib/domain/rounds';
import {
	canReadResponse,
	canReopenResponse,
	canWriteResponse,
	type ResponseRef
} from '../auth/round-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { getVersion, type QuestionnaireVersion } from '../questionnaires';
import { LockedError } from './errors';
import { findResponseContext, type ResponseContext } from './repository';

export type Need = 'read' | 'write' | 'reopen';

export function refOf(ctx: ResponseContext): ResponseRef {
	return {
		audience: ctx.audience,
		organisation: {
			id: ctx.organisation.id,
			kind: ctx.organisation.kind,
			parentId: ctx.organisation.parentId
		}
	};
}

export async function loadResponse(
	db: Db,
	user: AuthUser,
	responseId: string,
	need: Need
): Promise<ResponseContext> {
	const ctx = await findResponseContext(db, responseId);
	const ref = ctx ? refOf(ctx) : null;
	if (!ctx || !ref || !canReadResponse(user, ref)) {
		throw new NotFoundError('Der Fragebogen wurde nicht gefunden.');
	}
	if (need === 'write' && !canWriteResponse(user, ref)) {
		throw new ForbiddenError('Sie können diesen Fragebogen lesen, aber nicht bearbeiten.');
	}
	if (need === 'reopen' && !canReopenResponse(user, ref)) {
		throw new ForbiddenError(
			'Nur der Schulträger oder die Beratung kann einen abgeschlossenen Fragebogen wieder öffnen.'
		);
	}
	return ctx;
}

/** Why answers (of a section) cannot be changed now, or null. */
export function lockReason(ctx: ResponseContext, sectionKey?: string): string | null {
	if (!acceptsAnswers(ctx.roundStatus)) {
		return 'Die Bedarfserhebung dieser Planungsrunde ist beendet; Antworten können nicht mehr geändert werden.';
	}
	if (ctx.status === 'abgeschlossen') {
		return 'Dieser Fragebogen ist abgeschlossen. Der Schulträger oder die Beratung kann ihn wieder öffnen.';
	}
	if (sectionKey !== undefined && ctx.completedSections.includes(sectionKey)) {
		return 'Dieser Abschnitt ist abgeschlossen. Öffnen Sie ihn wieder, um Antworten zu ändern.';
	}
	return null;
}

export function assertUnlocked(ctx: ResponseContext, sectionKey?: string): void {
	const reason = lockReason(ctx, sectionKey);
	if (reason) throw new LockedError(reason);
}

/** The frozen questionnaire version a response was started with. */
export async function loadVersion(db: Db, ctx: ResponseContext): Promise<QuestionnaireVersion> {
	const version = await getVersion(db, ctx.versionId);
	if (!version) throw new Error(`questionnaire version ${ctx.versionId} missing`);
	return version;
}
