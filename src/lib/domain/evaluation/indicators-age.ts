// Age of equipment against renewal cycles (domain.md §3: end devices 3–6 years, audio/video 5–7,
// network 6–8): within the lower bound green, up to the upper bound yellow (plan the replacement), red.
import { assemble, fmt, guideOf } from './indicator-kit';
import { InputReader } from './reader';
import { lightAtMost } from './traffic-light';
import type { Indicator, SchoolEvaluationInput } from './types';

function ageIndicator(
	input: SchoolEvaluationInput,
	key: string,
	label: string,
	question: { key: string; label: string },
	guideId: string
): Indicator {
	const r = new InputReader(input);
	const year = r.number('it_staff', question.key, question.label);
	const g = guideOf(guideId);
	const upper = g.upper ?? g.value;
	const value = year === null ? null : Math.max(r.referenceYear - year, 0);
	const decision = lightAtMost(value, g.value, upper, fmt(0));
	return assemble(r, {
		key,
		label,
		unit: 'Jahre',
		value,
		decimals: 0,
		guide: g,
		guideValue: g.value,
		guideText: `Erneuerung nach ${g.value}–${upper} Jahren`,
		decision
	});
}

/** Age of most pupil devices against the end-device renewal cycle (3–6 years). */
export function deviceAge(input: SchoolEvaluationInput): Indicator {
	return ageIndicator(
		input,
		'deviceAge',
		'Alter der Schülergeräte',
		{ key: 'devices.student_purchase_year', label: 'Anschaffungsjahr der Schülergeräte' },
		'renewal.end_devices'
	);
}

/** Average age of presentation technology against its cycle (5–7 years). */
export function presentationAge(input: SchoolEvaluationInput): Indicator {
	return ageIndicator(
		input,
		'presentationAge',
		'Alter der Präsentationstechnik',
		{ key: 'presentation.average_year', label: 'Durchschnittliches Anschaffungsjahr' },
		'renewal.audio_video'
	);
}

/** Age of the oldest switches against the network cycle (6–8 years). */
export function networkAge(input: SchoolEvaluationInput): Indicator {
	return ageIndicator(
		input,
		'networkAge',
		'Alter der Netzwerktechnik (Switches)',
		{ key: 'lan.switch_year', label: 'Anschaffungsjahr der ältesten Switches' },
		'renewal.network'
	);
}
