// Responses service: autosave upsert, idempotent retries, conflicts, frozen versions, the no-JS
// section form, completing and reopening (issue 3; quality.md R3, R4, S7).
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/lib/server/audit/repository';
import type { Db } from '../../src/lib/server/db/client';
import { ConflictError, ValidationError } from '../../src/lib/server/errors';
import { ensurePublished } from '../../src/lib/server/questionnaires';
import * as responses from '../../src/lib/server/responses';
import { IncompleteError, LockedError, versionFieldName } from '../../src/lib/server/responses';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestRound, testDefinitions, testSchoolLead } from '../helpers/round-fixtures';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;
let leadResponse: string;
let itResponse: string;

const t = (minute: number) => new Date(Date.UTC(2026, 10, 24, 9, minute));

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	const r = await createTestRound(db, w.users.consultantMs, w.orgs.musterstadt);
	leadResponse = r.responseId(w.orgs.msGs, 'school_lead');
	itResponse = r.responseId(w.orgs.msGs, 'it_staff');
});

const save = (
	user: keyof DemoWorld['users'],
	questionKey: string,
	value: unknown,
	expectedVersion: number,
	minute = 0
) =>
	responses.saveAnswer(
		db,
		w.users[user],
		{ responseId: leadResponse, questionKey, value, expectedVersion },
		t(minute)
	);

async function answerRows(responseId: string) {
	return db.selectFrom('answers').selectAll().where('response_id', '=', responseId).execute();
}

describe('saveAnswer (autosave)', () => {
	it('inserts version 1, then updates to version 2, with an audit entry (old → new) for each', async () => {
		const first = await save('leadMsGs', 'a.pupils', '212', 0, 1);
		expect(first).toMatchObject({ value: 212, version: 1, updatedBy: 'Sabine Lindner' });
		const second = await save('leadMsGs', 'a.pupils', 215, 1, 2);
		expect(second.version).toBe(2);
		const rows = await answerRows(leadResponse);
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({
			question_key: 'a.pupils',
			value: '215',
			version: 2,
			updated_at: t(2).toISOString()
		});
		const audit = await listAudit(db, 'response', leadResponse);
		expect(audit.map((a) => a.details)).toEqual([
			{ questionKey: 'a.pupils', before: 212, after: 215, version: 2 },
			{ questionKey: 'a.pupils', before: null, after: 212, version: 1 }
		]);
	});

	it('is idempotent: a retried save (same value, old expectedVersion) returns the stored state without a new version', async () => {
		await save('leadMsGs', 'a.pupils', 212, 0, 1);
		const retry = await save('leadMsGs', 'a.pupils', '212', 0, 5);
		expect(retry).toMatchObject({ value: 212, version: 1 });
		expect(retry.updatedAt?.toISOString()).toBe(t(1).toISOString());
		const again = await save('leadMsGs', 'a.pupils', 212, 1, 6);
		expect(again.version).toBe(1);
		expect((await answerRows(leadResponse))[0].version).toBe(1);
		expect(await listAudit(db, 'response', leadResponse)).toHaveLength(1);
	});

	it('answers a stale version with a conflict carrying the current value, version and writer', async () => {
		await save('leadMsGs', 'a.pupils', 212, 0, 1);
		await save('consultantMs', 'a.pupils', 220, 1, 2); // the consultant helps and corrects
		const stale = await save('leadMsGs', 'a.pupils', 230, 1, 3).catch((e: unknown) => e);
		expect(stale).toBeInstanceOf(ConflictError);
		expect(stale).not.toBeInstanceOf(LockedError);
		expect((stale as ConflictError).status).toBe(409);
		expect((stale as ConflictError).current).toEqual({
			value: 220,
			version: 2,
			updatedBy: 'Bernd Berater',
			updatedAt: t(2)
		});
		expect((await answerRows(leadResponse))[0]).toMatchObject({ value: '220', version: 2 });
		// a first save that races another first save also conflicts instead of overwriting
		await save('consultantMs', 'a.note', 'von der Beratung', 0, 4);
		await expect(save('leadMsGs', 'a.note', 'von der Schule', 0, 5)).rejects.toBeInstanceOf(
			ConflictError
		);
	});

	it('never lets different answers conflict, even when saved at the same time by different people', async () => {
		const keys = ['a.pupils', 'a.has_mbk', 'a.note'] as const;
		const values = [300, true, 'Notiz'];
		const results = await Promise.all(
			keys.map((key, i) => save(i % 2 ? 'consultantMs' : 'leadMsGs', key, values[i], 0, i))
		);
		expect(results.map((r) => r.version)).toEqual([1, 1, 1]);
		expect((await answerRows(leadResponse)).map((r) => r.question_key).sort()).toEqual(
			[...keys].sort()
		);
	});

	it('refuses invalid values with a German message and stores nothing', async () => {
		const tooMany = await save('leadMsGs', 'a.pupils', 5000, 0).catch((e: unknown) => e);
		expect(tooMany).toBeInstanceOf(ValidationError);
		expect((tooMany as Error).message).toMatch(/3000|höchstens/);
		await expect(save('leadMsGs', 'a.pupils', 'zwölf', 0)).rejects.toBeInstanceOf(ValidationError);
		await expect(save('leadMsGs', 'gibt.es.nicht', 1, 0)).rejects.toThrow(
			'gibt es in diesem Fragebogen nicht'
		);
		await expect(save('leadMsGs', 'a.pupils', { nested: [1] }, 0)).rejects.toBeInstanceOf(
			ValidationError
		);
		expect(await answerRows(leadResponse)).toHaveLength(0);
	});

	it('stores clearing an answer as a new version (null), so a later stale save still conflicts', async () => {
		await save('leadMsGs', 'a.note', 'Text', 0);
		const cleared = await save('leadMsGs', 'a.note', '', 1);
		expect(cleared).toMatchObject({ value: null, version: 2 });
		await expect(save('consultantMs', 'a.note', 'Anderer Text', 1)).rejects.toBeInstanceOf(
			ConflictError
		);
	});
});

