// Planning rounds: creation (responses per school × role), visibility, status, the progress overview,
// the seeded demo rounds and the CSV/JSON export (issue 3).
import { beforeEach, describe, expect, it } from 'vitest';
import { listAudit } from '../../src/lib/server/audit/repository';
import type { Db } from '../../src/lib/server/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/server/errors';
import { saveAnswer } from '../../src/lib/server/responses';
import * as rounds from '../../src/lib/server/rounds';
import { BOM, encodeCsv } from '../../src/lib/server/rounds/csv';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestRound, testDefinitions } from '../helpers/round-fixtures';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;

beforeEach(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
});

async function seededRoundId(operator: 'musterstadt' | 'beispielkreis') {
	const row = await db
		.selectFrom('planning_rounds')
		.select('id')
		.where('operator_id', '=', w.orgs[operator])
		.executeTakeFirstOrThrow();
	return row.id;
}

const input = (operatorId: string, schoolIds?: string[]) => ({
	operatorId,
	title: 'MEK 2027–2031',
	periodStart: 2027,
	periodEnd: 2031,
	schoolIds
});

describe('createRound', () => {
	it('creates one response per school × (Schulleitung, IT) and one for the Schulträger, with frozen versions', async () => {
		const { round, responses } = await createTestRound(
			db,
			w.users.consultantMs,
			w.orgs.musterstadt
		);
		expect(round).toMatchObject({
			status: 'einrichtung',
			operatorName: 'Stadt Musterstadt',
			periodStart: 2026
		});
		expect(responses).toHaveLength(4 * 2 + 1);
		expect(
			responses.filter((r) => r.audience === 'operator').map((r) => r.organisation.id)
		).toEqual([w.orgs.musterstadt]);
		const schools = new Set(
			responses.filter((r) => r.audience !== 'operator').map((r) => r.organisation.id)
		);
		expect(schools).toEqual(new Set([w.orgs.msGs, w.orgs.msOs, w.orgs.msGy, w.orgs.msFoes]));
		const details = await rounds.getRound(db, w.users.consultantMs, round.id);
		expect(details.questionnaires.map((q) => `${q.audience}:${q.key}:${q.version}`).sort()).toEqual(
			['it_staff:test-it-staff:1', 'operator:test-operator:1', 'school_lead:test-school-lead:1']
		);
		expect((await listAudit(db, 'planning_round', round.id))[0].action).toBe('round.created');
	});

	it('takes a chosen subset of schools and refuses foreign, inactive or no schools', async () => {
		const { responses } = await createTestRound(db, w.users.admin, w.orgs.musterstadt, {
			schoolIds: [w.orgs.msGy]
		});
		expect(responses.map((r) => r.audience).sort()).toEqual([
			'it_staff',
			'operator',
			'school_lead'
		]);
		const options = { definitions: testDefinitions() };
		await expect(
			rounds.createRound(
				db,
				w.users.consultantMs,
				input(w.orgs.musterstadt, [w.orgs.bkOs]),
				options
			)
		).rejects.toBeInstanceOf(ValidationError);
		await expect(
			rounds.createRound(db, w.users.consultantMs, input(w.orgs.musterstadt, []), options)
		).rejects.toThrow('mindestens eine Schule');
		await db
			.updateTable('organisations')
			.set({ is_active: 0 })
			.where('id', '=', w.orgs.msFoes)
			.execute();
		const { responses: active } = await createTestRound(
			db,
			w.users.consultantMs,
			w.orgs.musterstadt
		);
		expect(active.some((r) => r.organisation.id === w.orgs.msFoes)).toBe(false);
	});

	it('is only for the consultant in charge and admins; others get 403, strangers 404', async () => {
		const options = { definitions: testDefinitions() };
		const attempt = (key: keyof DemoWorld['users'], operator: 'musterstadt' | 'beispielkreis') =>
			rounds.createRound(db, w.users[key], input(w.orgs[operator]), options).then(
				() => 'ok',
				(e: unknown) => e
			);
		expect(await attempt('consultantBk', 'musterstadt')).toBeInstanceOf(NotFoundError);
		expect(await attempt('operatorMs', 'musterstadt')).toBeInstanceOf(ForbiddenError);
		expect(await attempt('leadMsGs', 'musterstadt')).toBeInstanceOf(ForbiddenError);
		expect(await attempt('operatorMs', 'beispielkreis')).toBeInstanceOf(NotFoundError);
		expect(await attempt('consultantBk', 'beispielkreis')).toBe('ok');
	});
});

