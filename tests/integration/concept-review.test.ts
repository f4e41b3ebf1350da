// The concept review workflow on the Beispielkreis round (no concept yet): submit freezes a version,
// an unchanged resubmit creates none, comments and resolve, request changes → edit → resubmit →
// approve, stale edits conflict, every step audited.
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/lib/server/audit/repository';
import {
	compareVersions,
	getConceptVersion,
	getLiveConcept,
	saveNarrative,
	submitConcept
} from '../../src/lib/server/concepts';
import type { Db } from '../../src/lib/server/db/client';
import { ConflictError, ForbiddenError } from '../../src/lib/server/errors';
import {
	addComment,
	decideVersion,
	getVersionReview,
	setCommentStatus
} from '../../src/lib/server/reviews';
import { listRounds } from '../../src/lib/server/rounds';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;
let roundId: string;

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	roundId = (await listRounds(db, w.users.consultantBk)).find(
		(r) => r.operatorId === w.orgs.beispielkreis
	)!.id;
});

const operator = () => w.users.operatorBk;
const consultant = () => w.users.consultantBk;

async function conceptId(): Promise<string> {
	const row = await db
		.selectFrom('concepts')
		.select('id')
		.where('round_id', '=', roundId)
		.executeTakeFirstOrThrow();
	return row.id;
}

async function versionCount(): Promise<number> {
	const rows = await db.selectFrom('concept_versions').select('id').execute();
	return rows.length - 3; // the seeded Musterstadt concept has three
}

describe('submitting', () => {
	it('freezes the assembled live document as version 1', async () => {
		await saveNarrative(db, operator(), roundId, {
			chapterKey: 'summary',
			text: 'Der Landkreis plant *gemeinsam* mit seinen Schulen.',
			version: 0
		});
		const live = await getLiveConcept(db, operator(), roundId);
		const { version, created } = await submitConcept(db, operator(), roundId);
		expect(created).toBe(true);
		expect(version.number).toBe(1);
		expect(version.contentHash).toMatch(/^[0-9a-f]{64}$/);
		const frozen = await getConceptVersion(db, consultant(), roundId, 1);
		expect(frozen.version.document).toEqual(live.document);
		expect(frozen.version.document.chapters[0].blocks[0]).toEqual({
			type: 'paragraph',
			runs: [
				{ text: 'Der Landkreis plant ' },
				{ text: 'gemeinsam', emphasis: true },
				{ text: ' mit seinen Schulen.' }
			]
		});
		expect((await getLiveConcept(db, operator(), roundId)).status).toBe('eingereicht');
	});

	it('does not create a second version when an unchanged concept is submitted again', async () => {
		const first = await submitConcept(db, operator(), roundId);
		const again = await submitConcept(db, operator(), roundId);
		expect(again.created).toBe(false);
		expect(again.version.id).toBe(first.version.id);
		expect(await versionCount()).toBe(1);
		const submitted = (await listAudit(db, 'concept', await conceptId())).filter(
			(a) => a.action === 'concept.submitted'
		);
		expect(submitted).toHaveLength(1);
	});

	it('locks narrative text while a version is under review', async () => {
		await submitConcept(db, operator(), roundId);
		await expect(
			saveNarrative(db, operator(), roundId, { chapterKey: 'costs', text: 'Neu', version: 0 })
		).rejects.toBeInstanceOf(ConflictError);
	});
});

describe('narrative edits', () => {
	it('refuses a stale version with the stored text, and accepts a retried identical save', async () => {
		const first = await saveNarrative(db, operator(), roundId, {
			chapterKey: 'training',
			text: 'Erster Stand',
			version: 0
		});
		await saveNarrative(db, consultant(), roundId, {
			chapterKey: 'training',
			text: 'Stand der Beratung',
			version: first.text.version
		});
		const stale = saveNarrative(db, operator(), roundId, {
			chapterKey: 'training',
			text: 'Mein Stand',
			version: first.text.version
		});
		await expect(stale).rejects.toBeInstanceOf(ConflictError);
		const error = (await stale.catch((e) => e)) as ConflictError<{ text: string }>;
		expect(error.current?.text).toBe('Stand der Beratung');
		const retry = await saveNarrative(db, consultant(), roundId, {
			chapterKey: 'training',
			text: 'Stand der Beratung',
			version: first.text.version
		});
		expect(retry.changed).toBe(false);
		expect(retry.text.version).toBe(2);
	});
});

