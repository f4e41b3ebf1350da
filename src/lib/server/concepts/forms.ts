// Glue between the concept and review pages and the services: reading form data safely, zod errors
// as German messages per field, and typed domain errors as 4xx (loads: error page; actions: fail).
import { error, fail } from '@sveltejs/kit';
import { z } from 'zod';
import { DomainError, ValidationError } from '../errors';

export type FieldErrors = Record<string, string[] | undefined>;

/** Longest value echoed back into a form after a failed submit. */
const ECHO_MAX = 25_000;

/** String fields of a submitted form; files and broken bodies are ignored, never thrown. */
export async function readForm(request: Request): Promise<Record<string, string>> {
	const data = await request.formData().catch(() => new FormData());
	const values: Record<string, string> = {};
	for (const [key, value] of data) {
		if (typeof value === 'string' && !(key in values)) values[key] = value.slice(0, ECHO_MAX);
	}
	return values;
}

export function parseForm<T>(
	schema: z.ZodType<T>,
	values: unknown
): { ok: true; data: T } | { ok: false; errors: FieldErrors } {
	const result = schema.safeParse(values);
	if (result.success) return { ok: true, data: result.data };
	const { formErrors, fieldErrors } = z.flattenError(result.error);
	const errors = fieldErrors as FieldErrors;
	return { ok: false, errors: formErrors.length ? { ...errors, _form: formErrors } : errors };
}

/** For loads: a DomainError becomes the matching error page. */
export async function orErrorPage<T>(promise: Promise<T>): Promise<T> {
	try {
		return await promise;
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
}

/** For actions: a DomainError becomes fail(status) with its message at its field or at `_form`. */
export function failFromError<T extends Record<string, unknown>>(err: unknown, extra?: T) {
	if (!(err instanceof DomainError)) throw err;
	const field = err instanceof ValidationError && err.field ? err.field : '_form';
	return fail(err.status, { ...extra, errors: { [field]: [err.message] } as FieldErrors });
}
