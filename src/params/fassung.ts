import type { ParamMatcher } from '@sveltejs/kit';

// A concept version number ("1", "2", …); anything else is a 404 early.
export const match: ParamMatcher = (param) => /^[1-9][0-9]{0,5}$/.test(param);
