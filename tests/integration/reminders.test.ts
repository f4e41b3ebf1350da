// Reminders (issue 13): the consultant in charge or the Schulträger previews and sends reminders to
// the people whose questionnaire is not finished; others cannot.
import { describe, expect, it } from 'vitest';
import { planReminders, sendReminders } from '../../src/lib/server/reminders';
import { listRounds } from '../../src/lib/server/rounds';
import { ForbiddenError, NotFoundError } from '../../src/lib/server/errors';
import { seedDemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

describe('reminders', () => {
	it('previews and queues one mail per open response and person; audited', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const round = (await listRounds(db, w.users.operatorMs)).find(
			(r) => r.operatorId === w.orgs.musterstadt
		)!;
		const plan = await planReminders(db, w.users.consultantMs, round.id, 'https://mek.example');
		expect(plan.reminders.length).toBeGreaterThan(0);
		const first = plan.reminders[0];
		expect(first.mail.subject).toBe(`Erinnerung: Fragebogen „${round.title}“`);
		expect(first.mail.text).toContain(`https://mek.example/runden/${round.id}/antworten/`);
		expect(first.mail.text).toContain('Bernd Berater erinnert Sie');
		const before = await db.selectFrom('mail_outbox').select('id').execute();
		const count = await sendReminders(db, w.users.operatorMs, round.id, 'https://mek.example');
		expect(count).toBe(plan.reminders.length);
		const after = await db
			.selectFrom('mail_outbox')
			.select(['kind', 'to_address'])
			.where('kind', '=', 'reminder')
			.execute();
		expect(after).toHaveLength(count);
		expect((await db.selectFrom('mail_outbox').select('id').execute()).length).toBe(
			before.length + count
		);
		const audit = await db
			.selectFrom('audit_log')
			.select('details')
			.where('action', '=', 'planning_round.reminders_sent')
			.executeTakeFirstOrThrow();
		expect(JSON.parse(audit.details)).toEqual({ recipients: count });
	});

	it('refuses school staff, and hides foreign rounds', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const round = (await listRounds(db, w.users.operatorMs)).find(
			(r) => r.operatorId === w.orgs.musterstadt
		)!;
		await expect(planReminders(db, w.users.leadMsGs, round.id)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		await expect(sendReminders(db, w.users.consultantBk, round.id)).rejects.toBeInstanceOf(
			NotFoundError
		);
		expect(
			await db.selectFrom('mail_outbox').select('id').where('kind', '=', 'reminder').execute()
		).toHaveLength(0);
	});
});
