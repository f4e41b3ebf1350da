// The outbox (issue 13): a mail is written in the same transaction as the change that causes it and
// delivered later by deliverDueMails, so sending never blocks or fails the user's action.
import type { MailContent } from '$lib/domain/mail';
import { isAdmin } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { NotFoundError } from '../errors';
import { newId } from '../ids';
import { findMail, insertMail, listRecentMails, type OutboxMail } from './repository';

type Listener = () => void;
let listener: Listener | null = null;

/** The delivery loop registers here to be woken right after a mail is queued. */
export function onMailQueued(fn: Listener | null): void {
	listener = fn;
}

/** Call with the transaction of the change. Returns the outbox id. */
export async function queueMail(
	trx: Db,
	to: string,
	content: MailContent,
	now = Date.now()
): Promise<string> {
	const id = newId();
	await insertMail(trx, { id, to, content }, now);
	// Woken after the caller's transaction had a chance to commit; the loop also polls.
	if (listener) setTimeout(listener, 50);
	return id;
}

/** The admin's outbox page (only admins: mails hold personal data and single-use links). */
export async function listOutbox(db: Db, user: AuthUser, limit = 100): Promise<OutboxMail[]> {
	if (!isAdmin(user)) throw new NotFoundError('Die Seite wurde nicht gefunden.');
	return listRecentMails(db, limit);
}

export async function getOutboxMail(db: Db, user: AuthUser, id: string): Promise<OutboxMail> {
	if (!isAdmin(user)) throw new NotFoundError('Die Seite wurde nicht gefunden.');
	const mail = await findMail(db, id);
	if (!mail) throw new NotFoundError('Die E-Mail wurde nicht gefunden.');
	return mail;
}
