// Participating schools of a pilot. Managers add and remove schools they can read themselves
// (a consultant: those of assigned Schulträger; admins: all), see canAssignPilotSchool.
import { canAssignPilotSchool } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { DomainError, ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { getSchool, listOperators, listSchools } from '../organisations';
import { loadManageable } from './access';
import { auditPilot } from './audit';
import { deletePilotSchool, insertPilotSchool } from './links-repository';
import { touchPilot } from './repository';

const CHOOSE_SCHOOL = 'Bitte wählen Sie eine Schule aus der Liste.';

export interface SchoolChoiceGroup {
	operatorId: string;
	operatorName: string;
	schools: { id: string; name: string }[];
}

/** Active schools the user may add to this pilot and that do not take part yet, per Schulträger. */
export async function listSchoolChoices(
	db: Db,
	user: AuthUser,
	pilotId: string
): Promise<SchoolChoiceGroup[]> {
	const { schools: current } = await loadManageable(db, user, pilotId);
	const taken = new Set(current.map((s) => s.id));
	const groups: SchoolChoiceGroup[] = [];
	for (const operator of await listOperators(db, user)) {
		const schools = (await listSchools(db, user, operator.id)).filter(
			(s) => s.isActive && !taken.has(s.id) && canAssignPilotSchool(user, s)
		);
		if (schools.length > 0) {
			groups.push({
				operatorId: operator.id,
				operatorName: operator.name,
				schools: schools.map((s) => ({ id: s.id, name: s.name }))
			});
		}
	}
	return groups;
}

export async function addPilotSchool(
	db: Db,
	user: AuthUser,
	pilotId: string,
	schoolId: string,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot, schools } = await loadManageable(trx, user, pilotId);
		// An invisible school is reported like a wrong choice: existence does not leak.
		const school = await getSchool(trx, user, schoolId).catch((err: unknown) => {
			if (err instanceof DomainError) throw new ValidationError(CHOOSE_SCHOOL, 'schoolId');
			throw err;
		});
		if (!school.isActive || !canAssignPilotSchool(user, school)) {
			throw new ValidationError(CHOOSE_SCHOOL, 'schoolId');
		}
		if (schools.some((s) => s.id === school.id)) {
			throw new ValidationError('Diese Schule nimmt bereits am Pilotprojekt teil.', 'schoolId');
		}
		await insertPilotSchool(trx, pilot.id, school.id, now);
		await touchPilot(trx, pilot.id, now);
		const details = { schoolId: school.id, schoolName: school.name };
		await auditPilot(trx, user, 'pilot.school_add', pilot.id, details, now);
	});
}

export async function removePilotSchool(
	db: Db,
	user: AuthUser,
	pilotId: string,
	schoolId: string,
	now = new Date()
): Promise<void> {
	await inTransaction(db, async (trx) => {
		const { pilot, schools } = await loadManageable(trx, user, pilotId);
		const school = schools.find((s) => s.id === schoolId);
		if (!school) throw new NotFoundError('Diese Schule nimmt nicht am Pilotprojekt teil.');
		if (!canAssignPilotSchool(user, school)) {
			throw new ForbiddenError(
				'Schulen eines Schulträgers, den Sie nicht betreuen, kann nur dessen Beratung oder die Administration entfernen.'
			);
		}
		await deletePilotSchool(trx, pilot.id, school.id);
		await touchPilot(trx, pilot.id, now);
		const details = { schoolId: school.id, schoolName: school.name };
		await auditPilot(trx, user, 'pilot.school_remove', pilot.id, details, now);
	});
}
