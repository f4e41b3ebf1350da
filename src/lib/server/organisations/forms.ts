// Glue between the organisation pages and the service: reading form data safely and turning typed
// domain errors into 4xx answers (loads: error page; actions: messages at the field). Never a 5xx.
import { error, fail } from '@sveltejs/kit';
import { DomainError, ValidationError } from '../errors';
import type { FieldErrors } from './input';

/** Longest value echoed back into a form after a failed submit. */
const ECHO_MAX = 1000;

/** String fields of a submitted form; files and broken bodies are ignored, never thrown. */
export async function readForm(request: Request): Promise<Record<string, string>> {
	const data = await request.formData().catch(() => new FormData());
	const values: Record<string, string> = {};
	for (const [key, value] of data) {
		if (typeof value === 'string' && !(key in values)) values[key] = value;
	}
	return values;
}

/** Values to show again in the form: strings only, shortened. */
export function echo(values: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v.slice(0, ECHO_MAX)]));
}

/** For loads: a DomainError becomes the matching error page (404 stays 404, not leaking existence). */
export async function orErrorPage<T>(promise: Promise<T>): Promise<T> {
	try {
		return await promise;
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
}

/**
 * For actions: a DomainError becomes fail(status) with the message at its field, or at `_form`.
 * Without `values` (button-only forms) the page keeps showing the stored data in its other forms.
 */
export function failFromError(err: unknown, values?: Record<string, string>) {
	if (!(err instanceof DomainError)) throw err;
	const field = err instanceof ValidationError && err.field ? err.field : '_form';
	const errors: FieldErrors = { [field]: [err.message] };
	return fail(err.status, { values: values ? echo(values) : undefined, errors });
}

export function failValidation(errors: FieldErrors, values: Record<string, string>) {
	return fail(400, { values: echo(values), errors });
}
