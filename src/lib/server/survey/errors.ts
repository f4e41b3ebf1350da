// Expected failures of the public survey, mapped to 4xx by the routes.
import { DomainError, ValidationError } from '../errors';

/**
 * The posted survey has invalid or missing required answers: German message per question key, and
 * what was entered (per form field name) to show the form again.
 */
export class SurveyInputError extends ValidationError {
	constructor(
		readonly errors: Record<string, string>,
		readonly values: Record<string, string[]> = {}
	) {
		super('Bitte prüfen Sie die markierten Angaben.');
	}
}

/** The code is right but the survey no longer takes answers. */
export class SurveyClosedError extends DomainError {
	constructor(message = 'Diese Befragung ist beendet. Vielen Dank für Ihr Interesse.') {
		super(message, 410);
	}
}

export const UNKNOWN_CODE_MESSAGE =
	'Zu diesem Teilnahmecode gibt es keine Befragung. Bitte prüfen Sie den Code auf dem Aushang Ihrer Schule.';
