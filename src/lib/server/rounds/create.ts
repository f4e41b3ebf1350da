// Creating a planning round: publishes the current questionnaire definitions (a new frozen version
// only when the content changed), records the versions used, and creates one response per school and
// role plus the Schulträger's own. Only admins and the consultants assigned to the Schulträger.
import type { QuestionnaireDefinition } from '$lib/domain/questionnaire/types';
import { RESPONSE_AUDIENCES, type Round } from '$lib/domain/rounds';
import { visibleOperatorIds } from '../auth/authorize';
import { canManageRounds } from '../auth/round-access';
import type { AuthUser } from '../auth/user';
import { appendAudit } from '../audit/repository';
import type { Db } from '../db/client';
import { inTransaction } from '../db/in-transaction';
import { ForbiddenError, NotFoundError, ValidationError } from '../errors';
import { newId } from '../ids';
import { ensurePublished } from '../questionnaires';
import { currentDefinitions } from '../questionnaires/catalog';
import type { CreateRoundInput } from './input';
import * as orgs from './org-repository';
import * as repo from './repository';

export interface CreateRoundOptions {
	now?: Date;
	/** The definitions to publish and use; defaults to the ones in the repository (db/questionnaires). */
	definitions?: QuestionnaireDefinition[];
}

/** Creates a round; only admins and the consultants assigned to the Schulträger may. */
export async function createRound(
	db: Db,
	user: AuthUser,
	input: CreateRoundInput,
	options: CreateRoundOptions = {}
): Promise<Round> {
	const now = options.now ?? new Date();
	if (!canManageRounds(user, input.operatorId)) {
		// Someone who cannot even see the Schulträger must not learn that it exists.
		const visible = visibleOperatorIds(user);
		if (visible !== 'all' && !visible.includes(input.operatorId)) {
			throw new NotFoundError('Der Schulträger wurde nicht gefunden.');
		}
		throw new ForbiddenError(
			'Nur die zuständige Beratung oder die Administration kann Planungsrunden anlegen.'
		);
	}
	const definitions = options.definitions ?? currentDefinitions();
	return inTransaction(db, async (trx) => {
		const operator = await orgs.findOrganisation(trx, input.operatorId);
		if (!operator || operator.kind !== 'operator' || !operator.isActive) {
			throw new NotFoundError('Der Schulträger wurde nicht gefunden.');
		}
		const schools = (await orgs.listSchoolsOfOperator(trx, operator.id)).filter((s) => s.isActive);
		const chosen = input.schoolIds ? [...new Set(input.schoolIds)] : schools.map((s) => s.id);
		if (chosen.some((id) => !schools.some((s) => s.id === id))) {
			throw new ValidationError(
				'Bitte wählen Sie nur aktive Schulen dieses Schulträgers aus.',
				'schoolIds'
			);
		}
		if (chosen.length === 0)
			throw new ValidationError('Bitte wählen Sie mindestens eine Schule aus.', 'schoolIds');

		const versionByAudience = new Map<string, string>();
		for (const definition of definitions) {
			const version = await ensurePublished(trx, definition, now);
			versionByAudience.set(definition.audience, version.id);
		}
		const missing = RESPONSE_AUDIENCES.filter((a) => !versionByAudience.has(a));
		if (missing.length > 0)
			throw new Error(`no questionnaire definition for ${missing.join(', ')}`);

		const id = newId();
		await repo.insertRound(trx, { ...input, id, status: 'einrichtung', createdBy: user.id, now });
		await repo.insertRoundSchools(trx, id, chosen);
		await repo.insertRoundQuestionnaires(
			trx,
			id,
			[...versionByAudience].map(([audience, versionId]) => ({ audience, versionId }))
		);
		const versionOf = (audience: string) => versionByAudience.get(audience) as string;
		await repo.insertResponses(trx, [
			...chosen.flatMap((schoolId) =>
				(['school_lead', 'it_staff'] as const).map((audience) => ({
					id: newId(),
					roundId: id,
					organisationId: schoolId,
					audience,
					versionId: versionOf(audience)
				}))
			),
			{
				id: newId(),
				roundId: id,
				organisationId: operator.id,
				audience: 'operator',
				versionId: versionOf('operator')
			}
		]);
		await appendAudit(
			trx,
			{
				actorId: user.id,
				action: 'round.created',
				entityType: 'planning_round',
				entityId: id,
				organisationId: operator.id,
				details: { after: { ...input, schoolIds: chosen } }
			},
			now
		);
		const round = await repo.findRound(trx, id);
		if (!round) throw new Error('created round vanished');
		return round;
	});
}

export interface OperatorChoice {
	id: string;
	name: string;
	schools: { id: string; name: string; schoolNumber: string | null }[];
}

/** Schulträger the user may create rounds for, with their active schools (for the "new round" form). */
export async function listOperatorsForNewRound(db: Db, user: AuthUser): Promise<OperatorChoice[]> {
	const operators = (await orgs.listActiveOperators(db, visibleOperatorIds(user))).filter((o) =>
		canManageRounds(user, o.id)
	);
	const result: OperatorChoice[] = [];
	for (const o of operators) {
		const schools = (await orgs.listSchoolsOfOperator(db, o.id)).filter((s) => s.isActive);
		result.push({
			id: o.id,
			name: o.name,
			schools: schools.map((s) => ({ id: s.id, name: s.name, schoolNumber: s.schoolNumber }))
		});
	}
	return result;
}
