// Seed step of issue 5: the Musterstadt concept in review. Version 1 was approved, version 2 (an
// update) came back with changes requested and comments per chapter, version 3 (the revision) is
// submitted and waits for the consultant. Everything goes through the concept and review services,
// so versions are frozen, hashed and audited exactly as in the app. Runs after measures and costs.
import type { SectionKey } from '../src/lib/domain/concept/model';
import { loadAuthUser } from '../src/lib/server/auth/user-repository';
import type { AuthUser } from '../src/lib/server/auth/user';
import { saveNarrative, submitConcept } from '../src/lib/server/concepts';
import { isSectionKey } from '../src/lib/server/concepts/input';
import type { Db } from '../src/lib/server/db/client';
import { addComment, decideVersion, setCommentStatus } from '../src/lib/server/reviews';
import { listRounds } from '../src/lib/server/rounds';
import { DEMO_ACCOUNTS, DEMO_ORGS } from './demo-data';
import { TEXTS_V1, TEXTS_V2, TEXTS_V3, type DemoTexts } from './demo-concept-texts';
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

export async function seedConcept(db: Db, ctx?: Pick<SeedContext, 'now'>): Promise<void> {
	const now = ctx?.now ?? new Date();
	const at = (daysAgo: number, hour = 10) =>
		new Date(now.getTime() - daysAgo * DAY + (hour - 10) * 60 * 60 * 1000);
	const operator = await demoUser(db, 'operatorMs');
	const consultant = await demoUser(db, 'consultantMs');
	const round = (await listRounds(db, consultant)).find(
		(r) => r.operatorId === DEMO_ORGS.musterstadt.id
	);
	if (!round) throw new Error('Musterstadt round missing: run the rounds seed first');
	const roundId = round.id;

	const versions = new Map<string, number>();
	let stored: DemoTexts = {};
	const write = async (texts: DemoTexts, when: Date) => {
		for (const [chapterKey, text] of Object.entries(texts)) {
			if (!isSectionKey(chapterKey) || stored[chapterKey] === text) continue;
			const saved = await saveNarrative(
				db,
				operator,
				roundId,
				{ chapterKey, text, version: versions.get(chapterKey) ?? 0 },
				when
			);
			versions.set(chapterKey, saved.text.version);
		}
		stored = texts;
	};
	const comment = async (
		user: AuthUser,
		number: number,
		chapterKey: SectionKey,
		body: string,
		when: Date,
		parentId?: string
	) => (await addComment(db, user, roundId, { number, chapterKey, body, parentId }, when)).comment;
	const resolve = (user: AuthUser, commentId: string, when: Date) =>
		setCommentStatus(db, user, roundId, { commentId, status: 'erledigt' }, when);

	// Version 1: written, submitted, one remark answered, approved.
	await write(TEXTS_V1, at(62));
	await submitConcept(db, operator, roundId, at(60));
	const v1Summary = await comment(
		consultant,
		1,
		'summary',
		'Bitte nennen Sie in der Zusammenfassung ausdrücklich die beiden Schulen mit der schwächsten Anbindung; das erleichtert dem Stadtrat die Einordnung.',
		at(58)
	);
	await comment(
		operator,
		1,
		'summary',
		'Die Grundschule und die Oberschule sind mit ihren Werten je Klasse genannt.',
		at(57),
		v1Summary.id
	);
	await resolve(consultant, v1Summary.id, at(57, 14));
	await decideVersion(
		db,
		consultant,
		roundId,
		{
			number: 1,
			decision: 'freigegeben',
			note: 'Der Plan ist schlüssig aus der Bedarfsermittlung hergeleitet und kann dem Stadtrat vorgelegt werden.'
		},
		at(56)
	);

	// Version 2: the update with the support contract; changes requested with three remarks.
	await write(TEXTS_V2, at(20));
	await submitConcept(db, operator, roundId, at(18));
	const training = await comment(
		consultant,
		2,
		'training',
		'Für die Grundschule liegen weniger als fünf Antworten der Lehrkräfte vor. Bitte beschreiben Sie, wie der Fortbildungsbedarf dort ermittelt wurde, und ergänzen Sie ein messbares Ziel.',
		at(15)
	);
	const costs = await comment(
		consultant,
		2,
		'costs',
		'Bitte ergänzen Sie, wie der Eigenanteil für 2029 und 2030 abgesichert ist (Haushaltsbeschluss oder mittelfristige Finanzplanung).',
		at(15, 11)
	);
	await comment(
		consultant,
		2,
		'operations',
		'Für den 2nd-Level-Support fehlen Reaktionszeiten. Bitte nehmen Sie die im Rahmenvertrag vereinbarten Zeiten auf, sobald der Vertrag vorliegt.',
		at(15, 12)
	);
	await decideVersion(
		db,
		consultant,
		roundId,
		{
			number: 2,
			decision: 'aenderungen_erbeten',
			note: 'Bitte überarbeiten Sie die Kapitel Fortbildungsplanung und Kosten- und Finanzierungsplan entsprechend den Anmerkungen.'
		},
		at(14)
	);

	// Version 3: revised, two remarks answered and resolved, one still open; submitted.
	await comment(
		operator,
		2,
		'training',
		'Ergänzt: Bedarf der Grundschule aus dem Gespräch mit der Schulleitung, Ziel für die Wiederholungsbefragung 2028.',
		at(7),
		training.id
	);
	await comment(
		operator,
		2,
		'costs',
		'Ergänzt: Haushaltsentwurf 2027/2028 und mittelfristige Finanzplanung.',
		at(7, 11),
		costs.id
	);
	await write(TEXTS_V3, at(7, 12));
	await resolve(operator, training.id, at(6));
	await resolve(operator, costs.id, at(6, 11));
	await submitConcept(db, operator, roundId, at(5));
}
