// npm run bench:seed-large [-- <path>]: the Saxony-size data set of quality.md P9 on top of the demo:
// 300 Schulträger (one "Landkreis Großraum" with 100 schools), 1,400 schools, a planning round per
// Schulträger with the answers of every school lead, IT staff and Schulträger, a closed teacher survey
// wave per new school (35,000 teacher responses in all), and closed earlier rounds ("Bestandsdaten")
// until the data holds 2 million answers, so every hot query must stay scoped to one round.
// Bulk data goes in through prepared statements in one transaction (a benchmark fixture, not app code;
// the app's own writes go through the repositories). Deterministic: the same run builds the same data.
import SQLite from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Question, QuestionnaireDefinition } from '../src/lib/domain/questionnaire/types';
import { drawAnswers, random } from './large-answers';

export const LARGE = {
	operators: 300,
	schools: 1400,
	bigOperatorSchools: 100,
	teacherResponses: 35_000,
	answers: 2_000_000
} as const;

export interface LargeDataSummary {
	operators: number;
	schools: number;
	rounds: number;
	teacherResponses: number;
	answers: number;
	teacherAnswers: number;
	seconds: number;
	bigOperatorId: string;
	bigRoundId: string;
	bigOperatorEmail: string;
}

const SCHOOL_TYPES = [
	{ type: 'GS', pupils: 220, classes: 10, teachers: 16 },
	{ type: 'GS', pupils: 180, classes: 8, teachers: 13 },
	{ type: 'OS', pupils: 480, classes: 20, teachers: 38 },
	{ type: 'GY', pupils: 760, classes: 28, teachers: 62 },
	{ type: 'GS', pupils: 260, classes: 12, teachers: 18 },
	{ type: 'FOES', pupils: 120, classes: 12, teachers: 24 },
	{ type: 'OS', pupils: 390, classes: 16, teachers: 30 },
	{ type: 'BSZ', pupils: 1400, classes: 60, teachers: 90 }
] as const;
const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

function code(n: number): string {
	let s = '';
	for (let i = 0; i < 7; i++) {
		s = CODE_ALPHABET[n % CODE_ALPHABET.length] + s;
		n = Math.floor(n / CODE_ALPHABET.length);
	}
	return `X${s}`;
}

function questionsOf(definition: QuestionnaireDefinition): Question[] {
	return definition.sections.flatMap((s) => s.questions);
}

/** Schools per new Schulträger: the big one first, the rest spread evenly. */
function schoolCounts(newOperators: number, newSchools: number): number[] {
	const rest = newOperators - 1;
	const remaining = newSchools - LARGE.bigOperatorSchools;
	const base = Math.floor(remaining / rest);
	const extra = remaining - base * rest;
	return [
		LARGE.bigOperatorSchools,
		...Array.from({ length: rest }, (_, i) => base + (i < extra ? 1 : 0))
	];
}

