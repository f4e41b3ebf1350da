// SQL of review comments: threads per version and chapter, resolve/reopen.
import type { CommentStatus, ReviewComment } from '$lib/domain/review';
import type { Db } from '../db/client';

function baseQuery(db: Db) {
	return db
		.selectFrom('review_comments as c')
		.leftJoin('users as a', 'a.id', 'c.author_id')
		.leftJoin('users as r', 'r.id', 'c.resolved_by')
		.select([
			'c.id',
			'c.version_id',
			'c.chapter_key',
			'c.parent_id',
			'c.author_id',
			'c.body',
			'c.status',
			'c.created_at',
			'c.resolved_by',
			'c.resolved_at',
			'a.name as author_name',
			'r.name as resolved_by_name'
		]);
}

type Row = Awaited<ReturnType<ReturnType<typeof baseQuery>['executeTakeFirstOrThrow']>>;

function toComment(row: Row): ReviewComment {
	return {
		id: row.id,
		versionId: row.version_id,
		chapterKey: row.chapter_key,
		parentId: row.parent_id,
		authorId: row.author_id,
		authorName: row.author_name,
		body: row.body,
		status: row.status === 'erledigt' ? 'erledigt' : 'offen',
		createdAt: new Date(row.created_at),
		resolvedBy: row.resolved_by,
		resolvedByName: row.resolved_by_name,
		resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null
	};
}

export async function listComments(
	db: Db,
	versionIds: readonly string[]
): Promise<ReviewComment[]> {
	if (versionIds.length === 0) return [];
	const rows = await baseQuery(db)
		.where('c.version_id', 'in', versionIds)
		.orderBy('c.created_at')
		.orderBy('c.id')
		.execute();
	return rows.map(toComment);
}

export async function findComment(db: Db, id: string): Promise<ReviewComment | undefined> {
	const row = await baseQuery(db).where('c.id', '=', id).executeTakeFirst();
	return row ? toComment(row) : undefined;
}

export interface NewComment {
	id: string;
	versionId: string;
	chapterKey: string;
	parentId: string | null;
	authorId: string;
	body: string;
	createdAt: Date;
}

/** The same author's identical comment in the same place (the natural key of a retried post). */
export async function findDuplicate(db: Db, c: Omit<NewComment, 'id' | 'createdAt'>) {
	const query = baseQuery(db)
		.where('c.version_id', '=', c.versionId)
		.where('c.chapter_key', '=', c.chapterKey)
		.where('c.author_id', '=', c.authorId)
		.where('c.body', '=', c.body);
	const row = await (
		c.parentId === null
			? query.where('c.parent_id', 'is', null)
			: query.where('c.parent_id', '=', c.parentId)
	).executeTakeFirst();
	return row ? toComment(row) : undefined;
}

export async function insertComment(db: Db, c: NewComment): Promise<void> {
	await db
		.insertInto('review_comments')
		.values({
			id: c.id,
			version_id: c.versionId,
			chapter_key: c.chapterKey,
			parent_id: c.parentId,
			author_id: c.authorId,
			body: c.body,
			status: 'offen',
			created_at: c.createdAt.toISOString(),
			resolved_by: null,
			resolved_at: null
		})
		.execute();
}

export async function updateCommentStatus(
	db: Db,
	id: string,
	status: CommentStatus,
	userId: string,
	now: Date
): Promise<void> {
	await db
		.updateTable('review_comments')
		.set(
			status === 'erledigt'
				? { status, resolved_by: userId, resolved_at: now.toISOString() }
				: { status, resolved_by: null, resolved_at: null }
		)
		.where('id', '=', id)
		.execute();
}
