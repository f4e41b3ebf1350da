// Reading the survey's state for the school lead's page and the printable sheet, and the access
// check every survey management call starts with.
import { acceptsAnswers, type Round } from '$lib/domain/rounds';
import { canReadOrganisation } from '../auth/authorize';
import { canManageSurvey, canReadSurveyFreeText } from '../auth/survey-access';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError, NotFoundError } from '../errors';
import { getRound, type RoundDetails } from '../rounds';
import { responseCountBand, type SnapshotState } from '$lib/domain/survey/release';
import { countResponses, findSnapshots } from './answers-repository';
import { takeDueSnapshots } from './data';
import * as repo from './repository';
import type { SchoolRef, Wave } from './repository';

export interface SurveyAdminView {
	round: Round;
	school: SchoolRef;
	wave: Wave | null;
	/** the live number of responses, only as a band ("weniger als 5", "5 bis 9", …) */
	responseBand: string;
	/** the snapshot the results show; null: none yet */
	snapshot: SnapshotState | null;
	/** the round still takes answers (the survey can be opened) */
	canOpen: boolean;
	/** the school lead of this school: may switch free texts on */
	canToggleFreeText: boolean;
}

interface Context {
	details: RoundDetails;
	school: SchoolRef;
}

export async function context(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string
): Promise<Context> {
	const details = await getRound(db, user, roundId);
	const school = await repo.findSchool(db, schoolId);
	if (
		!school ||
		school.kind !== 'school' ||
		!details.schoolIds.includes(school.id) ||
		!canReadOrganisation(user, school)
	) {
		throw new NotFoundError('Die Schule nimmt an dieser Planungsrunde nicht teil.');
	}
	if (!canManageSurvey(user, school)) {
		throw new ForbiddenError('Die Befragung der Lehrkräfte steuert die Schulleitung der Schule.');
	}
	return { details, school };
}

export async function getSurveyAdmin(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string,
	now = new Date()
): Promise<SurveyAdminView> {
	const { details, school } = await context(db, user, roundId, schoolId);
	const wave = (await repo.findWave(db, roundId, schoolId)) ?? null;
	if (wave) await takeDueSnapshots(db, [wave.id], now);
	const counts = wave ? await countResponses(db, [wave.id]) : new Map<string, number>();
	const snapshots = wave ? await findSnapshots(db, [wave.id]) : new Map<string, SnapshotState>();
	return {
		round: details.round,
		school,
		wave,
		responseBand: responseCountBand(wave ? (counts.get(wave.id) ?? 0) : 0),
		snapshot: wave ? (snapshots.get(wave.id) ?? null) : null,
		canOpen: acceptsAnswers(details.round.status),
		canToggleFreeText: canReadSurveyFreeText(user, school)
	};
}

export async function existingWave(db: Db, roundId: string, schoolId: string): Promise<Wave> {
	const wave = await repo.findWave(db, roundId, schoolId);
	if (!wave) throw new NotFoundError('Für diese Schule wurde noch keine Befragung geöffnet.');
	return wave;
}

export interface SheetData {
	code: string;
	schoolName: string;
	roundTitle: string;
	isOpen: boolean;
}

/** What the printable A4 sheet shows (the route adds the link from its origin). */
export async function getSurveySheet(
	db: Db,
	user: AuthUser,
	roundId: string,
	schoolId: string
): Promise<SheetData> {
	const { details, school } = await context(db, user, roundId, schoolId);
	const wave = await existingWave(db, roundId, schoolId);
	return {
		code: wave.code,
		schoolName: school.name,
		roundTitle: details.round.title,
		isOpen: wave.status === 'offen'
	};
}
