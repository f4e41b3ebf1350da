// The outbox (issue 13): a mail is written in the same transaction as the change that causes it and
// delivered later by deliverDueMails, so sending never blocks or fails the user's action.
import type { MailContent } from '$lib/domain/mail';
import type { Db } from '../db/client';
import { newId } from '../ids';
import { insertMail } from './repository';

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
