// Public API of organisations (Schulträger, schools, consultant assignments, people lists).
// Routes and other features import from here, never from repository.ts.
export {
	OPERATOR_NOT_FOUND,
	SCHOOL_NOT_FOUND,
	createOperator,
	createSchool,
	getOperator,
	getSchool,
	listOperators,
	listSchools,
	updateOperator,
	updateSchool
} from './service';
export { setOperatorActive, setSchoolActive } from './activation';
export {
	assignConsultant,
	listAssignableConsultants,
	listAssignedConsultants,
	listPeople,
	unassignConsultant
} from './people';
export { ConsultantInput, OperatorInput, SchoolInput, parseInput, type FieldErrors } from './input';
export {
	canCreateOperator,
	operatorPermissions,
	schoolPermissions,
	type OperatorPermissions,
	type SchoolPermissions
} from './permissions';
export { echo, failFromError, failValidation, orErrorPage, readForm } from './forms';
