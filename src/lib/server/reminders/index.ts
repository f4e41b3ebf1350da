// Reminders (issue 13): the consultant in charge or the Schulträger reminds the people who have not
// finished a questionnaire of a round. First a preview (who gets what), then sending, which queues one
// mail per person and response and writes one audit entry.
import { reminderMail, type MailContent } from '$lib/domain/mail';
import { RESPONSE_AUDIENCE_LABELS } from '$lib/domain/rounds';
import { appendAudit } from '../audit/repository';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { ForbiddenError } from '../errors';
import { getRoundProgress } from '../rounds';
import { linkBase, queueMail, parentOf, responseFillers } from '../mail';

export interface Reminder {
	to: string;
	name: string;
	organisationName: string;
	audienceLabel: string;
	mail: MailContent;
}

export async function planReminders(
	db: Db,
	user: AuthUser,
	roundId: string,
	baseUrl = linkBase()
): Promise<{ roundTitle: string; reminders: Reminder[] }> {
	const progress = await getRoundProgress(db, user, roundId); // NotFoundError
	const isOperator = user.memberships.some(
		(m) => m.role === 'operator' && m.organisationId === progress.round.operatorId
	);
	if (!progress.canManage && !isOperator) {
		throw new ForbiddenError(
			'Erinnerungen verschicken die zuständige Beratung und der Schulträger.'
		);
	}
	const reminders: Reminder[] = [];
	for (const row of progress.rows) {
		if (row.status === 'abgeschlossen') continue;
		const parent = await parentOf(db, row.organisationId);
		for (const person of await responseFillers(db, row.organisationId, parent, row.audience)) {
			reminders.push({
				to: person.email,
				name: person.name,
				organisationName: row.organisationName,
				audienceLabel: RESPONSE_AUDIENCE_LABELS[row.audience],
				mail: reminderMail({
					name: person.name,
					roundTitle: progress.round.title,
					schoolName: row.organisationName,
					link: `${baseUrl.replace(/\/+$/, '')}/runden/${roundId}/antworten/${row.responseId}`,
					senderName: user.name
				})
			});
		}
	}
	return { roundTitle: progress.round.title, reminders };
}

/** Queues the planned reminders; returns how many mails were queued. */
export async function sendReminders(
	db: Db,
	user: AuthUser,
	roundId: string,
	baseUrl = linkBase(),
	now = new Date()
): Promise<number> {
	return db.transaction().execute(async (trx) => {
		const { reminders } = await planReminders(trx, user, roundId, baseUrl);
		for (const r of reminders) await queueMail(trx, r.to, r.mail, now.getTime());
		if (reminders.length > 0) {
			const progress = await getRoundProgress(trx, user, roundId);
			await appendAudit(
				trx,
				{
					actorId: user.id,
					action: 'planning_round.reminders_sent',
					entityType: 'planning_round',
					entityId: roundId,
					organisationId: progress.round.operatorId,
					details: { recipients: reminders.length }
				},
				now
			);
		}
		return reminders.length;
	});
}