describe('listRounds and status', () => {
	it('shows each user only the rounds of their Schulträger, and school staff only rounds with their school', async () => {
		const titles = async (key: keyof DemoWorld['users']) =>
			(await rounds.listRounds(db, w.users[key])).map((r) => r.operatorName).sort();
		expect(await titles('admin')).toEqual(['Landkreis Beispielkreis', 'Stadt Musterstadt']);
		expect(await titles('consultantMs')).toEqual(['Stadt Musterstadt']);
		expect(await titles('consultantBk')).toEqual(['Landkreis Beispielkreis']);
		expect(await titles('operatorMs')).toEqual(['Stadt Musterstadt']);
		expect(await titles('itBk')).toEqual(['Landkreis Beispielkreis']);
		expect(await titles('leadBkOs')).toEqual(['Landkreis Beispielkreis']);
		await createTestRound(db, w.users.consultantMs, w.orgs.musterstadt, {
			schoolIds: [w.orgs.msGy]
		});
		expect(await rounds.listRounds(db, w.users.leadMsGs)).toHaveLength(1);
		expect(await rounds.listRounds(db, w.users.leadMsGy)).toHaveLength(2);
	});

	it('lets the consultant in charge move the status (audited); the operator may not', async () => {
		const roundId = await seededRoundId('musterstadt');
		const moved = await rounds.setRoundStatus(db, w.users.consultantMs, roundId, 'auswertung');
		expect(moved.status).toBe('auswertung');
		expect((await listAudit(db, 'planning_round', roundId))[0].details).toEqual({
			before: 'bedarfserhebung',
			after: 'auswertung'
		});
		await expect(
			rounds.setRoundStatus(db, w.users.operatorMs, roundId, 'kosten')
		).rejects.toBeInstanceOf(ForbiddenError);
		await expect(
			rounds.setRoundStatus(db, w.users.consultantBk, roundId, 'kosten')
		).rejects.toBeInstanceOf(NotFoundError);
		// from Maßnahmen on the answers are frozen
		await rounds.setRoundStatus(db, w.users.admin, roundId, 'massnahmen');
		const { rows } = await rounds.getRoundProgress(db, w.users.leadMsGs, roundId);
		await expect(
			saveAnswer(db, w.users.leadMsGs, {
				responseId: rows[0].responseId,
				questionKey: 'strategy.goals',
				value: 'x',
				expectedVersion: 0
			})
		).rejects.toThrow('Bedarfserhebung dieser Planungsrunde ist beendet');
	});
});

