// The responses of a round that a user may read, with their frozen versions and stored answers: the
// input of the rounds feature's progress overview and export. Read-only. The round is an authorized
// value (getRound; auth/authorized.ts), and every response is checked for the user on its own.
import { canReadResponse, canWriteResponse } from '../auth/round-access';
import type { Authorized } from '../auth/authorized';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { getVersions, type QuestionnaireVersion } from '../questionnaires';
import { refOf } from './access';
import { listAnswersOfResponses, type StoredAnswer } from './answer-repository';
import { listResponseContexts, type ResponseContext } from './repository';

export interface ReadableResponse {
	response: ResponseContext;
	version: QuestionnaireVersion;
	answers: StoredAnswer[];
	canWrite: boolean;
}

/** Operator's own response first, then schools by name (Schulleitung before IT). */
export async function listReadableResponses(
	db: Db,
	user: AuthUser,
	round: Authorized<{ id: string }, 'round'>
): Promise<ReadableResponse[]> {
	const contexts = (await listResponseContexts(db, round.id)).filter((ctx) =>
		canReadResponse(user, refOf(ctx))
	);
	const [answers, versions] = await Promise.all([
		listAnswersOfResponses(
			db,
			contexts.map((c) => c.id)
		),
		getVersions(
			db,
			contexts.map((c) => c.versionId)
		)
	]);
	return contexts.flatMap((response) => {
		const version = versions.get(response.versionId);
		if (!version) return [];
		return [
			{
				response,
				version,
				answers: answers.get(response.id) ?? [],
				canWrite: canWriteResponse(user, refOf(response))
			}
		];
	});
}
