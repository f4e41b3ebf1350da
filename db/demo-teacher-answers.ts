// Demo answers of the anonymous teacher survey (question keys from db/questionnaires/teacher.ts):
// 14 teachers of the Goethe-Gymnasium and 3 of the Grundschule Am Lindenhof. Made up, but shaped like
// a real staff room: media used weekly, time and WLAN as the main obstacles, self-ratings around B1,
// slow IT support (which the IT staff rate better: a role gap). Demo only.
const m = (...selected: string[]) => ({ selected });

/** One column per question: the i-th entry is the i-th teacher's answer (null: left out). */
const GY_COLUMNS: Record<string, unknown[]> = {
	'use.frequency': [
		'taeglich',
		'woechentlich',
		'woechentlich',
		'monatlich',
		'taeglich',
		'woechentlich',
		'selten',
		'woechentlich',
		'monatlich',
		'taeglich',
		'woechentlich',
		'nie',
		'monatlich',
		'woechentlich'
	],
	'use.subject_groups': [
		m('mint'),
		m('sprachen'),
		m('gesellschaft'),
		m('mint'),
		m('sprachen', 'gesellschaft'),
		m('mint'),
		m('aesthetik_sport'),
		m('sprachen'),
		m('gesellschaft'),
		m('mint'),
		m('sprachen'),
		m('aesthetik_sport'),
		m('mint'),
		m('gesellschaft')
	],
	'use.kmk_areas': [
		m('kmk1', 'kmk3', 'kmk5'),
		m('kmk1', 'kmk2'),
		m('kmk1', 'kmk6'),
		m('kmk5'),
		m('kmk2', 'kmk3', 'kmk4'),
		m('kmk1', 'kmk5'),
		null,
		m('kmk2', 'kmk3'),
		m('kmk1', 'kmk6'),
		m('kmk3', 'kmk5'),
		m('kmk1', 'kmk2', 'kmk4'),
		null,
		m('kmk1'),
		m('kmk4', 'kmk6')
	],
	'use.obstacles': [
		m('zeit', 'wlan'),
		m('zeit', 'support'),
		m('wlan', 'geraete'),
		m('kenntnisse', 'zeit'),
		m('support'),
		m('zeit', 'wlan', 'support'),
		m('kenntnisse', 'recht'),
		m('zeit', 'geraete'),
		m('wlan', 'recht'),
		m('support', 'inhalte'),
		m('zeit', 'wlan'),
		m('kenntnisse', 'geraete', 'zeit'),
		m('recht', 'support'),
		m('zeit', 'wlan', 'praesentation')
	],
	'use.equipment_fit': [4, 3, 3, 2, 4, 3, 2, 'keine_angabe', 3, 4, 3, 2, 3, 4],
	'use.support_fit': [2, 2, 3, 2, 1, 2, 3, 2, 3, 2, 'keine_angabe', 2, 1, 3],
	'digcompedu.engagement': [
		'B1',
		'B2',
		'B1',
		'A2',
		'B2',
		'B1',
		'A2',
		'B1',
		'B1',
		'C1',
		'B1',
		'A1',
		'B1',
		'B2'
	],
	'digcompedu.resources': [
		'B1',
		'B1',
		'A2',
		'A2',
		'B2',
		'B1',
		'A2',
		'B1',
		'A2',
		'B2',
		'B1',
		'A1',
		'A2',
		'B1'
	],
	'digcompedu.teaching': [
		'B2',
		'B1',
		'B1',
		'A2',
		'B2',
		'B1',
		'A1',
		'B1',
		'A2',
		'C1',
		'B1',
		'A1',
		'B1',
		'B1'
	],
	'digcompedu.assessment': [
		'A2',
		'A2',
		'A1',
		'A1',
		'B1',
		'A2',
		'A1',
		'A2',
		'keine_angabe',
		'B1',
		'A2',
		'A1',
		'A2',
		'A2'
	],
	'digcompedu.empowerment': [
		'B1',
		'A2',
		'A2',
		'A2',
		'B1',
		'B1',
		'A2',
		'A2',
		'A2',
		'B2',
		'A2',
		'A1',
		'B1',
		'A2'
	],
	'digcompedu.learner_competence': [
		'B1',
		'A2',
		'B1',
		'A2',
		'B2',
		'B1',
		'A1',
		'A2',
		'B1',
		'B2',
		'A2',
		'A1',
		'A2',
		'B1'
	],
	'training.hours_12m': [
		'h5_8',
		'h1_4',
		'h1_4',
		'h0',
		'h9_16',
		'h5_8',
		'h0',
		'h1_4',
		'h1_4',
		'h17',
		'h5_8',
		'h0',
		'h1_4',
		'h5_8'
	],
	'training.formats': [
		m('schilf', 'abruf'),
		m('webinar'),
		m('schilf', 'kollegial'),
		m('selbstlern'),
		m('extern', 'webinar'),
		m('schilf'),
		m('kollegial'),
		m('schilf', 'selbstlern'),
		m('webinar', 'abruf'),
		m('extern'),
		m('schilf', 'kollegial'),
		null,
		m('selbstlern', 'webinar'),
		m('schilf')
	],
	'training.needs_top3': [
		m('ki', 'pruefen', 'erstellen'),
		m('recht', 'lernplattform'),
		m('ki', 'differenzierung'),
		m('tablets', 'lernplattform', 'displays'),
		m('ki', 'informatik'),
		m('pruefen', 'ki', 'recht'),
		m('displays', 'tablets'),
		m('erstellen', 'ki'),
		m('medienkritik', 'recht', 'ki'),
		m('ki', 'differenzierung', 'pruefen'),
		m('lernplattform', 'erstellen'),
		m('tablets', 'displays', 'recht'),
		m('medienkritik', 'ki'),
		m('pruefen', 'erstellen', 'ki')
	],
	'training.multiplier': [
		true,
		false,
		false,
		false,
		true,
		null,
		false,
		false,
		null,
		true,
		false,
		false,
		false,
		true
	],
	'use.wish': [
		'Mehr Zeit für die Vorbereitung digitaler Unterrichtsstunden.',
		null,
		'Ein WLAN, das auch im Altbau funktioniert.',
		null,
		null,
		'Schnellere Hilfe, wenn das Display streikt.',
		null,
		null,
		null,
		'Feste Zeiten für kollegialen Austausch zu digitalen Methoden.',
		null,
		null,
		null,
		null
	]
};

function rows(columns: Record<string, unknown[]>, n: number): Record<string, unknown>[] {
	return Array.from({ length: n }, (_, i) =>
		Object.fromEntries(
			Object.entries(columns)
				.map(([key, values]) => [key, values[i]])
				.filter(([, value]) => value !== null && value !== undefined)
		)
	);
}

export const TEACHERS_MS_GY = rows(GY_COLUMNS, 14);

export const TEACHERS_MS_GS = rows(
	{
		'use.frequency': ['woechentlich', 'monatlich', 'taeglich'],
		'use.subject_groups': [m('grundschule'), m('grundschule'), m('grundschule', 'sprachen')],
		'use.obstacles': [m('geraete', 'wlan'), m('geraete'), m('zeit', 'geraete')],
		'use.equipment_fit': [2, 1, 2],
		'use.support_fit': [3, 2, 2],
		'digcompedu.teaching': ['A2', 'B1', 'B1'],
		'training.hours_12m': ['h1_4', 'h0', 'h5_8'],
		'training.needs_top3': [
			m('tablets', 'lernplattform'),
			m('tablets'),
			m('displays', 'differenzierung')
		]
	},
	3
);
