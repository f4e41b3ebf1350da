// Review notifications (issue 13): "Prüfung angefordert" to the consultants in charge when a
// Schulträger submits its concept; "Änderungen erbeten" / "Freigegeben" to the Schulträger's staff
// when the consultant decides. Queued in the caller's transaction; links use PUBLIC_URL.
import { reviewMail } from '$lib/domain/mail';
import type { Round } from '$lib/domain/rounds';
import type { Db } from '../db/client';
import { queueMail } from './outbox';
import { consultantsOfOperator, operatorStaff } from './repository';

/** Base of links in mails sent outside a request's own flow (README: PUBLIC_URL). */
export function linkBase(): string {
	return (process.env.PUBLIC_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '');
}

function conceptTitle(round: Round): string {
	return `${round.title} (${round.operatorName})`;
}

export async function notifyReviewRequested(
	trx: Db,
	round: Round,
	actorName: string,
	now: Date
): Promise<void> {
	for (const person of await consultantsOfOperator(trx, round.operatorId)) {
		await queueMail(
			trx,
			person.email,
			reviewMail({
				kind: 'review_requested',
				name: person.name,
				conceptTitle: conceptTitle(round),
				actorName,
				link: `${linkBase()}/runden/${round.id}/konzept`
			}),
			now.getTime()
		);
	}
}

export async function notifyReviewDecision(
	trx: Db,
	round: Round,
	decision: 'changes_requested' | 'approved',
	actorName: string,
	now: Date
): Promise<void> {
	for (const person of await operatorStaff(trx, round.operatorId)) {
		await queueMail(
			trx,
			person.email,
			reviewMail({
				kind: decision,
				name: person.name,
				conceptTitle: conceptTitle(round),
				actorName,
				link: `${linkBase()}/runden/${round.id}/konzept`
			}),
			now.getTime()
		);
	}
}