describe('progress overview (seeded Musterstadt round)', () => {
	it('gives the operator every school × role with percent, missing required answers and last activity', async () => {
		const { round, rows, canManage } = await rounds.getRoundProgress(
			db,
			w.users.operatorMs,
			await seededRoundId('musterstadt')
		);
		expect(round).toMatchObject({ title: 'MEK 2026–2030', status: 'bedarfserhebung' });
		expect(canManage).toBe(false);
		expect(rows).toHaveLength(9);
		expect(rows[0]).toMatchObject({
			audience: 'operator',
			organisationName: 'Stadt Musterstadt',
			canWrite: true
		});
		const gy = rows.find((r) => r.organisationId === w.orgs.msGy && r.audience === 'school_lead');
		expect(gy).toMatchObject({ status: 'abgeschlossen', missingRequired: [], canWrite: false });
		expect(gy?.percent).toBeGreaterThan(80);
		const foes = rows.find(
			(r) => r.organisationId === w.orgs.msFoes && r.audience === 'school_lead'
		);
		expect(foes?.status).toBe('offen');
		expect(foes?.percent).toBeLessThan(20);
		expect(foes?.missingRequired.map((m) => m.questionKey)).toContain('school.teachers_headcount');
		const foesIt = rows.find(
			(r) => r.organisationId === w.orgs.msFoes && r.audience === 'it_staff'
		);
		expect(foesIt).toMatchObject({ percent: 0, lastActivity: null });
		expect(gy?.lastActivity?.getTime()).toBeGreaterThan(foes?.lastActivity?.getTime() ?? Infinity);
	});

	it('shows school staff only their own rows', async () => {
		const roundId = await seededRoundId('musterstadt');
		const lead = await rounds.getRoundProgress(db, w.users.leadMsGs, roundId);
		expect(lead.rows.map((r) => `${r.organisationName}/${r.audience}`)).toEqual([
			'Grundschule Am Lindenhof/school_lead'
		]);
		const it = await rounds.getRoundProgress(db, w.users.itMs, roundId);
		expect(it.rows.map((r) => r.audience)).toEqual([
			'it_staff',
			'it_staff',
			'it_staff',
			'it_staff'
		]);
		await expect(rounds.getRoundProgress(db, w.users.leadBkOs, roundId)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});

describe('export', () => {
	it('writes CSV with BOM, German headers, ";" separators, CRLF and one row per school, role and question', async () => {
		const roundId = await seededRoundId('musterstadt');
		const data = await rounds.exportRound(db, w.users.consultantMs, roundId);
		const csv = rounds.exportToCsv(data);
		expect(csv.startsWith(BOM)).toBe(true);
		const lines = csv.slice(1).split('\r\n');
		expect(lines[0]).toBe(
			'Schule;Schulnummer;Rolle;Abschnitt;Frage-Schlüssel;Frage;Antwort;Einheit;Geändert am;Geändert von'
		);
		const questions = data.responses.reduce((n, r) => n + r.answers.length, 0);
		expect(lines).toHaveLength(1 + questions + 1); // header, rows, trailing empty line
		const pupils = lines.find(
			(l) =>
				l.startsWith('Goethe-Gymnasium Musterstadt;4100303;Schulleitung;') &&
				l.includes(';school.pupils;')
		);
		expect(pupils).toMatch(
			/;742;Schülerinnen und Schüler;\d\d\.\d\d\.\d{4} \d\d:\d\d;Gisela Goethe$/
		);
		expect(
			lines.some(
				(l) => l.includes(';connectivity.measured_peak_mbit;') && l.includes(';640,5;Mbit/s;')
			)
		).toBe(true);
		expect(rounds.exportFileName(data, 'csv')).toBe('MEK-2026-2030_Stadt-Musterstadt.csv');
	});

	it('quotes separators, quotes and line breaks and neutralises spreadsheet formulas', () => {
		const csv = encodeCsv(
			['A', 'B'],
			[
				['Text; mit "Zitat"', 'Zeile 1\nZeile 2'],
				['=HYPERLINK("x")', '-1,5']
			]
		);
		expect(csv).toBe(
			`${BOM}A;B\r\n"Text; mit ""Zitat""";"Zeile 1\nZeile 2"\r\n"'=HYPERLINK(""x"")";-1,5\r\n`
		);
	});

	it('contains only the responses the user may read; JSON keeps stored values and texts', async () => {
		const roundId = await seededRoundId('musterstadt');
		const own = await rounds.exportRound(db, w.users.leadMsGs, roundId);
		expect(own.responses.map((r) => `${r.organisation.name}/${r.audience}`)).toEqual([
			'Grundschule Am Lindenhof/school_lead'
		]);
		const gsType = own.responses[0].answers.find((a) => a.questionKey === 'school.type');
		expect(gsType).toMatchObject({ value: 'gs', sectionCode: 'A' });
		expect(gsType?.text).toMatch(/Grundschule/);
		// hidden by show-if: the Förderschwerpunkt question of a Grundschule stays empty
		expect(
			own.responses[0].answers.find((a) => a.questionKey === 'school.special_needs_focus')?.value
		).toBeNull();
		await expect(rounds.exportRound(db, w.users.operatorBk, roundId)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});