export function seedLarge(databasePath: string): LargeDataSummary {
	const started = performance.now();
	if (!existsSync(databasePath)) {
		const env = { ...process.env, DATABASE_PATH: databasePath };
		execFileSync('npx', ['tsx', 'db/migrate.ts'], { env, stdio: 'ignore' });
		execFileSync('npx', ['tsx', 'db/seed.ts'], { env, stdio: 'ignore' });
	}
	const db = new SQLite(databasePath);
	// A fixture, rebuilt on failure: no journal and no fsync while it is written, a large page cache,
	// foreign keys checked once at the end instead of per row. WAL again before the server opens it.
	db.pragma('journal_mode = OFF');
	db.pragma('synchronous = OFF');
	db.pragma('cache_size = -1000000');
	db.pragma('foreign_keys = OFF');

	const count = (table: string) =>
		(db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
	const demoRound = db.prepare('select id from planning_rounds limit 1').get() as { id: string };
	const versions = db
		.prepare(
			'select rq.audience, rq.version_id, v.definition from round_questionnaires rq join questionnaire_versions v on v.id = rq.version_id where rq.round_id = ?'
		)
		.all(demoRound.id) as { audience: string; version_id: string; definition: string }[];
	const version = new Map(
		versions.map((v) => [
			v.audience,
			{ id: v.version_id, questions: questionsOf(JSON.parse(v.definition)) }
		])
	);
	const admin = db
		.prepare("select id, password_hash from users where email = 'admin@kisa.example'")
		.get() as { id: string; password_hash: string };

	const at = '2026-12-01T08:00:00.000Z';
	const insertOrg = db.prepare(
		`insert into organisations (id, kind, parent_id, name, is_active, operator_type, municipality_key, school_number, school_type, street, postal_code, city, pupils, classes, teachers, created_at, updated_at)
		 values (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	);
	const insertUser = db.prepare(
		'insert into users (id, email, name, password_hash, is_active, created_at, updated_at) values (?, ?, ?, ?, 1, ?, ?)'
	);
	const insertMembership = db.prepare(
		'insert into memberships (id, user_id, organisation_id, role, created_at) values (?, ?, ?, ?, ?)'
	);
	const insertRound = db.prepare(
		'insert into planning_rounds (id, operator_id, title, period_start, period_end, status, created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const insertRoundSchool = db.prepare(
		'insert into round_schools (round_id, school_id) values (?, ?)'
	);
	const insertRoundQuestionnaire = db.prepare(
		'insert into round_questionnaires (round_id, audience, version_id) values (?, ?, ?)'
	);
	const insertResponse = db.prepare(
		"insert into responses (id, round_id, organisation_id, audience, version_id, status, section_completion) values (?, ?, ?, ?, ?, ?, '[]')"
	);
	const insertAnswer = db.prepare(
		'insert into answers (response_id, question_key, value, version, updated_by, updated_at) values (?, ?, ?, 1, ?, ?)'
	);
	const insertWave = db.prepare(
		"insert into survey_waves (id, round_id, school_id, version_id, code, status, free_text_visible, opened_on, closed_on) values (?, ?, ?, ?, ?, 'geschlossen', 0, '2026-10-05', '2026-11-06')"
	);
	const insertTeacherResponse = db.prepare(
		'insert into teacher_responses (id, wave_id, submitted_on) values (?, ?, ?)'
	);
	const insertTeacherAnswer = db.prepare(
		'insert into teacher_answers (teacher_response_id, question_key, value) values (?, ?, ?)'
	);
	// results are read from a snapshot (issue 10, point 5): the closed waves have theirs
	const insertSnapshotResponse = db.prepare(
		'insert into survey_snapshot_responses (teacher_response_id, wave_id) values (?, ?)'
	);
	const insertSnapshot = db.prepare(
		"insert into survey_snapshots (wave_id, taken_on, response_count) values (?, '2026-11-06', ?)"
	);

	const rnd = random(2026);
	let answers = count('answers');
	const answerRows = (responseId: string, audience: string, userId: string | null) => {
		for (const [key, value] of drawAnswers(version.get(audience)!.questions, rnd)) {
			insertAnswer.run(responseId, key, value, userId, at);
			answers++;
		}
	};
	const fillRound = (
		roundId: string,
		operator: { id: string; userId: string },
		schools: string[],
		withAnswers: boolean
	) => {
		for (const audience of ['school_lead', 'it_staff', 'operator', 'teacher'])
			insertRoundQuestionnaire.run(roundId, audience, version.get(audience)!.id);
		for (const school of schools) {
			insertRoundSchool.run(roundId, school);
			for (const audience of ['school_lead', 'it_staff']) {
				const id = randomUUID();
				insertResponse.run(id, roundId, school, audience, version.get(audience)!.id, 'offen');
				if (withAnswers) answerRows(id, audience, operator.userId);
			}
		}
		const id = randomUUID();
		insertResponse.run(id, roundId, operator.id, 'operator', version.get('operator')!.id, 'offen');
		if (withAnswers) answerRows(id, 'operator', operator.userId);
	};

	const existingOperators = count("organisations where kind = 'operator'");
	const existingSchools = count("organisations where kind = 'school'");
	const counts = schoolCounts(LARGE.operators - existingOperators, LARGE.schools - existingSchools);
	const operators: { id: string; userId: string; schools: string[]; roundId: string }[] = [];
	let schoolNo = 0;

	db.transaction(() => {
		counts.forEach((n, i) => {
			const id = randomUUID();
			const big = i === 0;
			const name = big ? 'Landkreis Großraum' : `Gemeinde Lastort ${i}`;
			insertOrg.run(
				id,
				'operator',
				null,
				name,
				big ? 'landkreis' : 'gemeinde',
				String(14_500_000 + i).padStart(8, '0'),
				null,
				null,
				'Markt 1',
				'01000',
				name.replace(/^(Landkreis|Gemeinde) /, ''),
				null,
				null,
				null,
				at,
				at
			);
			const userId = randomUUID();
			insertUser.run(
				userId,
				big ? 'traeger@grossraum.example' : `traeger@lastort-${i}.example`,
				`Schulverwaltung ${name}`,
				admin.password_hash,
				at,
				at
			);
			insertMembership.run(randomUUID(), userId, id, 'operator', at);
			const schools: string[] = [];
			for (let s = 0; s < n; s++) {
				const kind = SCHOOL_TYPES[schoolNo % SCHOOL_TYPES.length];
				const schoolId = randomUUID();
				insertOrg.run(
					schoolId,
					'school',
					id,
					`${kind.type === 'GS' ? 'Grundschule' : kind.type === 'OS' ? 'Oberschule' : kind.type === 'GY' ? 'Gymnasium' : kind.type === 'FOES' ? 'Förderschule' : 'Berufliches Schulzentrum'} ${name.replace(/^(Landkreis|Gemeinde) /, '')} ${s + 1}`,
					null,
					null,
					String(40_000 + schoolNo),
					kind.type,
					'Schulweg 1',
					'01000',
					'Lastort',
					kind.pupils,
					kind.classes,
					kind.teachers,
					at,
					at
				);
				schools.push(schoolId);
				schoolNo++;
			}
			const roundId = randomUUID();
			insertRound.run(
				roundId,
				id,
				'MEK 2026–2030',
				2026,
				2030,
				'bedarfserhebung',
				admin.id,
				at,
				at
			);
			fillRound(roundId, { id, userId }, schools, true);
			operators.push({ id, userId, schools, roundId });
		});

		// Teacher survey: one closed wave per new school, 35,000 responses in all.
		const needed = LARGE.teacherResponses - count('teacher_responses');
		const allSchools = operators.flatMap((o) =>
			o.schools.map((s) => ({ school: s, round: o.roundId }))
		);
		const per = Math.floor(needed / allSchools.length);
		const extra = needed - per * allSchools.length;
		const teacherQuestions = version.get('teacher')!.questions;
		allSchools.forEach(({ school, round }, i) => {
			const waveId = randomUUID();
			insertWave.run(waveId, round, school, version.get('teacher')!.id, code(i));
			const responses = per + (i < extra ? 1 : 0);
			for (let r = 0; r < responses; r++) {
				const responseId = randomUUID();
				insertTeacherResponse.run(
					responseId,
					waveId,
					`2026-10-${String(6 + (r % 20)).padStart(2, '0')}`
				);
				insertSnapshotResponse.run(responseId, waveId);
				for (const [key, value] of drawAnswers(teacherQuestions, rnd)) {
					insertTeacherAnswer.run(responseId, key, value);
				}
			}
			insertSnapshot.run(waveId, responses);
		});

		// Earlier, closed rounds until the data holds 2 million answers (school and teacher answers).
		let cycle = 0;
		while (answers + count('teacher_answers') < LARGE.answers) {
			const operator = operators[cycle % operators.length];
			const wave = Math.floor(cycle / operators.length);
			const roundId = randomUUID();
			insertRound.run(
				roundId,
				operator.id,
				`Bestandserhebung ${2019 + wave}`,
				2019 + wave,
				2023 + wave,
				'abgeschlossen',
				admin.id,
				at,
				at
			);
			fillRound(roundId, operator, operator.schools, true);
			cycle++;
		}
	})();
	const broken = db.pragma('foreign_key_check') as unknown[];
	if (broken.length > 0) throw new Error(`${broken.length} Fremdschlüssel verletzt`);
	db.pragma('journal_mode = WAL');
	db.exec('analyze');
	const summary: LargeDataSummary = {
		operators: count("organisations where kind = 'operator'"),
		schools: count("organisations where kind = 'school'"),
		rounds: count('planning_rounds'),
		teacherResponses: count('teacher_responses'),
		answers: count('answers'),
		teacherAnswers: count('teacher_answers'),
		seconds: (performance.now() - started) / 1000,
		bigOperatorId: operators[0].id,
		bigRoundId: operators[0].roundId,
		bigOperatorEmail: 'traeger@grossraum.example'
	};
	db.close();
	return summary;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = process.argv[2] || 'data/mek-large.sqlite';
	if (existsSync(path)) {
		console.error(`${path} gibt es schon; bitte einen neuen Pfad angeben oder die Datei löschen.`);
		process.exit(1);
	}
	console.log(`Erzeuge den Sachsen-Datensatz in ${path} …`);
	const s = seedLarge(path);
	console.log(
		`${s.operators} Schulträger, ${s.schools} Schulen, ${s.rounds} Planungsrunden, ` +
			`${s.teacherResponses} Antworten von Lehrkräften, ${s.answers + s.teacherAnswers} Einzelantworten ` +
			`(${s.answers} aus Fragebögen, ${s.teacherAnswers} aus der Umfrage) in ${s.seconds.toFixed(1)} s ` +
			`(Ziel ≤ 120 s)`
	);
}
