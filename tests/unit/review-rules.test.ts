import { describe, expect, it } from 'vitest';
import {
	buildThreads,
	isNarrativeEditable,
	openThreadCount,
	planDecision,
	planSubmission,
	statusAfterEdit,
	type ReviewComment
} from '../../src/lib/domain/review';

const latest = (number: number, contentHash: string, decision: 'freigegeben' | null = null) => ({
	number,
	contentHash,
	decision
});

describe('planSubmission (natural key: content hash)', () => {
	it('creates version 1 for a first submission', () => {
		expect(planSubmission('entwurf', null, 'h1')).toEqual({ kind: 'create', number: 1 });
	});

	it('returns the waiting version when the same content is submitted again', () => {
		expect(planSubmission('eingereicht', latest(1, 'h1'), 'h1')).toEqual({
			kind: 'existing',
			number: 1
		});
		expect(planSubmission('in_pruefung', latest(3, 'h3'), 'h3')).toEqual({
			kind: 'existing',
			number: 3
		});
	});

	it('refuses a changed submission while one is under review', () => {
		const plan = planSubmission('in_pruefung', latest(2, 'h2'), 'h3');
		expect(plan).toMatchObject({ kind: 'refuse', reason: 'under_review' });
	});

	it('refuses unchanged content after a decision, creates the next number when changed', () => {
		expect(planSubmission('aenderungen_erbeten', latest(2, 'h2'), 'h2')).toMatchObject({
			kind: 'refuse',
			reason: 'unchanged'
		});
		expect(planSubmission('aenderungen_erbeten', latest(2, 'h2'), 'h3')).toEqual({
			kind: 'create',
			number: 3
		});
		expect(planSubmission('entwurf', latest(1, 'h1', 'freigegeben'), 'h2')).toEqual({
			kind: 'create',
			number: 2
		});
	});
});

describe('planDecision', () => {
	it('applies a decision to the latest undecided version under review', () => {
		expect(planDecision('in_pruefung', latest(2, 'h'), 2, 'freigegeben')).toEqual({
			kind: 'apply'
		});
	});
	it('treats the same decision again as a retry', () => {
		expect(planDecision('freigegeben', latest(2, 'h', 'freigegeben'), 2, 'freigegeben')).toEqual({
			kind: 'existing'
		});
	});
	it('refuses older versions, a second different decision and drafts', () => {
		expect(planDecision('in_pruefung', latest(3, 'h'), 2, 'freigegeben').kind).toBe('refuse');
		expect(
			planDecision('freigegeben', latest(2, 'h', 'freigegeben'), 2, 'aenderungen_erbeten').kind
		).toBe('refuse');
		expect(planDecision('entwurf', null, 1, 'freigegeben').kind).toBe('refuse');
	});
});

describe('editing rules', () => {
	it('locks text under review and reopens an approved concept as a draft', () => {
		expect(isNarrativeEditable('eingereicht')).toBe(false);
		expect(isNarrativeEditable('in_pruefung')).toBe(false);
		expect(isNarrativeEditable('aenderungen_erbeten')).toBe(true);
		expect(statusAfterEdit('freigegeben')).toBe('entwurf');
		expect(statusAfterEdit('aenderungen_erbeten')).toBe('aenderungen_erbeten');
	});
});

describe('buildThreads', () => {
	const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 10, minute));
	const c = (
		id: string,
		parentId: string | null,
		minute: number,
		status = 'offen'
	): ReviewComment => ({
		id,
		versionId: 'v',
		chapterKey: 'costs',
		parentId,
		authorId: null,
		authorName: null,
		body: id,
		status: status as ReviewComment['status'],
		createdAt: at(minute),
		resolvedBy: null,
		resolvedByName: null,
		resolvedAt: null
	});

	it('groups replies (also replies to replies) under their first comment, in order', () => {
		const threads = buildThreads([
			c('r2', 'r1', 3),
			c('a', null, 1),
			c('r1', 'a', 2),
			c('b', null, 2)
		]);
		expect(threads.map((t) => t.root.id)).toEqual(['a', 'b']);
		expect(threads[0].replies.map((r) => r.id)).toEqual(['r1', 'r2']);
	});

	it('keeps a reply whose root sorts after it (same minute)', () => {
		const threads = buildThreads([c('z-root', null, 1), c('a-reply', 'z-root', 1)]);
		expect(threads).toHaveLength(1);
		expect(threads[0].replies.map((r) => r.id)).toEqual(['a-reply']);
	});

	it('counts open threads only', () => {
		expect(openThreadCount([c('a', null, 1), c('b', null, 2, 'erledigt'), c('r', 'a', 3)])).toBe(1);
	});
});