describe('frozen questionnaire versions', () => {
	it('keeps answers of an old version untouched and readable with their old definition', async () => {
		await save('leadMsGs', 'a.pupils', 212, 0);
		await save('leadMsGs', 'a.note', 'alt', 0);
		const before = await db
			.selectFrom('questionnaire_versions')
			.selectAll()
			.orderBy('id')
			.execute();
		const oldVersion = before.find((v) => v.questionnaire_key === 'test-school-lead');

		// New content: a relabelled question and a removed one.
		const changed = testSchoolLead(2);
		changed.sections[0].questions[0].label = 'Anzahl der Schülerinnen und Schüler';
		changed.sections[0].questions = changed.sections[0].questions.filter((q) => q.key !== 'a.note');
		const v2 = await ensurePublished(db, changed, t(30));
		expect(v2.version).toBe(2);
		expect(v2.id).not.toBe(oldVersion?.id);
		expect(await ensurePublished(db, changed)).toMatchObject({ id: v2.id, version: 2 }); // same content: no new row

		const after = await db.selectFrom('questionnaire_versions').selectAll().orderBy('id').execute();
		expect(after).toHaveLength(before.length + 1);
		expect(after.filter((v) => v.id !== v2.id)).toEqual(before); // old rows byte-identical

		const old = await responses.getResponseForEditing(db, w.users.leadMsGs, leadResponse);
		expect(old.questionnaire).toMatchObject({ versionId: oldVersion?.id, version: 1 });
		expect(old.questionnaire.definition.sections[0].questions[0].label).toBe('Schülerzahl');
		expect(old.answers['a.note']).toMatchObject({ value: 'alt', version: 1 });
		expect(old.answers['a.pupils'].value).toBe(212);
		// the old response still accepts answers to questions only its version has
		await expect(save('leadMsGs', 'a.note', 'neu', 1)).resolves.toMatchObject({ version: 2 });

		// a round created later uses the new version
		const [, it, op] = testDefinitions();
		const later = await createTestRound(db, w.users.admin, w.orgs.musterstadt, {
			definitions: [changed, it, op]
		});
		const fresh = await responses.getResponseForEditing(
			db,
			w.users.leadMsGs,
			later.responseId(w.orgs.msGs, 'school_lead')
		);
		expect(fresh.questionnaire.versionId).toBe(v2.id);
		expect(fresh.questionnaire.definition.sections[0].questions[0].label).toBe(
			'Anzahl der Schülerinnen und Schüler'
		);
	});
});

describe('saveSection (form without JavaScript)', () => {
	function form(entries: [string, string][]) {
		const data = new FormData();
		for (const [k, v] of entries) data.append(k, v);
		return data;
	}

	it('reports invalid answers and conflicts per field and then stores nothing of the post (all or nothing)', async () => {
		await save('consultantMs', 'a.note', 'von der Beratung', 0);
		const result = await responses.saveSection(
			db,
			w.users.leadMsGs,
			leadResponse,
			'stammdaten',
			form([
				[versionFieldName('a.pupils'), '0'],
				['a.pupils', '1.234'],
				[versionFieldName('a.has_mbk'), '0'],
				['a.has_mbk', 'vielleicht'],
				[versionFieldName('a.note'), '0'], // the page was rendered before the consultant saved
				['a.note', 'von der Schule']
				// a.mbk_year: not rendered (hidden), no version field → untouched
			])
		);
		expect(result.saved).toEqual([]);
		expect(Object.keys(result.errors).sort()).toEqual(['a.has_mbk', 'a.note']);
		expect(result.errors['a.has_mbk']).toMatch(/Ja|Nein/);
		expect(result.conflicts['a.note']).toMatchObject({
			value: 'von der Beratung',
			version: 1,
			updatedBy: 'Bernd Berater'
		});
		const stored = await responses.readAnswers(db, w.users.leadMsGs, leadResponse);
		expect(stored['a.pupils']).toBeUndefined();
		expect(stored['a.note'].value).toBe('von der Beratung');
		expect(stored['a.has_mbk']).toBeUndefined();
	});

	it('reads grids and multi answers with "Sonstiges" from the engine field names', async () => {
		const result = await responses.saveSection(
			db,
			w.users.leadMsGs,
			leadResponse,
			'strategie',
			form([
				[versionFieldName('d.platforms'), '0'],
				['d.platforms', 'lernsax'],
				['d.platforms[other]', 'Schul.cloud'],
				[versionFieldName('d.rooms'), '0'],
				['d.rooms[klassenraum][beamer]', '12'],
				['d.rooms[fachraum][display]', '3']
			])
		);
		expect(result.errors).toEqual({});
		const stored = await responses.readAnswers(db, w.users.leadMsGs, leadResponse);
		expect(stored['d.platforms'].value).toEqual({
			selected: ['lernsax', 'sonstiges'],
			other: 'Schul.cloud'
		});
		expect(stored['d.rooms'].value).toMatchObject({
			klassenraum: { beamer: 12 },
			fachraum: { display: 3 }
		});
	});
});

