// Review notifications by mail (issue 13): submitting asks the consultant in charge for a review;
// the decision (changes requested / approved) goes to the Schulträger. Queued with the change.
import { describe, expect, it } from 'vitest';
import { submitConcept } from '../../src/lib/server/concepts';
import { decideVersion } from '../../src/lib/server/reviews';
import { listRounds } from '../../src/lib/server/rounds';
import { seedDemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

describe('review mails', () => {
	it('mails the consultant on submission and the Schulträger on each decision', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		const round = (await listRounds(db, w.users.consultantBk)).find(
			(r) => r.operatorId === w.orgs.beispielkreis
		)!;
		// The seed already reviewed the Musterstadt concept; only the mails after that count.
		const before = (await db.selectFrom('mail_outbox').select('id').execute()).map((r) => r.id);
		const mails = () =>
			db
				.selectFrom('mail_outbox')
				.where('id', 'not in', before.length ? before : [''])
				.select(['kind', 'to_address', 'subject', 'text_body'])
				.orderBy('created_at')
				.execute();
		expect(await mails()).toHaveLength(0);

		await submitConcept(db, w.users.operatorBk, round.id);
		let all = await mails();
		expect(all).toHaveLength(1);
		expect(all[0]).toMatchObject({
			kind: 'review_requested',
			to_address: 'beratung.sued@kisa.example'
		});
		expect(all[0].subject).toContain('Prüfung angefordert');
		expect(all[0].text_body).toContain(`/runden/${round.id}/konzept`);
		expect(all[0].text_body).toContain('Petra Kreis bittet Sie');

		await decideVersion(db, w.users.consultantBk, round.id, {
			number: 1,
			decision: 'aenderungen_erbeten',
			note: 'Bitte Kapitel 3 ergänzen.'
		});
		all = await mails();
		expect(all).toHaveLength(2);
		const decision = all.find((m) => m.kind !== 'review_requested');
		expect(decision).toMatchObject({
			kind: 'changes_requested',
			to_address: 'traeger@beispielkreis.example'
		});
		expect(decision?.text_body).toContain('Carla Beraterin hat das Medienentwicklungskonzept');
	});
});
