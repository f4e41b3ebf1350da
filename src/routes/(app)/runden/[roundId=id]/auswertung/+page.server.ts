// Evaluation of a round for the Schulträger: all schools side by side (sortable), totals and
// weighted roll-ups, and the teacher survey pooled over schools with at least 5 responses.
import { error } from '@sveltejs/kit';
import { comparisonChart, parseSort, sortRows } from '$lib/domain/evaluation';
import { requireUser } from '$lib/server/auth/guards';
import { db } from '$lib/server/db';
import { DomainError } from '$lib/server/errors';
import { getRoundEvaluation } from '$lib/server/evaluation';
import type { PageServerLoad } from './$types';

const COLUMNS = [
	'devicesPerPupil',
	'bandwidthPerClass',
	'wlanCoverage',
	'presentationPerClassroom',
	'devicesPerTechnician',
	'deviceAge'
] as const;

export const load: PageServerLoad = async ({ locals, params, url }) => {
	const { user } = requireUser(locals);
	try {
		const e = await getRoundEvaluation(db, user, params.roundId);
		const sort = parseSort(url.searchParams.get('sortierung'), url.searchParams.get('richtung'), [
			'name',
			'befragung',
			...COLUMNS
		]);
		const rows = sortRows(e.schools, sort.key, sort.direction);
		const indicator = (key: string) =>
			e.schools.map((s) => s.indicators.find((i) => i.key === key));
		const bandwidth = indicator('bandwidthPerClass');
		return {
			round: { id: e.round.id, title: e.round.title, operatorName: e.round.operatorName },
			sort,
			columns: COLUMNS.map((key) => ({
				key,
				label: e.schools[0]?.indicators.find((i) => i.key === key)?.label ?? key
			})),
			rows,
			rollup: e.rollup,
			pooledSurvey: e.pooledSurvey,
			schoolsInPool: e.schoolsInPool,
			schoolsLeftOutOfPool: e.schoolsLeftOutOfPool,
			bandwidthChart: comparisonChart({
				id: 'bandbreite-schulen',
				title: 'Bandbreite je Klasse nach Schule',
				unit: 'Mbit/s',
				labels: e.schools.map((s) => s.school.name),
				values: bandwidth.map((i) => i?.value ?? null),
				guideText: '50 Mbit/s je Klasse (Grundschule), 100 Mbit/s (weiterführende Schulen)'
			})
		};
	} catch (err) {
		if (err instanceof DomainError) error(err.status, err.message);
		throw err;
	}
};
