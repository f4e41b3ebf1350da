// Shared by the response overview and the section pages: loads the response through the service
// (which checks access), maps domain errors to HTTP errors and shapes the page data both need.
import { error } from '@sveltejs/kit';
import { RESPONSE_AUDIENCE_LABELS } from '$lib/domain/rounds';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { getResponseForEditing, type ResponseForEditing } from '$lib/server/responses';
import type { AuthUser } from '$lib/server/auth/user';

export const NOT_FOUND = 'Der Fragebogen wurde nicht gefunden.';

export async function loadResponseOrError(
	user: AuthUser,
	params: { roundId: string; responseId: string }
): Promise<ResponseForEditing> {
	let found: ResponseForEditing;
	try {
		found = await getResponseForEditing(db, user, params.responseId);
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
	// The URL names the round too; a response of another round is not found under it.
	if (found.response.roundId !== params.roundId) error(404, NOT_FOUND);
	return found;
}

export function responseUrl(roundId: string, responseId: string, sectionKey?: string): string {
	const base = `/runden/${roundId}/antworten/${responseId}`;
	return sectionKey ? `${base}/${encodeURIComponent(sectionKey)}` : base;
}

/** What both pages show in their header and navigation. */
export function pageBase(found: ResponseForEditing) {
	const { response, questionnaire } = found;
	return {
		round: { id: response.roundId, title: response.roundTitle, status: response.roundStatus },
		response: {
			id: response.id,
			status: response.status,
			audienceLabel: RESPONSE_AUDIENCE_LABELS[response.audience],
			organisationName: response.organisation.name,
			completedSections: response.completedSections,
			submittedAt: response.submittedAt
		},
		questionnaireTitle: questionnaire.definition.title,
		canWrite: found.canWrite,
		canReopen: found.canReopen,
		lockReason: found.lockReason
	};
}
