// CLI: npm run seed [-- --if-empty]. Fills an empty database with the demo world and prints the demo
// logins (npm start relies on the printout). Demo data only; never run against production data.
//
// Extension point: later features append a step to SEED_STEPS (after the ones they depend on). All steps
// run in one transaction with the same context; a step may read ctx.userIds and the fixed ids in demo-data.
import { openDatabase, type Db } from '../src/lib/server/db/client';
import { hashPassword } from '../src/lib/server/auth/password';
import { ROLE_LABELS } from '../src/lib/domain/roles';
import { migrateToLatest } from './migrator';
import { DEMO_ACCOUNTS, DEMO_ORGS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-data';
import { seedFoundation, type SeedContext } from './seed-foundation';
import { seedRounds } from './seed-rounds';
import { seedSurvey } from './seed-survey';
import { seedMeasures } from './seed-measures';
import { seedPilots } from './seed-pilots';
import { seedConcept } from './seed-concept';
import { seedMfa } from './seed-mfa';

export type { SeedContext } from './seed-foundation';

export interface SeedStep {
	name: string;
	run: (trx: Db, ctx: SeedContext) => Promise<void>;
}

export const SEED_STEPS: SeedStep[] = [
	{ name: 'Organisationen und Zugänge', run: seedFoundation },
	{ name: 'Planungsrunden und Antworten', run: seedRounds },
	{ name: 'Befragung der Lehrkräfte', run: seedSurvey },
	{ name: 'Maßnahmen und Kostenplan', run: seedMeasures },
	{ name: 'Pilotprojekte', run: seedPilots },
	{ name: 'Konzept in Prüfung', run: seedConcept },
	{ name: 'Zweiter Faktor der KISA-Konten', run: seedMfa }
];

export interface SeedOptions {
	now?: Date;
	/** A precomputed hash of DEMO_PASSWORD (tests reuse one to skip argon2). */
	passwordHash?: string;
	steps?: SeedStep[];
}

export interface SeedResult {
	orgIds: Record<keyof typeof DEMO_ORGS, string>;
	/** Demo account key (e.g. 'leadMsGs') → user id. */
	userIds: Record<string, string>;
}

/** Seeds the demo world into a migrated, empty database. All or nothing. */
export async function seedDemo(db: Db, options: SeedOptions = {}): Promise<SeedResult> {
	const ctx: SeedContext = {
		now: options.now ?? new Date(),
		passwordHash: options.passwordHash ?? (await hashPassword(DEMO_PASSWORD)),
		userIds: {}
	};
	await db.transaction().execute(async (trx) => {
		for (const step of options.steps ?? SEED_STEPS) await step.run(trx, ctx);
	});
	const orgIds = Object.fromEntries(Object.entries(DEMO_ORGS).map(([k, o]) => [k, o.id]));
	return { orgIds: orgIds as SeedResult['orgIds'], userIds: ctx.userIds };
}

export async function hasUsers(db: Db): Promise<boolean> {
	const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
	return row !== undefined;
}

/** The demo logins as a plain-text table (Rolle, Organisation, E-Mail, Passwort). */
export function formatDemoLogins(): string {
	const header = ['Rolle', 'Organisation', 'E-Mail', 'Passwort'];
	const rows = DEMO_ACCOUNTS.map((a) => [
		a.assigned?.length
			? `${ROLE_LABELS[a.role]}, betreut ${a.assigned.map((k) => DEMO_ORGS[k].name).join(', ')}`
			: ROLE_LABELS[a.role],
		DEMO_ORGS[a.org].name.replace(/ – .*/, ''),
		a.email,
		DEMO_PASSWORD
	]);
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) =>
		cells
			.map((c, i) => c.padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [
		'Demo-Zugänge (nur zum Ausprobieren, nicht für echte Daten):',
		'',
		line(header),
		line(widths.map((w) => '-'.repeat(w))),
		...rows.map(line),
		'',
		'Die KISA-Konten (Administration, Beratung) melden sich mit einem zweiten Faktor an. Nur für die',
		`Demo ist ihr TOTP-Schlüssel fest: ${DEMO_TOTP_SECRET} (30 Sekunden, 6 Stellen).`,
		'Tragen Sie ihn in eine Authenticator-App ein oder erzeugen Sie einen Code mit',
		'"npx tsx scripts/demo-totp.ts". Echte Konten richten ihren eigenen Schlüssel ein.',
		''
	].join('\n');
}

async function tableExists(db: Db, name: string): Promise<boolean> {
	return (await db.introspection.getTables()).some((t) => t.name === name);
}

async function main(): Promise<void> {
	const ifEmpty = process.argv.includes('--if-empty');
	const path = process.env.DATABASE_PATH || 'data/mek.sqlite';
	const { db } = openDatabase(path);
	try {
		// A brand-new file has no data to back up, so migrating it here is safe; existing databases
		// are migrated by npm run migrate (which backs them up first).
		if (!(await tableExists(db, 'users'))) await migrateToLatest(db);
		if (await hasUsers(db)) {
			if (!ifEmpty) {
				console.error(
					'Die Datenbank enthält bereits Benutzerkonten; es wurden keine Demodaten angelegt.'
				);
				process.exitCode = 1;
			} else {
				console.log('Die Datenbank enthält bereits Daten; Demodaten werden nicht erneut angelegt.');
			}
		} else {
			await seedDemo(db);
			console.log(`Demodaten angelegt in ${path}.`);
		}
		console.log('');
		console.log(formatDemoLogins());
	} finally {
		await db.destroy();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	main().catch((err) => {
		console.error('Demodaten konnten nicht angelegt werden:', err);
		process.exit(1);
	});
}
