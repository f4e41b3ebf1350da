// Reading frozen versions: one version, the versions a user may read (history with decisions), and
// the comparison of two versions (narrative diff and changed figures).
import { compareConcepts, type ConceptComparison } from '$lib/domain/concept/compare';
import type { ConceptVersion, ConceptVersionSummary } from '$lib/domain/review';
import { canReadVersion, type ConceptPermissions } from '../auth/concept-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { NotFoundError, ValidationError } from '../errors';
import { conceptContext, type ConceptContext } from './context';
import * as repo from './repository';

const VERSION_NOT_FOUND = 'Diese Fassung des Konzepts gibt es nicht.';

export interface VersionView {
	context: Omit<ConceptContext, 'details'>;
	permissions: ConceptPermissions;
	version: ConceptVersion;
}

async function readableVersion(
	db: Db,
	ctx: ConceptContext,
	number: number
): Promise<ConceptVersion> {
	const version = ctx.concept ? await repo.findVersion(db, ctx.concept.id, number) : undefined;
	// a version the user may not read looks like one that does not exist
	if (!version || !canReadVersion(ctx.permissions, version))
		throw new NotFoundError(VERSION_NOT_FOUND);
	return version;
}

function strip(ctx: ConceptContext): Omit<ConceptContext, 'details'> {
	return { round: ctx.round, permissions: ctx.permissions, concept: ctx.concept };
}

export async function getConceptVersion(
	db: Db,
	user: AuthUser,
	roundId: string,
	number: number
): Promise<VersionView> {
	const ctx = await conceptContext(db, user, roundId);
	const version = await readableVersion(db, ctx, number);
	return { context: strip(ctx), permissions: ctx.permissions, version };
}

export interface VersionHistory {
	context: Omit<ConceptContext, 'details'>;
	permissions: ConceptPermissions;
	/** newest first; school leads see the approved ones only */
	versions: ConceptVersionSummary[];
}

export async function listConceptVersions(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<VersionHistory> {
	const ctx = await conceptContext(db, user, roundId);
	const all = ctx.concept ? await repo.listVersions(db, ctx.concept.id) : [];
	return {
		context: strip(ctx),
		permissions: ctx.permissions,
		versions: all.filter((v) => canReadVersion(ctx.permissions, v))
	};
}

/** The newest approved version, for readers who see approved versions only. */
export async function latestApprovedVersion(
	db: Db,
	user: AuthUser,
	roundId: string
): Promise<VersionView | null> {
	const history = await listConceptVersions(db, user, roundId);
	const approved = history.versions.find((v) => v.decision === 'freigegeben');
	return approved ? getConceptVersion(db, user, roundId, approved.number) : null;
}

export interface VersionComparison {
	context: Omit<ConceptContext, 'details'>;
	from: ConceptVersionSummary;
	to: ConceptVersionSummary;
	comparison: ConceptComparison;
}

export async function compareVersions(
	db: Db,
	user: AuthUser,
	roundId: string,
	fromNumber: number,
	toNumber: number
): Promise<VersionComparison> {
	if (fromNumber === toNumber) {
		throw new ValidationError('Bitte wählen Sie zwei verschiedene Fassungen.', 'zu');
	}
	const ctx = await conceptContext(db, user, roundId);
	const from = await readableVersion(db, ctx, fromNumber);
	const to = await readableVersion(db, ctx, toNumber);
	const { document: before, ...fromSummary } = from;
	const { document: after, ...toSummary } = to;
	return {
		context: strip(ctx),
		from: fromSummary,
		to: toSummary,
		comparison: compareConcepts(before, after)
	};
}
