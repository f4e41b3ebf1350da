// Teacher answers of a round per school, for the evaluation and the measure rules. Takes an
// authorized value (auth/authorized.ts): every school with 'roundEvaluation', one with
// 'schoolEvaluation'. Results come only from each wave's snapshot (issue 10, point 5; rule in domain/survey/release.ts):
// every view, export, chart, role gap, measure rule and the concept read the same frozen set, so no
// two of them differ by one response. A snapshot that is due is taken here, before reading.
import type { Answers } from '$lib/domain/questionnaire/types';
import type { Authorized, SchoolOfRound } from '../auth/authorized';
import { berlinDate } from '$lib/domain/survey/dates';
import { snapshotDue, type SnapshotState } from '$lib/domain/survey/release';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { getVersions, type QuestionnaireVersion } from '../questionnaires';
import {
	countResponses,
	findSnapshots,
	listSnapshotAnswers,
	takeSnapshot
} from './answers-repository';
import { listWavesOfRound, type Wave } from './repository';

export interface SchoolSurveyData {
	wave: Wave;
	version: QuestionnaireVersion;
	/** the responses of the wave's snapshot, one entry each, in the order of their random ids */
	responses: Answers[];
	/** the snapshot the responses come from; null: none yet (fewer than 5 responses so far) */
	snapshot: SnapshotState | null;
}

/**
 * Takes the snapshots the rule allows today for the given waves. Idempotent and safe under
 * concurrency: the rule is checked again inside the transaction.
 */
export async function takeDueSnapshots(db: Db, waveIds: string[], now: Date): Promise<void> {
	const today = berlinDate(now);
	const [snapshots, totals] = await Promise.all([
		findSnapshots(db, waveIds),
		countResponses(db, waveIds)
	]);
	const due = waveIds.filter((id) =>
		snapshotDue(snapshots.get(id) ?? null, totals.get(id) ?? 0, today)
	);
	if (due.length === 0) return;
	await inTransaction(db, async (trx) => {
		const [current, counts] = await Promise.all([
			findSnapshots(trx, due),
			countResponses(trx, due)
		]);
		for (const id of due) {
			if (snapshotDue(current.get(id) ?? null, counts.get(id) ?? 0, today))
				await takeSnapshot(trx, id, today);
		}
	});
}

/**
 * Every wave of the round with the responses of its snapshot, by school id (schools without a wave
 * are absent). Takes due snapshots first.
 */
export function surveyDataOfRound(
	db: Db,
	round: Authorized<{ id: string }, 'roundEvaluation'>,
	now: Date = new Date()
): Promise<Map<string, SchoolSurveyData>> {
	return surveyData(db, round.id, undefined, now);
}

/** The wave of one school with the responses of its snapshot (undefined: the school has no wave). */
export async function surveyDataOfSchool(
	db: Db,
	school: Authorized<SchoolOfRound, 'schoolEvaluation'>,
	now: Date = new Date()
): Promise<SchoolSurveyData | undefined> {
	return (await surveyData(db, school.roundId, school.schoolId, now)).get(school.schoolId);
}

async function surveyData(
	db: Db,
	roundId: string,
	schoolId: string | undefined,
	now: Date
): Promise<Map<string, SchoolSurveyData>> {
	const waves = (await listWavesOfRound(db, roundId)).filter(
		(w) => schoolId === undefined || w.schoolId === schoolId
	);
	const waveIds = waves.map((w) => w.id);
	await takeDueSnapshots(db, waveIds, now);
	const [answers, snapshots, versions] = await Promise.all([
		listSnapshotAnswers(db, waveIds),
		findSnapshots(db, waveIds),
		getVersions(
			db,
			waves.map((w) => w.versionId)
		)
	]);
	const result = new Map<string, SchoolSurveyData>();
	for (const wave of waves) {
		const version = versions.get(wave.versionId);
		if (!version) throw new Error(`survey version ${wave.versionId} missing`);
		result.set(wave.schoolId, {
			wave,
			version,
			responses: answers.get(wave.id) ?? [],
			snapshot: snapshots.get(wave.id) ?? null
		});
	}
	return result;
}
