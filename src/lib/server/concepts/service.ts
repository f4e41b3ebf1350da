// The live concept of a round: assembled from the data and the narrative texts, and the narrative
// edits (version check per chapter; locked while a version is under review). Audited.
import { assembleConcept } from '$lib/domain/concept/assemble';
import type { DefaultTextContext } from '$lib/domain/concept/defaults';
import type { ConceptDocument, SectionKey } from '$lib/domain/concept/model';
import { normaliseNarrative } from '$lib/domain/concept/narrative';
import {
	isNarrativeEditable,
	statusAfterEdit,
	type ConceptStatus,
	type ConceptVersionSummary,
	type NarrativeText
} from '$lib/domain/review';
import type { ConceptPermissions } from '../auth/concept-access';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ConflictError, ForbiddenError } from '../errors';
import {
	conceptContext,
	ensureConcept,
	requireDrafts,
	type ConceptContext,
	type DraftAccess
} from './context';
import type { NarrativeInput } from './input';
import * as repo from './repository';
import { gatherConceptInput } from './sources';

export interface LiveConcept {
	context: Omit<ConceptContext, 'details'>;
	status: ConceptStatus;
	document: ConceptDocument;
	/** stored texts by chapter key (chapters without one show the default text) */
	texts: Record<string, NarrativeText>;
	versions: ConceptVersionSummary[];
	permissions: ConceptPermissions;
	/** narrative edits are possible in this status */
	isEditable: boolean;
	/** what default texts are written from (defaultNarrative) */
	defaultContext: DefaultTextContext;
}

/** Assembles the live document from the sources `drafts` grants (see requireDrafts). */
export async function assembleLive(
	db: Db,
	user: AuthUser,
	ctx: ConceptContext,
	drafts: DraftAccess,
	texts: readonly NarrativeText[],
	now: Date
): Promise<ConceptDocument> {
	const narratives: Partial<Record<SectionKey, string>> = {};
	for (const t of texts) narratives[t.chapterKey as SectionKey] = t.text;
	const input = await gatherConceptInput(
		db,
		user,
		{
			round: ctx.round,
			operatorName: ctx.round.operatorName,
			details: ctx.details,
			narratives
		},
		drafts,
		now
	);
	return assembleConcept({ ...input, title: 'Medienentwicklungskonzept' });
}

/** The live concept for the Schulträger's staff and KISA in charge. */
export async function getLiveConcept(
	db: Db,
	user: AuthUser,
	roundId: string,
	now = new Date()
): Promise<LiveConcept> {
	const ctx = await conceptContext(db, user, roundId);
	const drafts = requireDrafts(user, ctx);
	const texts = ctx.concept ? await repo.listTexts(db, ctx.concept.id) : [];
	const versions = ctx.concept ? await repo.listVersions(db, ctx.concept.id) : [];
	const document = await assembleLive(db, user, ctx, drafts, texts, now);
	const status = ctx.concept?.status ?? 'entwurf';
	return {
		context: { round: ctx.round, permissions: ctx.permissions, concept: ctx.concept },
		status,
		document,
		texts: Object.fromEntries(texts.map((t) => [t.chapterKey, t])),
		versions,
		permissions: ctx.permissions,
		isEditable: ctx.permissions.canEdit && isNarrativeEditable(status),
		defaultContext: {
			operatorName: document.operatorName,
			periodLabel: document.periodLabel,
			schoolCount: ctx.details.schoolIds.length
		}
	};
}

export interface SavedNarrative {
	text: NarrativeText;
	/** false when the text was already stored (a retried save): nothing changed */
	changed: boolean;
}

/**
 * Saves the narrative of one chapter. `input.version` is the version the editor started from (0 for
 * a chapter without stored text); a stale version is a ConflictError carrying the stored text.
 */
export async function saveNarrative(
	db: Db,
	user: AuthUser,
	roundId: string,
	input: NarrativeInput,
	now = new Date()
): Promise<SavedNarrative> {
	return inTransaction(db, async (trx) => {
		const ctx = await conceptContext(trx, user, roundId);
		if (!ctx.permissions.canEdit) {
			throw new ForbiddenError(
				'Die Texte des Konzepts bearbeiten der Schulträger und die zuständige Beratung.'
			);
		}
		const concept = await ensureConcept(trx, ctx, now);
		if (!isNarrativeEditable(concept.status)) {
			throw new ConflictError(
				`Fassung ${concept.currentVersionNumber} liegt zur Prüfung vor. Die Texte können nach der Entscheidung der Beratung wieder bearbeitet werden.`
			);
		}
		const text = normaliseNarrative(input.text).trim();
		const stored = await repo.findText(trx, concept.id, input.chapterKey);
		// A retried save of the same text succeeds without a second change.
		if (stored && stored.text === text) return { text: stored, changed: false };
		const conflict = () =>
			new ConflictError(
				'Dieser Text wurde inzwischen von jemand anderem geändert. Bitte übernehmen Sie Ihre Änderungen in die aktuelle Fassung.',
				stored
			);
		if (!stored) {
			if (input.version !== 0) throw conflict();
			await repo.insertText(trx, concept.id, input.chapterKey, text, user.id, now);
		} else {
			if (stored.version !== input.version) throw conflict();
			const saved = await repo.updateText(
				trx,
				concept.id,
				input.chapterKey,
				text,
				input.version,
				user.id,
				now
			);
			if (!saved) throw conflict();
		}
		const next = statusAfterEdit(concept.status);
		if (next !== concept.status) await repo.updateConceptStatus(trx, concept.id, next, now);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: 'concept.text_saved',
				entityType: 'concept',
				entityId: concept.id,
				organisationId: ctx.round.operatorId,
				details: {
					chapter: input.chapterKey,
					before: stored?.text ?? null,
					after: text,
					...(next !== concept.status ? { status: { before: concept.status, after: next } } : {})
				}
			},
			now
		);
		const saved = await repo.findText(trx, concept.id, input.chapterKey);
		return { text: saved!, changed: true };
	});
}
