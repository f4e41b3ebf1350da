// Review comments per chapter: threads (a comment and its replies), open/resolved, and the limits
// of a comment. Pure.

export const COMMENT_STATUSES = ['offen', 'erledigt'] as const;
export type CommentStatus = (typeof COMMENT_STATUSES)[number];

export const COMMENT_STATUS_LABELS: Record<CommentStatus, string> = {
	offen: 'offen',
	erledigt: 'erledigt'
};

export const MAX_COMMENT_LENGTH = 4000;

export interface ReviewComment {
	id: string;
	versionId: string;
	chapterKey: string;
	/** null: starts a thread; otherwise the thread's first comment */
	parentId: string | null;
	authorId: string | null;
	authorName: string | null;
	body: string;
	status: CommentStatus;
	createdAt: Date;
	resolvedBy: string | null;
	resolvedByName: string | null;
	resolvedAt: Date | null;
}

export interface CommentThread {
	root: ReviewComment;
	replies: ReviewComment[];
}

/**
 * Threads in order of their first comment; replies in order of writing. A reply to a reply joins
 * the thread of its root; replies whose root is missing become threads of their own.
 */
export function buildThreads(comments: readonly ReviewComment[]): CommentThread[] {
	const sorted = [...comments].sort(
		(a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id)
	);
	const byId = new Map(sorted.map((c) => [c.id, c]));
	const rootOf = (c: ReviewComment): ReviewComment => {
		let current = c;
		const seen = new Set<string>();
		while (current.parentId && byId.has(current.parentId) && !seen.has(current.id)) {
			seen.add(current.id);
			current = byId.get(current.parentId)!;
		}
		return current;
	};
	const threads = new Map<string, CommentThread>();
	for (const c of sorted) if (rootOf(c).id === c.id) threads.set(c.id, { root: c, replies: [] });
	for (const c of sorted) {
		const root = rootOf(c);
		if (root.id !== c.id) threads.get(root.id)?.replies.push(c);
	}
	return [...threads.values()];
}

/** Threads per chapter key. */
export function threadsByChapter(comments: readonly ReviewComment[]): Map<string, CommentThread[]> {
	const result = new Map<string, CommentThread[]>();
	for (const thread of buildThreads(comments)) {
		const list = result.get(thread.root.chapterKey) ?? [];
		list.push(thread);
		result.set(thread.root.chapterKey, list);
	}
	return result;
}

/** Open threads (their first comment not resolved). */
export function openThreadCount(comments: readonly ReviewComment[]): number {
	return comments.filter((c) => c.parentId === null && c.status === 'offen').length;
}
