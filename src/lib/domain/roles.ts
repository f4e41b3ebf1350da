// Roles and organisation kinds, with their German labels. Pure and client-safe.

export const ROLES = ['admin', 'consultant', 'operator', 'school_lead', 'it_staff'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
	admin: 'Administration (KISA)',
	consultant: 'Beratung (KISA)',
	operator: 'Schulträger',
	school_lead: 'Schulleitung',
	it_staff: 'IT-Betreuung'
};

export const ORGANISATION_KINDS = ['kisa', 'operator', 'school'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** Which roles can be held in which kind of organisation. */
export const ROLES_BY_KIND: Record<OrganisationKind, readonly Role[]> = {
	kisa: ['admin', 'consultant'],
	operator: ['operator', 'it_staff'],
	school: ['school_lead', 'it_staff']
};

/** School types of SächsSchulG §4 incl. Gemeinschaftsschule and Oberschule+ (§ 23 (3)). */
export const SCHOOL_TYPES = ['GS', 'OS', 'OSP', 'GMS', 'GY', 'FOES', 'BSZ'] as const;
export type SchoolType = (typeof SCHOOL_TYPES)[number];

export const SCHOOL_TYPE_LABELS: Record<SchoolType, string> = {
	GS: 'Grundschule',
	OS: 'Oberschule',
	OSP: 'Oberschule+',
	GMS: 'Gemeinschaftsschule',
	GY: 'Gymnasium',
	FOES: 'Förderschule',
	BSZ: 'Berufliches Schulzentrum'
};

/** Primary schools count as "Primarstufe" for guide values; everything else as secondary. */
export function isPrimarySchool(type: SchoolType): boolean {
	return type === 'GS';
}

/**
 * General (allgemeinbildende) schools without Förderschulen: the scope of the Bertelsmann/ifib 2017
 * cost model, which excludes Förderschulen and vocational schools.
 */
export function isGeneralSchool(type: SchoolType): boolean {
	return type !== 'FOES' && type !== 'BSZ';
}

export const OPERATOR_TYPES = ['gemeinde', 'landkreis', 'frei'] as const;
export type OperatorType = (typeof OPERATOR_TYPES)[number];

export const OPERATOR_TYPE_LABELS: Record<OperatorType, string> = {
	gemeinde: 'Gemeinde / Stadt',
	landkreis: 'Landkreis',
	frei: 'Freier Träger'
};

export function isRole(value: unknown): value is Role {
	return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
