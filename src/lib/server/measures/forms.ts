// Form plumbing shared by the measures and cost pages: raw values from FormData (strings only, never
// trusted), zod errors per field, and DomainErrors turned into a status with a German message at the
// right field (ValidationError.field) or for the whole form.
import { z } from 'zod';
import { DomainError, ValidationError } from '../errors';

export type FieldErrors = Record<string, string[] | undefined>;

export function text(form: FormData, key: string): string {
	const v = form.get(key);
	return typeof v === 'string' ? v : '';
}

export async function readForm(request: Request): Promise<FormData> {
	return request.formData().catch(() => new FormData());
}

export function measureValues(form: FormData) {
	return {
		title: text(form, 'title'),
		description: text(form, 'description'),
		actionField: text(form, 'actionField'),
		owner: text(form, 'owner'),
		priority: text(form, 'priority'),
		startQuarter: text(form, 'startQuarter'),
		endQuarter: text(form, 'endQuarter'),
		schoolIds: form.getAll('schoolIds').filter((v): v is string => typeof v === 'string'),
		status: text(form, 'status'),
		rejectionReason: text(form, 'rejectionReason'),
		version: text(form, 'version')
	};
}
export type MeasureValues = ReturnType<typeof measureValues>;

export function fieldErrors(error: z.ZodError): FieldErrors {
	return z.flattenError(error).fieldErrors as FieldErrors;
}

/** A DomainError as { status, errors }; anything else is rethrown (a bug: 500 with an error id). */
export function domainFailure(
	err: unknown,
	fields: readonly string[]
): { status: DomainError['status']; errors: FieldErrors } {
	if (err instanceof ValidationError) {
		const field = err.field && fields.includes(err.field) ? err.field : '_form';
		return { status: 400, errors: { [field]: [err.message] } };
	}
	if (err instanceof DomainError) return { status: err.status, errors: { _form: [err.message] } };
	throw err;
}
