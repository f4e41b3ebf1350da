// Table-driven authorization matrix (quality.md S4): every service call × every demo role × own and
// foreign organisation. Each feature writes its rows and calls defineMatrix in its own test file.
import { describe, expect, it } from 'vitest';
import type { DemoOrgKey } from '../../db/demo-data';
import type { AuthUser } from '../../src/lib/server/auth/user';
import type { Db } from '../../src/lib/server/db/client';
import { ForbiddenError, NotFoundError, ValidationError } from '../../src/lib/server/errors';
import type { DemoWorld } from './factories';
import { cloneDemoWorld } from './seeded-clone';

/**
 * The roles each row is run as. "Own" organisations are those of Stadt Musterstadt (musterstadt, msGs),
 * "sibling" is another school of the same Schulträger (msOs), "foreign" is Landkreis Beispielkreis
 * (beispielkreis, bkOs). consultantBk is the consultant of the foreign Schulträger.
 */
export const MATRIX_ACTORS = [
	'admin',
	'consultantMs',
	'consultantBk',
	'operatorMs',
	'itMs',
	'leadMsGs'
] as const;
export type MatrixActor = (typeof MATRIX_ACTORS)[number];

/**
 * ok = allowed; 404 = must not even learn it exists; 403 = may see it but not do this; 400 = the
 * choice is refused like a wrong pick (an object the user must not see offered as a choice).
 */
export type Outcome = 'ok' | '400' | '403' | '404';

const ERRORS = { '400': ValidationError, '403': ForbiddenError, '404': NotFoundError } as const;

export interface MatrixRow {
	/** Service function and what it is called with, e.g. 'updateSchool(msOs)'. */
	action: string;
	/** The demo organisation the call targets (its id is passed to run). */
	target?: DemoOrgKey;
	/** A write: denied calls must leave every table unchanged (no data, no audit entry). */
	writes?: boolean;
	/** runs before the snapshot, as nobody in particular (e.g. an invitation to revoke) */
	setup?: (db: Db, w: DemoWorld) => Promise<void>;
	run: (db: Db, user: AuthUser, targetId: string, w: DemoWorld) => Promise<unknown>;
	/** Outcomes in MATRIX_ACTORS order, e.g. 'ok ok 404 ok 403 ok'. */
	expect: string;
}

function parseOutcomes(row: MatrixRow): Outcome[] {
	const outcomes = row.expect.trim().split(/\s+/);
	if (
		outcomes.length !== MATRIX_ACTORS.length ||
		outcomes.some((o) => !['ok', '400', '403', '404'].includes(o))
	) {
		throw new Error(`Matrix row ${row.action}: expected ${MATRIX_ACTORS.length} outcomes`);
	}
	return outcomes as Outcome[];
}

/** Every row of every table, in a stable order: proves a denied write changed nothing at all. */
export async function snapshotDatabase(db: Db): Promise<string> {
	const tables = (await db.introspection.getTables()).map((t) => t.name).sort();
	const dump: Record<string, unknown[]> = {};
	for (const table of tables) {
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const rows = await (db as any).selectFrom(table).selectAll().execute();
		dump[table] = rows.map((r: unknown) => JSON.stringify(r)).sort();
	}
	return JSON.stringify(dump);
}

async function auditCount(db: Db): Promise<number> {
	const row = await db
		.selectFrom('audit_log')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export function defineMatrix(title: string, rows: MatrixRow[]): void {
	describe(title, () => {
		for (const row of rows) {
			const outcomes = parseOutcomes(row);
			MATRIX_ACTORS.forEach((actor, i) => {
				const outcome = outcomes[i];
				it(`${row.action} as ${actor} → ${outcome}`, async () => {
					const { db, w } = await cloneDemoWorld();
					await row.setup?.(db, w);
					const targetId = row.target ? w.orgs[row.target] : '';
					const before = row.writes ? await snapshotDatabase(db) : '';
					const audits = await auditCount(db);
					const settled = await row.run(db, w.users[actor], targetId, w).then(
						() => 'ok',
						(e: unknown) => e
					);
					if (outcome === 'ok') {
						expect(settled).toBe('ok');
						if (row.writes) expect(await auditCount(db)).toBeGreaterThan(audits);
					} else {
						expect(settled).toBeInstanceOf(ERRORS[outcome]);
						if (row.writes) expect(await snapshotDatabase(db)).toBe(before);
					}
				});
			});
		}
	});
}
