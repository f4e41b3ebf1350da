// SQL of responses: the response with its round and organisation, section completion and status.
// Answers live in answer-repository.ts.
import type { OrganisationKind } from '$lib/domain/roles';
import {
	isRoundStatus,
	type ResponseAudience,
	type ResponseStatus,
	type RoundStatus
} from '$lib/domain/rounds';
import type { Db } from '../db/client';

export interface ResponseContext {
	id: string;
	roundId: string;
	roundTitle: string;
	roundStatus: RoundStatus;
	operatorId: string;
	organisation: {
		id: string;
		kind: OrganisationKind;
		parentId: string | null;
		name: string;
		schoolNumber: string | null;
	};
	audience: ResponseAudience;
	versionId: string;
	status: ResponseStatus;
	completedSections: string[];
	submittedAt: Date | null;
	submittedBy: string | null;
}

function contextQuery(db: Db) {
	return db
		.selectFrom('responses')
		.innerJoin('planning_rounds', 'planning_rounds.id', 'responses.round_id')
		.innerJoin('organisations', 'organisations.id', 'responses.organisation_id')
		.select([
			'responses.id',
			'responses.round_id',
			'planning_rounds.title as round_title',
			'planning_rounds.status as round_status',
			'planning_rounds.operator_id',
			'organisations.id as org_id',
			'organisations.kind as org_kind',
			'organisations.parent_id as org_parent_id',
			'organisations.name as org_name',
			'organisations.school_number as org_school_number',
			'responses.audience',
			'responses.version_id',
			'responses.status',
			'responses.section_completion',
			'responses.submitted_at',
			'responses.submitted_by'
		]);
}

type ContextRow = Awaited<ReturnType<ReturnType<typeof contextQuery>['executeTakeFirstOrThrow']>>;

function toContext(r: ContextRow): ResponseContext {
	return {
		id: r.id,
		roundId: r.round_id,
		roundTitle: r.round_title,
		roundStatus: isRoundStatus(r.round_status) ? r.round_status : 'einrichtung',
		operatorId: r.operator_id,
		organisation: {
			id: r.org_id,
			kind: r.org_kind as OrganisationKind,
			parentId: r.org_parent_id,
			name: r.org_name,
			schoolNumber: r.org_school_number
		},
		audience: r.audience as ResponseAudience,
		versionId: r.version_id,
		status: r.status === 'abgeschlossen' ? 'abgeschlossen' : 'offen',
		completedSections: parseStringArray(r.section_completion),
		submittedAt: r.submitted_at ? new Date(r.submitted_at) : null,
		submittedBy: r.submitted_by
	};
}

function parseStringArray(json: string): string[] {
	try {
		const parsed: unknown = JSON.parse(json);
		return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

export async function findResponseContext(db: Db, responseId: string) {
	const row = await contextQuery(db).where('responses.id', '=', responseId).executeTakeFirst();
	return row ? toContext(row) : undefined;
}

/** Every response of a round: schools by name, then role; the operator's own first. */
export async function listResponseContexts(db: Db, roundId: string): Promise<ResponseContext[]> {
	const rows = await contextQuery(db)
		.where('responses.round_id', '=', roundId)
		.orderBy('organisations.kind', 'asc')
		.orderBy('organisations.name')
		.orderBy('responses.audience', 'desc')
		.execute();
	return rows.map(toContext);
}

export async function setCompletedSections(db: Db, responseId: string, sectionKeys: string[]) {
	await db
		.updateTable('responses')
		.set({ section_completion: JSON.stringify(sectionKeys) })
		.where('id', '=', responseId)
		.execute();
}

export async function setResponseStatus(
	db: Db,
	responseId: string,
	s: { status: ResponseStatus; submittedAt: Date | null; submittedBy: string | null }
) {
	await db
		.updateTable('responses')
		.set({
			status: s.status,
			submitted_at: s.submittedAt ? s.submittedAt.toISOString() : null,
			submitted_by: s.submittedBy
		})
		.where('id', '=', responseId)
		.execute();
}
