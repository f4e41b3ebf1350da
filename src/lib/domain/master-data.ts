// Completeness of a school's master data: the start page points operators and school leads to what
// is still missing, since the needs assessment computes its indicators from these figures.
// Pure and client-safe.
import type { Organisation } from './organisation';

export type SchoolMasterData = Pick<
	Organisation,
	'schoolNumber' | 'street' | 'postalCode' | 'city' | 'pupils' | 'classes' | 'teachers'
>;

const FIELDS: { label: string; isMissing: (s: SchoolMasterData) => boolean }[] = [
	{ label: 'Schulnummer', isMissing: (s) => !s.schoolNumber?.trim() },
	{
		label: 'Anschrift',
		isMissing: (s) => !s.street?.trim() || !s.postalCode?.trim() || !s.city?.trim()
	},
	{ label: 'Schülerzahl', isMissing: (s) => s.pupils == null || s.pupils <= 0 },
	{ label: 'Klassenzahl', isMissing: (s) => s.classes == null || s.classes <= 0 },
	{ label: 'Zahl der Lehrkräfte', isMissing: (s) => s.teachers == null || s.teachers <= 0 }
];

/** German labels of the master data still missing, in form order; empty when complete. */
export function missingMasterData(school: SchoolMasterData): string[] {
	return FIELDS.filter((f) => f.isMissing(school)).map((f) => f.label);
}
