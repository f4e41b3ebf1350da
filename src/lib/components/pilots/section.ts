// The result of a failed section form (fail(400, { section, values, errors })) as the section that
// owns it sees it; other sections see nothing.

export type SectionErrors = Record<string, string[] | undefined>;

export interface SectionFormResult {
	section?: string;
	values?: Record<string, string>;
	errors?: SectionErrors;
}

export function formFor(
	form: SectionFormResult | null | undefined,
	section: string
): { values: Record<string, string> | null; errors: SectionErrors | null } {
	if (!form || form.section !== section) return { values: null, errors: null };
	return { values: form.values ?? null, errors: form.errors ?? null };
}
