// Shapes the concept pages share between their actions and components.

/** What a failed save of a chapter text returns (fail(400 | 409 | …)). */
export interface SaveFailure {
	values: Record<string, string>;
	errors: Record<string, string[] | undefined>;
	editKey: string | null;
	/** the text stored meanwhile, after a 409 */
	conflict?: { text: string; updatedByName: string | null; updatedAt: Date };
}

/** What a failed review action returns; `formId` says which form on the page failed. */
export interface ReviewFailure {
	formId: string;
	values?: Record<string, string>;
	errors: Record<string, string[] | undefined>;
}
