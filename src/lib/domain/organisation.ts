// Organisations as the app sees them: KISA, Schulträger (operators) and their schools with master data.
// Pure and client-safe: no server imports.
import {
	OPERATOR_TYPE_LABELS,
	SCHOOL_TYPE_LABELS,
	type OperatorType,
	type OrganisationKind,
	type Role,
	type SchoolType
} from './roles';

export interface Organisation {
	id: string;
	kind: OrganisationKind;
	/** For a school: its Schulträger; null for KISA and Schulträger. */
	parentId: string | null;
	name: string;
	isActive: boolean;
	/** Schulträger only. */
	operatorType: OperatorType | null;
	/** Amtlicher Gemeindeschlüssel, Schulträger only. */
	municipalityKey: string | null;
	/** Schulnummer, schools only. */
	schoolNumber: string | null;
	/** Schulart, schools only. */
	schoolType: SchoolType | null;
	street: string | null;
	postalCode: string | null;
	city: string | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
	createdAt: Date;
	updatedAt: Date;
}

/** A Schulträger in a list, with the number of its schools the viewer may see. */
export interface OperatorSummary extends Organisation {
	schoolCount: number;
	activeSchoolCount: number;
}

/** A consultant as shown next to a Schulträger. */
export interface ConsultantRef {
	id: string;
	name: string;
	email: string;
}

/** One membership of a person in an organisation, for people lists. */
export interface OrganisationPerson {
	userId: string;
	name: string;
	email: string;
	role: Role;
	organisationId: string;
	organisationName: string;
	isActive: boolean;
}

/** The editable master data of a Schulträger. */
export interface OperatorData {
	name: string;
	operatorType: OperatorType | null;
	municipalityKey: string | null;
	street: string | null;
	postalCode: string | null;
	city: string | null;
}

/** The editable master data of a school. */
export interface SchoolData {
	name: string;
	schoolNumber: string | null;
	schoolType: SchoolType;
	street: string | null;
	postalCode: string | null;
	city: string | null;
	pupils: number | null;
	classes: number | null;
	teachers: number | null;
}

export function schoolTypeLabel(type: SchoolType | null): string {
	return type ? SCHOOL_TYPE_LABELS[type] : '–';
}

export function operatorTypeLabel(type: OperatorType | null): string {
	return type ? OPERATOR_TYPE_LABELS[type] : '–';
}

/** "Straße 1, 01234 Ort", leaving out missing parts; '' when nothing is known. */
export function formatAddress(org: Pick<Organisation, 'street' | 'postalCode' | 'city'>): string {
	const place = [org.postalCode, org.city].filter(Boolean).join(' ');
	return [org.street, place].filter(Boolean).join(', ');
}

export function statusLabel(org: Pick<Organisation, 'isActive'>): string {
	return org.isActive ? 'aktiv' : 'deaktiviert';
}

/** Pupils per class, rounded to one decimal; null when it cannot be computed. */
export function pupilsPerClass(org: Pick<Organisation, 'pupils' | 'classes'>): number | null {
	if (org.pupils == null || !org.classes) return null;
	return Math.round((org.pupils / org.classes) * 10) / 10;
}

export function operatorDataOf(org: Organisation): OperatorData {
	return {
		name: org.name,
		operatorType: org.operatorType,
		municipalityKey: org.municipalityKey,
		street: org.street,
		postalCode: org.postalCode,
		city: org.city
	};
}

export function schoolDataOf(org: Organisation): SchoolData {
	return {
		name: org.name,
		schoolNumber: org.schoolNumber,
		schoolType: org.schoolType ?? 'GS',
		street: org.street,
		postalCode: org.postalCode,
		city: org.city,
		pupils: org.pupils,
		classes: org.classes,
		teachers: org.teachers
	};
}
