// Role gaps: where the school lead (or IT staff) and the teachers' mean see the same topic differently.
// Shown only when at least 5 teachers rated the topic; flagged from 1 scale point (1–5 scales) or
// 20 percentage points (shares). The topics are data, so new matching questions are one entry. Pure.
import type { Answers, AnswerValue } from '../questionnaire/types';
import { MIN_GROUP_SIZE, SUPPRESSED_MESSAGE } from '../survey/suppression';
import { formatNumber, roundTo } from './format';
import type { InputOrigin } from './types';

export const SCALE_GAP_THRESHOLD = 1;
export const SHARE_GAP_THRESHOLD = 20;

interface TopicBase {
	key: string;
	label: string;
	role: { origin: Exclude<InputOrigin, 'teacher' | 'stammdaten'>; key: string; label: string };
	teacher: { key: string; label: string };
}

/** Both sides on a 1–5 scale; `teacherScale` maps single-choice options onto 1–5. */
export interface ScaleTopic extends TopicBase {
	kind: 'scale';
	teacherScale?: Record<string, number>;
}

/** The role gives a percentage; teachers count as "yes" when their answer is in `teacherYes`. */
export interface ShareTopic extends TopicBase {
	kind: 'share';
	teacherYes: (value: AnswerValue) => boolean;
}

export type GapTopic = ScaleTopic | ShareTopic;

export const GAP_TOPICS: readonly GapTopic[] = [
	{
		key: 'media_use',
		kind: 'scale',
		label: 'Regelmäßige Nutzung digitaler Medien im Unterricht',
		role: {
			origin: 'school_lead',
			key: 'pedagogy.regular_use',
			label: 'Digitale Medien werden regelmäßig im Fachunterricht genutzt (1–5)'
		},
		teacher: { key: 'use.frequency', label: 'Häufigkeit des Einsatzes (nie = 1 … täglich = 5)' },
		teacherScale: { nie: 1, selten: 2, monatlich: 3, woechentlich: 4, taeglich: 5 }
	},
	{
		key: 'support',
		kind: 'scale',
		label: 'Schnelle Hilfe bei technischen Störungen',
		role: {
			origin: 'it_staff',
			key: 'support.satisfaction',
			label: 'Störungen werden schnell und zuverlässig behoben (1–5)'
		},
		teacher: {
			key: 'use.support_fit',
			label: 'Wenn Technik ausfällt, bekomme ich schnell Hilfe (1–5)'
		}
	},
	{
		key: 'training_participation',
		kind: 'share',
		label: 'Fortbildung zu digitalen Medien in den letzten 12 Monaten',
		role: {
			origin: 'school_lead',
			key: 'training.share_trained',
			label: 'Anteil der Lehrkräfte mit Fortbildung (Schätzung, %)'
		},
		teacher: { key: 'training.hours_12m', label: 'Anteil mit mindestens einer Stunde Fortbildung' },
		teacherYes: (v) => typeof v === 'string' && v !== 'h0'
	}
];

export interface RoleGap {
	key: string;
	label: string;
	kind: GapTopic['kind'];
	roleOrigin: TopicBase['role']['origin'];
	roleLabel: string;
	teacherLabel: string;
	/** the school lead's / IT staff's answer (1–5 or %) */
	roleValue: number | null;
	/** teachers' mean (1–5) or share (%); null when suppressed or missing */
	teacherValue: number | null;
	/** role minus teachers; null when not comparable */
	difference: number | null;
	flagged: boolean;
	/** false: fewer than 5 teachers rated the topic */
	shown: boolean;
	/** German explanation (direction of the gap, or why it is not shown) */
	text: string;
	unit: 'Skalenpunkte' | 'Prozentpunkte';
}

function teacherFigure(
	topic: GapTopic,
	teacherAnswers: readonly Answers[]
): { n: number; value: number | null } {
	const values = teacherAnswers
		.map((a) => a[topic.teacher.key])
		.filter((v): v is AnswerValue => v !== null && v !== undefined && v !== 'keine_angabe');
	if (topic.kind === 'scale') {
		const nums = values
			.map((v) => (topic.teacherScale ? topic.teacherScale[String(v)] : v))
			.filter((v): v is number => typeof v === 'number' && v >= 1 && v <= 5);
		return {
			n: nums.length,
			value: nums.length ? nums.reduce((a, b) => a + b, 0) / nums.length : null
		};
	}
	const yes = values.filter(topic.teacherYes).length;
	return { n: values.length, value: values.length ? (yes / values.length) * 100 : null };
}

const ROLE_NAMES = { school_lead: 'Die Schulleitung', it_staff: 'Die IT-Betreuung' } as const;

/** The gap of one topic. `roleAnswers` are the answers of the role the topic names. */
export function roleGap(
	topic: GapTopic,
	roleAnswers: Answers,
	teacherAnswers: readonly Answers[]
): RoleGap {
	const raw = roleAnswers[topic.role.key];
	const roleValue = typeof raw === 'number' && Number.isFinite(raw) ? raw : null;
	const teacher = teacherFigure(topic, teacherAnswers);
	const unit = topic.kind === 'scale' ? 'Skalenpunkte' : 'Prozentpunkte';
	const base = {
		key: topic.key,
		label: topic.label,
		kind: topic.kind,
		roleOrigin: topic.role.origin,
		roleLabel: topic.role.label,
		teacherLabel: topic.teacher.label,
		roleValue,
		unit
	} as const;
	if (teacher.n < MIN_GROUP_SIZE) {
		return {
			...base,
			teacherValue: null,
			difference: null,
			flagged: false,
			shown: false,
			text: SUPPRESSED_MESSAGE
		};
	}
	const decimals = topic.kind === 'scale' ? 1 : 0;
	const teacherValue = roundTo(teacher.value as number, topic.kind === 'scale' ? 2 : 1);
	if (roleValue === null) {
		return {
			...base,
			teacherValue,
			difference: null,
			flagged: false,
			shown: true,
			text: `${ROLE_NAMES[topic.role.origin]} hat diese Frage noch nicht beantwortet.`
		};
	}
	const difference = roundTo(roleValue - teacherValue, 2);
	const threshold = topic.kind === 'scale' ? SCALE_GAP_THRESHOLD : SHARE_GAP_THRESHOLD;
	const flagged = Math.abs(difference) >= threshold;
	const size = `${formatNumber(Math.abs(difference), decimals)} ${unit}`;
	const who = ROLE_NAMES[topic.role.origin];
	const text = !flagged
		? `Die Einschätzungen liegen nah beieinander (Abstand ${size}).`
		: difference > 0
			? `${who} schätzt die Lage um ${size} günstiger ein als das Kollegium.`
			: `${who} schätzt die Lage um ${size} ungünstiger ein als das Kollegium.`;
	return { ...base, teacherValue, difference, flagged, shown: true, text };
}

export function roleGaps(input: {
	schoolLead: Answers;
	itStaff: Answers;
	teachers: readonly Answers[];
}): RoleGap[] {
	return GAP_TOPICS.map((t) =>
		roleGap(t, t.role.origin === 'school_lead' ? input.schoolLead : input.itStaff, input.teachers)
	);
}