describe('completing and reopening', () => {
	it('completes a section only without missing required answers, then locks it until reopened', async () => {
		const incomplete = await responses
			.completeSection(db, w.users.leadMsGs, leadResponse, 'stammdaten')
			.catch((e: unknown) => e);
		expect(incomplete).toBeInstanceOf(IncompleteError);
		expect((incomplete as IncompleteError).missing.map((m) => m.questionKey)).toEqual([
			'a.pupils',
			'a.has_mbk'
		]);

		await save('leadMsGs', 'a.pupils', 212, 0);
		await save('leadMsGs', 'a.has_mbk', true, 0);
		// the show-if question became visible and is required
		await expect(
			responses.completeSection(db, w.users.leadMsGs, leadResponse, 'stammdaten')
		).rejects.toBeInstanceOf(IncompleteError);
		await save('leadMsGs', 'a.mbk_year', 2021, 0);
		await responses.completeSection(db, w.users.leadMsGs, leadResponse, 'stammdaten');
		await responses.completeSection(db, w.users.leadMsGs, leadResponse, 'stammdaten'); // repeat is fine

		await expect(save('leadMsGs', 'a.pupils', 213, 1)).rejects.toBeInstanceOf(LockedError);
		await responses.reopenSection(db, w.users.leadMsGs, leadResponse, 'stammdaten');
		await expect(save('leadMsGs', 'a.pupils', 213, 1)).resolves.toMatchObject({ version: 2 });
	});

	it('completes the questionnaire; only the operator or KISA reopen it', async () => {
		await save('leadMsGs', 'a.pupils', 212, 0);
		await save('leadMsGs', 'a.has_mbk', false, 0);
		await responses.completeResponse(db, w.users.leadMsGs, leadResponse, t(10));
		await responses.completeResponse(db, w.users.leadMsGs, leadResponse, t(11)); // retry: no-op
		const done = await responses.getResponseForEditing(db, w.users.leadMsGs, leadResponse);
		expect(done.response).toMatchObject({
			status: 'abgeschlossen',
			completedSections: ['stammdaten', 'strategie']
		});
		expect(done.response.submittedAt?.toISOString()).toBe(t(10).toISOString());
		expect(done.lockReason).toMatch(/abgeschlossen/);
		expect(done.canReopen).toBe(false);
		await expect(save('leadMsGs', 'a.note', 'x', 0)).rejects.toBeInstanceOf(LockedError);

		await expect(responses.reopenResponse(db, w.users.leadMsGs, leadResponse)).rejects.toThrow(
			/Schulträger oder die Beratung/
		);
		await responses.reopenResponse(db, w.users.operatorMs, leadResponse);
		const reopened = await responses.getResponseForEditing(db, w.users.leadMsGs, leadResponse);
		expect(reopened.response.status).toBe('offen');
		expect(reopened.lockReason).toBeNull();
		const actions = (await listAudit(db, 'response', leadResponse)).map((a) => a.action);
		expect(actions.filter((a) => a.startsWith('response.'))).toEqual([
			'response.reopened',
			'response.completed'
		]);
	});

	it('reports progress per section from the frozen definition', async () => {
		await save('leadMsGs', 'a.pupils', 212, 0);
		const view = await responses.getResponseForEditing(db, w.users.leadMsGs, leadResponse);
		expect(view.progress.sections[0]).toMatchObject({ key: 'stammdaten', answered: 1, visible: 3 });
		expect(view.progress.missingRequired.map((m) => m.questionKey)).toEqual(['a.has_mbk']);
		expect(view.canWrite).toBe(true);
		const it = await responses.getResponseForEditing(db, w.users.operatorMs, itResponse);
		expect(it.canWrite).toBe(false);
	});
});
