import type { ParamMatcher } from '@sveltejs/kit';

// 404 early on malformed ids instead of querying with them.
export const match: ParamMatcher = (param) =>
	/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(param);