describe('the review round', () => {
	it('runs comment → request changes → revise → resubmit → approve, audited', async () => {
		await submitConcept(db, operator(), roundId);
		const thread = await addComment(db, consultant(), roundId, {
			number: 1,
			chapterKey: 'training',
			body: 'Bitte konkretisieren Sie den Fortbildungsbedarf.'
		});
		expect((await getLiveConcept(db, operator(), roundId)).status).toBe('in_pruefung');
		// a retried post stores nothing new
		const retried = await addComment(db, consultant(), roundId, {
			number: 1,
			chapterKey: 'training',
			body: 'Bitte konkretisieren Sie den Fortbildungsbedarf.'
		});
		expect(retried.created).toBe(false);
		// the operator answers but does not start threads
		await addComment(db, operator(), roundId, {
			number: 1,
			chapterKey: 'summary',
			body: 'Wird ergänzt.',
			parentId: thread.comment.id
		});
		await expect(
			addComment(db, operator(), roundId, { number: 1, chapterKey: 'costs', body: 'Neu' })
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			decideVersion(db, operator(), roundId, { number: 1, decision: 'freigegeben' })
		).rejects.toBeInstanceOf(ForbiddenError);

		await decideVersion(db, consultant(), roundId, {
			number: 1,
			decision: 'aenderungen_erbeten',
			note: 'Bitte Kapitel 8 überarbeiten.'
		});
		expect((await getLiveConcept(db, operator(), roundId)).status).toBe('aenderungen_erbeten');
		// unchanged content cannot be resubmitted after changes were requested
		await expect(submitConcept(db, operator(), roundId)).rejects.toBeInstanceOf(ConflictError);

		await saveNarrative(db, operator(), roundId, {
			chapterKey: 'training',
			text: 'Zwei pädagogische Tage je Schule und Jahr.',
			version: 0
		});
		await setCommentStatus(db, operator(), roundId, {
			commentId: thread.comment.id,
			status: 'erledigt'
		});
		const review = await getVersionReview(db, consultant(), roundId, 1);
		const threads = review.threads.get('training')!;
		expect(threads).toHaveLength(1);
		expect(threads[0].replies.map((r) => r.body)).toEqual(['Wird ergänzt.']);
		expect(threads[0].root.status).toBe('erledigt');
		expect(threads[0].root.resolvedByName).toBe(operator().name);

		const second = await submitConcept(db, operator(), roundId);
		expect(second.version.number).toBe(2);
		// deciding the old version is refused
		await expect(
			decideVersion(db, consultant(), roundId, { number: 1, decision: 'freigegeben' })
		).rejects.toBeInstanceOf(ConflictError);
		await decideVersion(db, consultant(), roundId, { number: 2, decision: 'freigegeben' });
		const retry = await decideVersion(db, consultant(), roundId, {
			number: 2,
			decision: 'freigegeben'
		});
		expect(retry.changed).toBe(false);
		await expect(
			decideVersion(db, consultant(), roundId, {
				number: 2,
				decision: 'aenderungen_erbeten',
				note: 'doch nicht'
			})
		).rejects.toBeInstanceOf(ConflictError);
		expect((await getLiveConcept(db, operator(), roundId)).status).toBe('freigegeben');

		const comparison = await compareVersions(db, consultant(), roundId, 1, 2);
		const training = comparison.comparison.chapters.find((c) => c.key === 'training')!;
		expect(training.textChanged).toBe(true);
		expect(
			training.text
				.filter((p) => p.kind === 'insert')
				.map((p) => p.text)
				.join('')
		).toContain('pädagogische Tage');
		expect(comparison.comparison.chapters.find((c) => c.key === 'costs')!.textChanged).toBe(false);

		const actions = (await listAudit(db, 'concept', await conceptId())).map((a) => a.action);
		expect(actions.reverse()).toEqual([
			'concept.submitted',
			'review.comment_added',
			'review.reply_added',
			'review.changes_requested',
			'concept.text_saved',
			'review.comment_resolved',
			'concept.submitted',
			'review.approved'
		]);
	});

	it('starts a new draft when an approved concept is edited, the approved version unchanged', async () => {
		await submitConcept(db, operator(), roundId);
		await decideVersion(db, consultant(), roundId, { number: 1, decision: 'freigegeben' });
		const before = await getConceptVersion(db, operator(), roundId, 1);
		await saveNarrative(db, operator(), roundId, {
			chapterKey: 'evaluation',
			text: 'Fortschreibung 2027.',
			version: 0
		});
		expect((await getLiveConcept(db, operator(), roundId)).status).toBe('entwurf');
		const after = await getConceptVersion(db, operator(), roundId, 1);
		expect(after.version.document).toEqual(before.version.document);
		expect(after.version.decision).toBe('freigegeben');
	});
});
