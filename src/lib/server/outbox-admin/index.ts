// The admin's outbox pages (issue 13): only admins, because mails hold personal data and single-use
// links. Its own feature so that mail (used by auth for reset mails) does not depend on auth.
import { isAdmin } from '../auth/authorize';
import type { AuthUser } from '../auth/user';
import type { Db } from '../db/client';
import { NotFoundError } from '../errors';
import { findMail, listRecentMails, type OutboxMail } from '../mail';

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
