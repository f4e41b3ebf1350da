// Seed step of issue 13: the demo KISA accounts (admin, consultants) start with their second factor
// set up on the fixed demo key DEMO_TOTP_SECRET (printed by npm run seed / npm start). Demo only.
import { decodeBase32 } from '@oslojs/encoding';
import type { Db } from '../src/lib/server/db/client';
import type { SeedContext } from './seed-foundation';
import { DEMO_ACCOUNTS, DEMO_TOTP_SECRET } from './demo-data';

export async function seedMfa(db: Db, ctx: SeedContext): Promise<void> {
	const secret = decodeBase32(DEMO_TOTP_SECRET);
	for (const account of DEMO_ACCOUNTS) {
		if (account.role !== 'admin' && account.role !== 'consultant') continue;
		await db
			.updateTable('users')
			.set({ totp_secret: secret, totp_enabled_at: ctx.now.toISOString() })
			.where('id', '=', ctx.userIds[account.key])
			.execute();
	}
}
