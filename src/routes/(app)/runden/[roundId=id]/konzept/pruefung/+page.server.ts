import { fail, redirect } from '@sveltejs/kit';
import { isUnderReview, openThreadCount } from '$lib/domain/review';
import { requireUser } from '$lib/server/auth/guards';
import {
	failFromError,
	getConceptVersion,
	listConceptVersions,
	orErrorPage,
	parseForm,
	readForm,
	VersionNumber
} from '$lib/server/concepts';
import { db } from '$lib/server/db';
import {
	CommentInput,
	CommentStatusInput,
	DecisionInput,
	addComment,
	decideVersion,
	getVersionReview,
	reviewContext,
	setCommentStatus
} from '$lib/server/reviews';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const ctx = await orErrorPage(reviewContext(db, user, params.roundId));
	const { versions } = await listConceptVersions(db, user, params.roundId);
	const requested = VersionNumber.safeParse(url.searchParams.get('fassung') ?? undefined);
	const number = requested.success ? requested.data : versions[0]?.number;
	if (number === undefined) {
		return { round: ctx.round, versions, selected: null };
	}
	const review = await orErrorPage(getVersionReview(db, user, params.roundId, number));
	const { version } = await getConceptVersion(db, user, params.roundId, number);
	const chapters = [...version.document.chapters, ...version.document.appendices].map((c) => ({
		key: c.key,
		label: `${c.isAppendix ? 'Anhang ' : ''}${c.number} ${c.title}`,
		anchor: c.anchor,
		threads: review.threads.get(c.key) ?? []
	}));
	const status = ctx.concept?.status ?? 'entwurf';
	const isLatest = versions[0]?.number === number;
	return {
		round: ctx.round,
		versions,
		status,
		selected: review.version,
		isLatest,
		chapters,
		openCount: openThreadCount(review.comments),
		permissions: ctx.permissions,
		canDecide:
			ctx.permissions.canDecide && isLatest && !review.version.decision && isUnderReview(status),
		canStartThreads: ctx.permissions.canComment && isLatest,
		notice: url.searchParams.get('hinweis')
	};
};

const back = (roundId: string, number: number, notice: string, anchor = '') =>
	`/runden/${roundId}/konzept/pruefung?fassung=${number}&hinweis=${notice}${anchor ? `#${anchor}` : ''}`;

export const actions = {
	comment: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const formId = values.parentId ? `antwort-${values.parentId}` : 'neu';
		const parsed = parseForm(CommentInput, { ...values, parentId: values.parentId || undefined });
		if (!parsed.ok) return fail(400, { formId, values, errors: parsed.errors });
		let threadId: string;
		try {
			const { comment } = await addComment(db, user, params.roundId, parsed.data);
			threadId = comment.parentId ?? comment.id;
		} catch (err) {
			return failFromError(err, { formId, values });
		}
		redirect(303, back(params.roundId, parsed.data.number, 'anmerkung', `anmerkung-${threadId}`));
	},
	status: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const formId = `status-${values.commentId ?? ''}`;
		const parsed = parseForm(CommentStatusInput, values);
		const number = VersionNumber.safeParse(values.number);
		if (!parsed.ok || !number.success)
			return fail(400, { formId, values, errors: { _form: ['Diese Anmerkung gibt es nicht.'] } });
		try {
			await setCommentStatus(db, user, params.roundId, parsed.data);
		} catch (err) {
			return failFromError(err, { formId, values });
		}
		redirect(
			303,
			back(params.roundId, number.data, parsed.data.status, `anmerkung-${parsed.data.commentId}`)
		);
	},
	decide: async ({ request, locals, params }) => {
		const { user } = requireUser(locals);
		const values = await readForm(request);
		const parsed = parseForm(DecisionInput, values);
		if (!parsed.ok) return fail(400, { formId: 'entscheidung', values, errors: parsed.errors });
		try {
			await decideVersion(db, user, params.roundId, parsed.data);
		} catch (err) {
			return failFromError(err, { formId: 'entscheidung', values });
		}
		redirect(303, back(params.roundId, parsed.data.number, parsed.data.decision));
	}
} satisfies Actions;
