// SQL for the mail outbox (table mail_outbox). Times are unix milliseconds.
import type { MailContent } from '$lib/domain/mail';
import type { Db } from '../db/client';

export type MailStatus = 'pending' | 'sent' | 'failed';

export interface OutboxMail {
	id: string;
	kind: string;
	to: string;
	subject: string;
	text: string;
	html: string;
	createdAt: number;
	status: MailStatus;
	attempts: number;
	nextAttemptAt: number;
	sentAt: number | null;
	lastError: string | null;
}

const COLUMNS = [
	'id',
	'kind',
	'to_address',
	'subject',
	'text_body',
	'html_body',
	'created_at',
	'status',
	'attempts',
	'next_attempt_at',
	'sent_at',
	'last_error'
] as const;

type Row = {
	id: string;
	kind: string;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string;
	created_at: number;
	status: string;
	attempts: number;
	next_attempt_at: number;
	sent_at: number | null;
	last_error: string | null;
};

function toMail(r: Row): OutboxMail {
	return {
		id: r.id,
		kind: r.kind,
		to: r.to_address,
		subject: r.subject,
		text: r.text_body,
		html: r.html_body,
		createdAt: r.created_at,
		status: r.status as MailStatus,
		attempts: r.attempts,
		nextAttemptAt: r.next_attempt_at,
		sentAt: r.sent_at,
		lastError: r.last_error
	};
}

export async function insertMail(
	db: Db,
	mail: { id: string; to: string; content: MailContent },
	now: number
): Promise<void> {
	await db
		.insertInto('mail_outbox')
		.values({
			id: mail.id,
			kind: mail.content.kind,
			to_address: mail.to,
			subject: mail.content.subject,
			text_body: mail.content.text,
			html_body: mail.content.html,
			created_at: now,
			status: 'pending',
			attempts: 0,
			next_attempt_at: now
		})
		.execute();
}

export async function listDueMails(db: Db, now: number, limit: number): Promise<OutboxMail[]> {
	const rows = await db
		.selectFrom('mail_outbox')
		.select(COLUMNS)
		.where('status', '=', 'pending')
		.where('next_attempt_at', '<=', now)
		.orderBy('created_at')
		.limit(limit)
		.execute();
	return rows.map(toMail);
}

/**
 * Claims a mail for one delivery attempt by moving its next attempt into the future; only the
 * instance whose update matched sends it (several app instances may poll the same outbox).
 */
export async function claimMail(db: Db, mail: OutboxMail, leaseUntil: number): Promise<boolean> {
	const result = await db
		.updateTable('mail_outbox')
		.set({ next_attempt_at: leaseUntil, attempts: mail.attempts + 1 })
		.where('id', '=', mail.id)
		.where('status', '=', 'pending')
		.where('next_attempt_at', '=', mail.nextAttemptAt)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

export async function markSent(db: Db, id: string, now: number): Promise<void> {
	await db
		.updateTable('mail_outbox')
		.set({ status: 'sent', sent_at: now, last_error: null })
		.where('id', '=', id)
		.execute();
}

export async function markAttemptFailed(
	db: Db,
	id: string,
	error: string,
	nextAttemptAt: number | null
): Promise<void> {
	await db
		.updateTable('mail_outbox')
		.set(
			nextAttemptAt === null
				? { status: 'failed', last_error: error }
				: { next_attempt_at: nextAttemptAt, last_error: error }
		)
		.where('id', '=', id)
		.execute();
}

export async function listRecentMails(db: Db, limit: number): Promise<OutboxMail[]> {
	const rows = await db
		.selectFrom('mail_outbox')
		.select(COLUMNS)
		.orderBy('created_at', 'desc')
		.orderBy('id')
		.limit(limit)
		.execute();
	return rows.map(toMail);
}

export async function findMail(db: Db, id: string): Promise<OutboxMail | null> {
	const row = await db
		.selectFrom('mail_outbox')
		.select(COLUMNS)
		.where('id', '=', id)
		.executeTakeFirst();
	return row ? toMail(row) : null;
}

export interface Recipient {
	email: string;
	name: string;
}

/** Active consultants assigned to the Schulträger. */
export async function consultantsOfOperator(db: Db, operatorId: string): Promise<Recipient[]> {
	return db
		.selectFrom('consultant_assignments')
		.innerJoin('users', 'users.id', 'consultant_assignments.consultant_id')
		.select(['users.email', 'users.name'])
		.where('consultant_assignments.operator_id', '=', operatorId)
		.where('users.is_active', '=', 1)
		.orderBy('users.email')
		.execute();
}

/** Active people with the operator role at the Schulträger itself. */
export async function operatorStaff(db: Db, operatorId: string): Promise<Recipient[]> {
	return db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.email', 'users.name'])
		.where('memberships.organisation_id', '=', operatorId)
		.where('memberships.role', '=', 'operator')
		.where('users.is_active', '=', 1)
		.distinct()
		.orderBy('users.email')
		.execute();
}

/**
 * Who fills in a response: active people with the audience's role at the organisation; for IT staff
 * also the Schulträger-wide IT provider of a school.
 */
export async function responseFillers(
	db: Db,
	organisationId: string,
	parentId: string | null,
	audience: string
): Promise<Recipient[]> {
	const orgIds =
		audience === 'it_staff' && parentId ? [organisationId, parentId] : [organisationId];
	return db
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.email', 'users.name'])
		.where('memberships.organisation_id', 'in', orgIds)
		.where('memberships.role', '=', audience)
		.where('users.is_active', '=', 1)
		.distinct()
		.orderBy('users.email')
		.execute();
}

export async function parentOf(db: Db, organisationId: string): Promise<string | null> {
	const row = await db
		.selectFrom('organisations')
		.select('parent_id')
		.where('id', '=', organisationId)
		.executeTakeFirst();
	return row?.parent_id ?? null;
}
