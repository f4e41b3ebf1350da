// Overview of one questionnaire response: progress per section, missing answers with links, and
// "Fragebogen abschließen" / "wieder öffnen" (the latter for the operator and KISA in charge).
import { fail, redirect } from '@sveltejs/kit';
import type { MissingItem } from '$lib/domain/questionnaire/progress';
import type { QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import { anchorId } from '$lib/components/questionnaire/field-values';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { IncompleteError, completeResponse, reopenResponse } from '$lib/server/responses';
import { loadResponseOrError, pageBase, responseUrl } from './response-page.server';
import type { Actions, PageServerLoad } from './$types';

function withLinks(definition: QuestionnaireDefinition, base: string, items: MissingItem[]) {
	return items.map((m) => {
		const question = definition.sections
			.flatMap((s) => s.questions)
			.find((q) => q.key === m.questionKey);
		const anchor = question ? `#${anchorId(question)}` : '';
		return { ...m, href: `${base}/${encodeURIComponent(m.sectionKey)}${anchor}` };
	});
}

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const found = await loadResponseOrError(user, params);
	const { definition } = found.questionnaire;
	const { progress } = found;
	const base = responseUrl(params.roundId, params.responseId);
	const doneKey = url.searchParams.get('abgeschlossen');
	const lastActivity = Object.values(found.answers).reduce<Date | null>(
		(latest, a) => (latest === null || a.updatedAt > latest ? a.updatedAt : latest),
		null
	);
	return {
		...pageBase(found),
		sections: progress.sections.map((s) => ({
			key: s.key,
			code: s.code,
			title: s.title,
			answered: s.answered,
			visible: s.visible,
			percent: s.percent,
			missingRequired: s.missingRequired.length
		})),
		overall: { answered: progress.answered, visible: progress.visible, percent: progress.percent },
		missingRequired: withLinks(definition, base, progress.missingRequired),
		missingSoft: withLinks(definition, base, progress.missingSoft),
		lastActivity,
		completedSectionTitle: definition.sections.find((s) => s.key === doneKey)?.title ?? null,
		justCompleted: url.searchParams.has('fertig'),
		/** the first section with a missing required answer, else the first section */
		nextSectionKey:
			(progress.sections.find((s) => !s.complete) ?? progress.sections[0])?.key ?? null
	};
};

async function run(action: () => Promise<void>) {
	try {
		await action();
	} catch (err) {
		if (err instanceof IncompleteError)
			return fail(400, { message: err.message, missing: err.missing.length });
		if (err instanceof DomainError) return fail(err.status, { message: err.message, missing: 0 });
		throw err;
	}
	return null;
}

export const actions = {
	abschliessen: async ({ locals, params }) => {
		const { user } = requireUser(locals);
		const failed = await run(() => completeResponse(db, user, params.responseId));
		if (failed) return failed;
		redirect(303, `${responseUrl(params.roundId, params.responseId)}?fertig=1`);
	},
	wiedereroeffnen: async ({ locals, params }) => {
		const { user } = requireUser(locals);
		const failed = await run(() => reopenResponse(db, user, params.responseId));
		if (failed) return failed;
		redirect(303, responseUrl(params.roundId, params.responseId));
	}
} satisfies Actions;
