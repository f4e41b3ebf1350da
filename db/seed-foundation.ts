// Seed step of issue 2: the demo organisations (with fake Saxon-style addresses), accounts, memberships
// and consultant assignments from db/demo-data.ts. Plain Kysely inserts: no app services, no $lib imports.
import type { Db } from '../src/lib/server/db/client';
import { DEMO_ACCOUNTS, DEMO_ORGS, type DemoOrgKey } from './demo-data';

export interface SeedContext {
	now: Date;
	/** argon2id hash of DEMO_PASSWORD, computed once for all accounts (argon2 is slow on purpose). */
	passwordHash: string;
	/** Filled by the foundation step: demo account key → user id. */
	userIds: Record<string, string>;
}

/** Fixed user ids (the nth demo account), so tests and links can name them. */
export function demoUserId(index: number): string {
	return `00000000-0000-4000-9000-${String(index + 1).padStart(12, '0')}`;
}

const ADDRESSES: Partial<Record<DemoOrgKey, { street: string; postalCode: string; city: string }>> =
	{
		musterstadt: { street: 'Markt 1', postalCode: '09456', city: 'Musterstadt' },
		msGs: { street: 'Lindenhofstraße 12', postalCode: '09456', city: 'Musterstadt' },
		msOs: { street: 'Schulstraße 5', postalCode: '09456', city: 'Musterstadt' },
		msGy: { street: 'Goetheplatz 3', postalCode: '09457', city: 'Musterstadt' },
		msFoes: { street: 'Parkweg 8', postalCode: '09456', city: 'Musterstadt' },
		beispielkreis: { street: 'Kreisstraße 10', postalCode: '08301', city: 'Beispielstadt' },
		bkOs: { street: 'Talstraße 21', postalCode: '08312', city: 'Talheim' },
		bkGy: { street: 'Bergstraße 2', postalCode: '08315', city: 'Bergstadt' },
		bkBsz: { street: 'Werkstraße 40', postalCode: '08301', city: 'Beispielstadt' }
	};

async function insertOrganisations(db: Db, at: string): Promise<void> {
	for (const [key, org] of Object.entries(DEMO_ORGS) as [
		DemoOrgKey,
		(typeof DEMO_ORGS)[DemoOrgKey]
	][]) {
		const address = ADDRESSES[key];
		await db
			.insertInto('organisations')
			.values({
				id: org.id,
				kind: org.kind,
				parent_id: 'parent' in org ? DEMO_ORGS[org.parent].id : null,
				name: org.name,
				is_active: 1,
				operator_type: 'operatorType' in org ? org.operatorType : null,
				municipality_key: 'municipalityKey' in org ? org.municipalityKey : null,
				school_number: 'schoolNumber' in org ? org.schoolNumber : null,
				school_type: 'schoolType' in org ? org.schoolType : null,
				street: address?.street ?? null,
				postal_code: address?.postalCode ?? null,
				city: address?.city ?? null,
				pupils: 'pupils' in org ? org.pupils : null,
				classes: 'classes' in org ? org.classes : null,
				teachers: 'teachers' in org ? org.teachers : null,
				created_at: at,
				updated_at: at
			})
			.execute();
	}
}

/** Organisations first (schools after their Schulträger: DEMO_ORGS is in that order), then people. */
export async function seedFoundation(db: Db, ctx: SeedContext): Promise<void> {
	const at = ctx.now.toISOString();
	await insertOrganisations(db, at);
	for (const [index, account] of DEMO_ACCOUNTS.entries()) {
		const userId = demoUserId(index);
		ctx.userIds[account.key] = userId;
		await db
			.insertInto('users')
			.values({
				id: userId,
				email: account.email,
				name: account.name,
				password_hash: ctx.passwordHash,
				is_active: 1,
				created_at: at,
				updated_at: at
			})
			.execute();
		await db
			.insertInto('memberships')
			.values({
				id: `00000000-0000-4000-a000-${String(index + 1).padStart(12, '0')}`,
				user_id: userId,
				organisation_id: DEMO_ORGS[account.org].id,
				role: account.role,
				created_at: at
			})
			.execute();
		for (const operator of account.assigned ?? []) {
			await db
				.insertInto('consultant_assignments')
				.values({ consultant_id: userId, operator_id: DEMO_ORGS[operator].id, created_at: at })
				.execute();
		}
	}
}
