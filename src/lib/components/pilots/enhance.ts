// use:enhance for "add" forms: after a successful save (the action redirects back to the section)
// the form is emptied, so the next entry starts blank; failures keep what was typed.
import type { SubmitFunction } from '@sveltejs/kit';

export const clearAfterSave: SubmitFunction =
	({ formElement }) =>
	async ({ result, update }) => {
		await update();
		if (result.type === 'redirect' || result.type === 'success') formElement.reset();
	};
