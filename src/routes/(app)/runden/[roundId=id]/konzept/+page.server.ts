import { redirect, fail } from '@sveltejs/kit';
import { defaultNarrative } from '$lib/domain/concept/defaults';
import { MAX_NARRATIVE_LENGTH } from '$lib/domain/concept/narrative';
import { openThreadCount } from '$lib/domain/review';
import { requireUser } from '$lib/server/auth/guards';
import {
	NarrativeInput,
	failFromError,
	getLiveConcept,
	isSectionKey,
	latestApprovedVersion,
	listConceptVersions,
	orErrorPage,
	parseForm,
	readForm,
	saveNarrative,
	submitConcept
} from '$lib/server/concepts';
import { db } from '$lib/server/db';
import { ConflictError } from '$lib/server/errors';
import { getVersionReview } from '$lib/server/reviews';
import type { SaveFailure } from '$lib/components/concept/types';
import type { NarrativeText } from '$lib/domain/review';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const history = await orErrorPage(listConceptVersions(db, user, params.roundId));
	const round = history.context.round;
	if (!history.permissions.canReadDrafts) {
		// school leads: the newest approved version, read-only
		const approved = await orErrorPage(latestApprovedVersion(db, user, params.roundId));
		return { view: 'approved' as const, round, approved, versions: history.versions };
	}
	const live = await orErrorPage(getLiveConcept(db, user, params.roundId));
	const latest = live.versions[0];
	const openThreads: Record<string, number> = {};
	if (latest && live.permissions.canSeeReview) {
		const review = await getVersionReview(db, user, params.roundId, latest.number);
		for (const [key, threads] of review.threads)
			openThreads[key] = openThreadCount(threads.map((t) => t.root));
	}
	const requested = url.searchParams.get('bearbeiten');
	const chapter = [...live.document.chapters, ...live.document.appendices].find(
		(c) => c.key === requested
	);
	const stored: NarrativeText | undefined = chapter ? live.texts[chapter.key] : undefined;
	return {
		view: 'live' as const,
		round,
		status: live.status,
		document: live.document,
		versions: live.versions,
		permissions: live.permissions,
		isEditable: live.isEditable,
		written: Object.keys(live.texts).filter((k) => live.texts[k].text.trim() !== ''),
		openThreads,
		maxLength: MAX_NARRATIVE_LENGTH,
		edit:
			chapter && live.isEditable && isSectionKey(chapter.key)
				? {
						key: chapter.key,
						label: `${chapter.isAppendix ? 'Anhang ' : ''}${chapter.number} ${chapter.title}`,
						anchor: chapter.anchor,
						text: stored?.text || defaultNarrative(chapter.key, live.defaultContext),
						version: stored?.version ?? 0
					}
				: null,
		notice: {
			saved: url.searchParams.get('gespeichert'),
			submitted: url.searchParams.get('eingereicht'),
			unchanged: url.searchParams.get('unveraendert')
		}
	};
};

export const actions = {
	save: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const chapterKey = isSectionKey(values.chapterKey) ? values.chapterKey : null;
		const parsed = parseForm(NarrativeInput, values);
		if (!parsed.ok)
			return fail(400, { values, errors: parsed.errors, editKey: chapterKey } as SaveFailure);
		try {
			await saveNarrative(db, user, params.roundId, parsed.data);
		} catch (err) {
			if (err instanceof ConflictError && err.current) {
				const current = err.current as NarrativeText;
				const failure: SaveFailure = {
					// the author's text stays; the version is now the stored one, so saving again
					// (after merging) is a deliberate overwrite
					values: { ...values, version: String(current.version) },
					errors: { text: [err.message] },
					editKey: chapterKey,
					conflict: {
						text: current.text,
						updatedByName: current.updatedByName,
						updatedAt: current.updatedAt
					}
				};
				return fail(409, failure);
			}
			return failFromError(err, { values, editKey: chapterKey });
		}
		redirect(303, `/runden/${params.roundId}/konzept?gespeichert=${parsed.data.chapterKey}`);
	},
	submit: async ({ locals, params }) => {
		const { user } = requireUser(locals);
		try {
			const { version, created } = await submitConcept(db, user, params.roundId);
			redirect(
				303,
				`/runden/${params.roundId}/konzept?${created ? 'eingereicht' : 'unveraendert'}=${version.number}`
			);
		} catch (err) {
			return failFromError(err, { submitFailed: true });
		}
	}
} satisfies Actions;
