// Typed failures of the responses feature, on top of the shared DomainErrors.
import type { MissingItem } from '$lib/domain/questionnaire/progress';
import { ConflictError, ValidationError } from '../errors';

/** The questionnaire, section or round does not accept changes now (HTTP 409, no `current`). */
export class LockedError extends ConflictError<undefined> {
	readonly locked = true;
}

/** Completing a section or questionnaire with required answers missing (HTTP 400). */
export class IncompleteError extends ValidationError {
	constructor(
		message: string,
		readonly missing: MissingItem[]
	) {
		super(message);
	}
}
