import { requireUser } from '$lib/server/auth/guards';
import {
	CompareInput,
	compareVersions,
	listConceptVersions,
	orErrorPage,
	parseForm
} from '$lib/server/concepts';
import { db } from '$lib/server/db';
import { ValidationError } from '$lib/server/errors';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	const history = await orErrorPage(listConceptVersions(db, user, params.roundId));
	const { versions } = history;
	const raw = {
		von: url.searchParams.get('von') ?? versions[1]?.number,
		zu: url.searchParams.get('zu') ?? versions[0]?.number
	};
	const base = { round: history.context.round, versions, von: raw.von, zu: raw.zu };
	if (versions.length < 2) return { ...base, result: null, errors: null };
	const parsed = parseForm(CompareInput, raw);
	if (!parsed.ok) return { ...base, result: null, errors: parsed.errors };
	try {
		const result = await orErrorPage(
			compareVersions(db, user, params.roundId, parsed.data.von, parsed.data.zu)
		);
		return { ...base, result, errors: null };
	} catch (err) {
		if (err instanceof ValidationError) {
			return { ...base, result: null, errors: { [err.field ?? 'zu']: [err.message] } };
		}
		throw err;
	}
};
