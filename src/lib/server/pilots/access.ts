// Loading a pilot together with the access decision (auth/authorize.ts). Pilots the user must not
// see are NotFoundError (existence does not leak); readers who try to change one get ForbiddenError.
import type { PilotProject } from '$lib/domain/pilots';
import { canManagePilot, canReadPilot } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { ID_PATTERN } from '../ids';
import { listPilotSchools, type PilotSchoolRef } from './links-repository';
import { findPilot } from './repository';

export const PILOT_NOT_FOUND = 'Das Pilotprojekt wurde nicht gefunden.';
export const PILOT_READ_ONLY =
	'Sie können dieses Pilotprojekt nur ansehen. Änderungen nimmt die Beratung der KISA vor.';

export interface PilotAccess {
	pilot: PilotProject;
	schools: PilotSchoolRef[];
	canManage: boolean;
}

export async function loadReadable(db: Db, user: AuthUser, pilotId: string): Promise<PilotAccess> {
	const pilot = ID_PATTERN.test(pilotId) ? await findPilot(db, pilotId) : undefined;
	if (!pilot) throw new NotFoundError(PILOT_NOT_FOUND);
	const schools = await listPilotSchools(db, [pilot.id]);
	if (!canReadPilot(user, schools)) throw new NotFoundError(PILOT_NOT_FOUND);
	return { pilot, schools, canManage: canManagePilot(user) };
}

export async function loadManageable(
	db: Db,
	user: AuthUser,
	pilotId: string
): Promise<PilotAccess> {
	const access = await loadReadable(db, user, pilotId);
	if (!access.canManage) throw new ForbiddenError(PILOT_READ_ONLY);
	return access;
}
