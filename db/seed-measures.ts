// Seed step of issue 5: measures and the five-year cost plan of the Musterstadt round. The rules'
// proposals (from the demo answers and the teacher survey) are accepted through the measures service
// with owners and funding, one is rejected with a reason, one stays open (OPEN_IN_DEMO), one measure
// is added by hand, and the existing contracts and equipment (whose replacements fall into the plan)
// are added as cost items.
// Everything goes through the services, so it is validated and audited as in the app.
import type { ActionField } from '../src/lib/domain/measures/types';
import { loadAuthUser } from '../src/lib/server/auth/user-repository';
import type { AuthUser } from '../src/lib/server/auth/user';
import { createCostItem } from '../src/lib/server/costs';
import type { Db } from '../src/lib/server/db/client';
import {
	acceptProposal,
	createMeasure,
	listOpenProposals,
	rejectProposal,
	setMeasureStatus
} from '../src/lib/server/measures';
import { listRounds } from '../src/lib/server/rounds';
import { DEMO_ACCOUNTS, DEMO_ORGS } from './demo-data';
import { existingItems } from './demo-cost-items';
import type { SeedContext } from './seed-foundation';

const DAY = 24 * 60 * 60 * 1000;

async function demoUser(db: Db, key: string): Promise<AuthUser> {
	const email = DEMO_ACCOUNTS.find((a) => a.key === key)?.email ?? '';
	const row = await db
		.selectFrom('users')
		.select('id')
		.where('email', '=', email)
		.executeTakeFirst();
	const user = row ? await loadAuthUser(db, row.id) : null;
	if (!user) throw new Error(`demo user ${key} missing: run the foundation seed first`);
	return user;
}

const OWNERS: Record<ActionField, string> = {
	infrastructure: 'Schulverwaltungsamt, SG Schul-IT',
	devices: 'Schulverwaltungsamt, SG Schul-IT',
	presentation: 'Hochbauamt mit SG Schul-IT',
	platforms: 'Medienkoordination der Schulen',
	support: 'Schulverwaltungsamt',
	training: 'Schulleitungen mit dem LaSuB',
	pedagogy: 'Schulleitungen',
	data_protection: 'Schulleitungen mit dem DSB für die öffentlichen Schulen (LaSuB)'
};

/** The proposal rejected in the demo, with its reason (the first rule that fired, in this order). */
const REJECT: { ruleKey: string; reason: string }[] = [
	{
		ruleKey: 'devices.renewal',
		reason:
			'Die Schülergeräte des Gymnasiums werden 2027 über den bestehenden Leasingvertrag getauscht; eine zusätzliche Erneuerung aus dem Haushalt ist nicht nötig.'
	},
	{
		ruleKey: 'network.renewal',
		reason:
			'Die Switches der Oberschule werden mit der Sanierung 2028 über das Hochbauamt erneuert (Baumaßnahme, nicht MEK).'
	}
];

/** Left open in the demo, so the page shows a proposal still to decide (the browser test accepts it). */
export const OPEN_IN_DEMO = 'training.basics';

export async function seedMeasures(db: Db, ctx?: Pick<SeedContext, 'now'>): Promise<void> {
	const now = ctx?.now ?? new Date();
	const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
	const consultant = await demoUser(db, 'consultantMs');
	const operator = await demoUser(db, 'operatorMs');
	const round = (await listRounds(db, consultant)).find(
		(r) => r.operatorId === DEMO_ORGS.musterstadt.id
	);
	if (!round) throw new Error('Musterstadt round missing: run the rounds seed first');

	const proposals = await listOpenProposals(db, consultant, round.id, at(10));
	const rejected = REJECT.find((r) => proposals.some((p) => p.ruleKey === r.ruleKey));
	let day = 10;
	for (const p of proposals) {
		if (p.ruleKey === OPEN_IN_DEMO) continue;
		if (p.ruleKey === rejected?.ruleKey) {
			await rejectProposal(db, operator, round.id, rejected, at(day--));
			continue;
		}
		const measure = await acceptProposal(
			db,
			day % 2 === 0 ? consultant : operator,
			round.id,
			p.ruleKey,
			{
				// funding per cost line from the programme data (DP 2.0 allocation, Land, own budget)
				owner: OWNERS[p.actionField]
			},
			at(day--)
		);
		if (p.ruleKey === 'connectivity.upgrade' || p.ruleKey === 'wlan.expand')
			await setMeasureStatus(
				db,
				operator,
				measure.id,
				{ status: 'in_progress', rejectionReason: '', version: measure.version },
				at(3)
			);
	}

	await createMeasure(
		db,
		operator,
		round.id,
		{
			title: 'Medienentwicklungskonzept jährlich fortschreiben',
			description:
				'Jährliches Gespräch von Schulträger, Schulleitungen und KISA-Beratung: Stand der Maßnahmen, Kosten und Befragungsergebnisse prüfen, Plan fortschreiben.',
			actionField: 'pedagogy',
			owner: 'Schulverwaltungsamt mit KISA-Beratung',
			priority: 'medium',
			startQuarter: `${round.periodStart + 1}-Q1`,
			endQuarter: `${round.periodEnd}-Q4`,
			schoolIds: []
		},
		at(4)
	);

	for (const { school, ...item } of existingItems(round.periodStart)) {
		await createCostItem(
			db,
			operator,
			round.id,
			{ ...item, schoolId: school ? DEMO_ORGS[school].id : null },
			at(2)
		);
	}
}
