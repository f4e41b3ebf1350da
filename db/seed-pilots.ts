// Seed step of issue 6: three KISA pilot projects in different states. Plain Kysely inserts (no
// audit entries, like the foundation). Dates are relative to ctx.now where the state depends on them
// (the running tablet pilot, the planned WLAN pilot); the MDM pilot is one of KISA's first pilots
// from 2018 and is completed with the decision to roll out.
import { randomUUID } from 'node:crypto';
import { isoDateIn, suggestLight } from '../src/lib/domain/pilots';
import type { Db } from '../src/lib/server/db/client';
import { DEMO_ORGS } from './demo-data';
import { DEMO_PILOTS, demoPilots, type SeedKpi } from './demo-pilots';
import type { SeedContext } from './seed-foundation';

export { DEMO_PILOTS } from './demo-pilots';

export async function seedPilots(db: Db, ctx: SeedContext): Promise<void> {
	const at = ctx.now.toISOString();
	for (const p of demoPilots(isoDateIn(ctx.now))) {
		const ownerId = p.ownerKey ? ctx.userIds[p.ownerKey] : null;
		const milestones = p.milestones.map(([title, dueOn, , doneOn]) => ({ title, dueOn, doneOn }));
		const measurements = (k: SeedKpi) =>
			k.values.map(([measuredOn, value], i) => ({
				id: String(i),
				kpiId: '',
				measuredOn,
				value,
				note: null
			}));
		const suggested = p.assessOn
			? suggestLight(
					{
						pilot: p,
						milestones,
						kpis: p.kpis.map((k) => ({ ...k, measurements: measurements(k) })),
						risks: p.risks.map(([title, likelihood, impact, , status]) => ({
							title,
							likelihood,
							impact,
							status
						}))
					},
					p.assessOn
				)
			: null;
		const light =
			p.light ??
			(suggested && p.assessOn
				? { light: suggested.light, reason: suggested.text, assessedOn: p.assessOn }
				: null);
		await db
			.insertInto('pilot_projects')
			.values({
				id: p.id,
				title: p.title,
				goal: p.goal,
				hypothesis: p.hypothesis,
				description: p.description,
				start_on: p.startOn,
				end_on: p.endOn,
				owner_user_id: ownerId,
				owner_name: ownerId ? null : p.ownerName,
				budget_planned_cents: p.plannedEuros * 100,
				budget_spent_cents: p.spentEuros === null ? null : p.spentEuros * 100,
				funding_source: p.funding,
				status: p.status,
				light: light?.light ?? 'im_plan',
				light_reason: light?.reason ?? null,
				light_assessed_on: light?.assessedOn ?? null,
				decision: p.decision?.decision ?? null,
				decision_reasoning: p.decision?.reasoning ?? null,
				decided_on: p.decision?.decidedOn ?? null,
				created_by: ctx.userIds[p.createdByKey] ?? null,
				created_at: at,
				updated_at: at
			})
			.execute();
		for (const key of p.schools) {
			await db
				.insertInto('pilot_schools')
				.values({ pilot_id: p.id, school_id: DEMO_ORGS[key].id, created_at: at })
				.execute();
		}
		for (const [title, dueOn, owner, doneOn] of p.milestones) {
			await db
				.insertInto('pilot_milestones')
				.values({
					id: randomUUID(),
					pilot_id: p.id,
					title,
					due_on: dueOn,
					owner,
					done_on: doneOn,
					created_at: at,
					updated_at: at
				})
				.execute();
		}
		for (const k of p.kpis) {
			const kpiId = randomUUID();
			await db
				.insertInto('pilot_kpis')
				.values({
					id: kpiId,
					pilot_id: p.id,
					name: k.name,
					unit: k.unit,
					baseline: k.baseline,
					target: k.target,
					direction: k.direction,
					created_at: at
				})
				.execute();
			for (const [measuredOn, value, note] of k.values) {
				await db
					.insertInto('pilot_kpi_measurements')
					.values({
						id: randomUUID(),
						kpi_id: kpiId,
						measured_on: measuredOn,
						value,
						note: note ?? null,
						created_by: ctx.userIds[p.createdByKey] ?? null,
						created_at: at
					})
					.execute();
			}
		}
		for (const [title, likelihood, impact, mitigation, status] of p.risks) {
			await db
				.insertInto('pilot_risks')
				.values({
					id: randomUUID(),
					pilot_id: p.id,
					title,
					likelihood,
					impact,
					mitigation,
					status,
					created_at: at,
					updated_at: at
				})
				.execute();
		}
		for (const text of p.lessons) {
			await db
				.insertInto('pilot_lessons')
				.values({
					id: randomUUID(),
					pilot_id: p.id,
					text,
					created_by: ctx.userIds[p.createdByKey] ?? null,
					created_at: at
				})
				.execute();
		}
	}
	await linkDemoMeasures(db, at);
}

/**
 * The WLAN pilot tests the Musterstadt measure proposed by the WLAN rule (seeded by the measures
 * step before this one), so the concept's chapter "Pilotprojekte" lists it. Skipped when absent.
 */
async function linkDemoMeasures(db: Db, at: string): Promise<void> {
	const measure = await db
		.selectFrom('measures')
		.innerJoin('planning_rounds', 'planning_rounds.id', 'measures.round_id')
		.select('measures.id')
		.where('planning_rounds.operator_id', '=', DEMO_ORGS.musterstadt.id)
		.where('measures.rule_key', '=', 'wlan.expand')
		.where('measures.status', '!=', 'rejected')
		.executeTakeFirst();
	if (!measure) return;
	await db
		.insertInto('pilot_measure_links')
		.values({
			pilot_id: DEMO_PILOTS.wlan,
			measure_id: measure.id,
			created_by: null,
			created_at: at
		})
		.execute();
}
