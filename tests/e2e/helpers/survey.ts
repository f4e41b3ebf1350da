// Reading the e2e database for the teacher-survey browser tests (read-only; the server writes in WAL
// mode): the demo round, response counts, and the demo answers as the evaluation reads them.
import Database from 'better-sqlite3';
import { DEMO_ORGS } from '../../../db/demo-data';
import type { Answers } from '../../../src/lib/domain/questionnaire/types';

function open(): Database.Database {
	const path = process.env.DATABASE_PATH;
	if (!path) throw new Error('DATABASE_PATH fehlt (Browsertests mit npm run test:e2e starten).');
	return new Database(path, { readonly: true, fileMustExist: true });
}

/** The seeded Musterstadt round. */
export function musterstadtRound(): string {
	const db = open();
	try {
		const row = db
			.prepare('select id from planning_rounds where operator_id = ?')
			.get(DEMO_ORGS.musterstadt.id) as { id: string };
		return row.id;
	} finally {
		db.close();
	}
}

export function teacherResponseCount(school: keyof typeof DEMO_ORGS): number {
	const db = open();
	try {
		const row = db
			.prepare(
				`select count(*) as n from teacher_responses r join survey_waves w on w.id = r.wave_id
				 where w.school_id = ?`
			)
			.get(DEMO_ORGS[school].id) as { n: number };
		return row.n;
	} finally {
		db.close();
	}
}

/** The stored answers of a school's lead and IT staff in the round (as the evaluation reads them). */
export function storedSchoolAnswers(roundId: string, school: keyof typeof DEMO_ORGS) {
	const db = open();
	try {
		const rows = db
			.prepare(
				`select r.audience, a.question_key, a.value from answers a join responses r on r.id = a.response_id
				 where r.round_id = ? and r.organisation_id = ?`
			)
			.all(roundId, DEMO_ORGS[school].id) as {
			audience: string;
			question_key: string;
			value: string;
		}[];
		const result: { schoolLead: Record<string, unknown>; itStaff: Record<string, unknown> } = {
			schoolLead: {},
			itStaff: {}
		};
		for (const r of rows) {
			const target =
				r.audience === 'school_lead'
					? result.schoolLead
					: r.audience === 'it_staff'
						? result.itStaff
						: null;
			if (target) target[r.question_key] = JSON.parse(r.value);
		}
		return result as { schoolLead: Answers; itStaff: Answers };
	} finally {
		db.close();
	}
}

/** The teacher responses in a school's snapshot (what the evaluation reads), as answers. */
export function storedTeacherAnswers(school: keyof typeof DEMO_ORGS): Answers[] {
	const db = open();
	try {
		const rows = db
			.prepare(
				`select a.teacher_response_id as id, a.question_key, a.value from teacher_answers a
				 join survey_snapshot_responses r on r.teacher_response_id = a.teacher_response_id
				 join survey_waves w on w.id = r.wave_id where w.school_id = ?`
			)
			.all(DEMO_ORGS[school].id) as { id: string; question_key: string; value: string }[];
		const byId = new Map<string, Record<string, unknown>>();
		for (const r of rows) {
			const entry = byId.get(r.id) ?? {};
			entry[r.question_key] = JSON.parse(r.value);
			byId.set(r.id, entry);
		}
		return [...byId.values()] as Answers[];
	} finally {
		db.close();
	}
}
