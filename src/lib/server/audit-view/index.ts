// The audit log view (issue 13). Per Schulträger: its entries and those of its schools, for the people
// who manage it (admin, consultant in charge, operator). Per school: the school's own entries, for
// everyone who may read the school. Filter by person, period, object type and object id; CSV export.
import type { AuditFilter } from '$lib/domain/audit-view';
import type { OrganisationKind } from '$lib/domain/roles';
import { canManageOperatorSchools, canReadOrganisation } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { NotFoundError } from '../errors';
import { getPilot, PILOT_ENTITY } from '../pilots';
import {
	findOrgRef,
	listAuditActors,
	listAuditEntries,
	schoolIdsOf,
	type AuditViewEntry
} from './repository';

export interface AuditView {
	organisation: { id: string; name: string; kind: OrganisationKind };
	entries: AuditViewEntry[];
	actors: { id: string; name: string }[];
}

const NOT_FOUND = 'Das Protokoll dieser Organisation wurde nicht gefunden.';

export async function getAuditView(
	db: Db,
	user: AuthUser,
	organisationId: string,
	filter: AuditFilter
): Promise<AuditView> {
	const row = await findOrgRef(db, organisationId);
	if (!row || row.kind === 'kisa') throw new NotFoundError(NOT_FOUND);
	const org = { id: row.id, kind: row.kind as OrganisationKind, parentId: row.parent_id };
	let scope: string[];
	if (org.kind === 'operator') {
		if (!canManageOperatorSchools(user, org.id)) throw new NotFoundError(NOT_FOUND);
		scope = [org.id, ...(await schoolIdsOf(db, org.id))];
	} else {
		if (!canReadOrganisation(user, org)) throw new NotFoundError(NOT_FOUND);
		scope = [org.id];
	}
	return {
		organisation: { id: org.id, name: row.name, kind: org.kind },
		entries: await listAuditEntries(db, { organisationIds: scope }, filter),
		actors: await listAuditActors(db, { organisationIds: scope })
	};
}

export interface PilotAuditView {
	pilot: { id: string; title: string };
	entries: AuditViewEntry[];
	actors: { id: string; name: string }[];
}

/**
 * The audit log of one pilot project (its entries carry no organisation: KISA runs pilots across
 * Schulträger), for everyone who may read the pilot (getPilot checks; others get "not found").
 */
export async function getPilotAuditView(
	db: Db,
	user: AuthUser,
	pilotId: string,
	filter: AuditFilter
): Promise<PilotAuditView> {
	const { pilot } = await getPilot(db, user, pilotId);
	const scope = { entityType: PILOT_ENTITY, entityId: pilot.id };
	return {
		pilot: { id: pilot.id, title: pilot.title },
		entries: await listAuditEntries(db, scope, { ...filter, entityType: null, entityId: null }),
		actors: await listAuditActors(db, scope)
	};
}
