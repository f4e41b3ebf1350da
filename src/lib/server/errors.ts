// Expected failures as types. Loads map them to error(4xx), actions to fail(4xx) (style.md).

export class DomainError extends Error {
	constructor(
		message: string,
		readonly status: 400 | 403 | 404 | 409 | 410 | 422 | 429
	) {
		super(message);
		this.name = new.target.name;
	}
}

/** The object does not exist, or the user must not know it exists. */
export class NotFoundError extends DomainError {
	constructor(message = 'Der Eintrag wurde nicht gefunden.') {
		super(message, 404);
	}
}

export class ForbiddenError extends DomainError {
	constructor(message = 'Sie haben keine Berechtigung für diese Aktion.') {
		super(message, 403);
	}
}

export class ConflictError<T = unknown> extends DomainError {
	constructor(
		message: string,
		readonly current?: T
	) {
		super(message, 409);
	}
}

/** Input that passed the schema but breaks a rule; `field` names the form field. */
export class ValidationError extends DomainError {
	constructor(
		message: string,
		readonly field?: string
	) {
		super(message, 400);
	}
}

export class TooManyRequestsError extends DomainError {
	constructor(
		message: string,
		readonly retryAfterSeconds: number
	) {
		super(message, 429);
	}
}
