// Roll-ups per Schulträger: sums of the schools' figures and weighted means (a ratio of sums, so a
// large school weighs more than a small one), plus how many schools have which traffic light. Pure.
import { roundTo } from './format';
import { computeIndicators } from './indicators';
import { InputReader } from './reader';
import { LIGHTS, type Indicator, type SchoolEvaluationInput, type TrafficLight } from './types';

export interface RollupTotals {
	schools: number;
	pupils: number;
	classes: number;
	teachers: number;
	pupilDevices: number;
	teacherDevices: number;
	technicianFte: number;
}

export interface IndicatorRollup {
	key: string;
	label: string;
	unit: string;
	/** weighted over the schools that have the figures; null if none has */
	value: number | null;
	/** how the value was formed, in German */
	basis: string;
	/** schools that entered `value` */
	schoolsIncluded: number;
	lights: Record<TrafficLight, number>;
}

export interface OperatorRollup {
	totals: RollupTotals;
	indicators: IndicatorRollup[];
}

type Ratio = { num: number; den: number; used: number };

function sumRatio(
	inputs: readonly SchoolEvaluationInput[],
	pick: (r: InputReader) => [number | null, number | null]
): Ratio {
	const acc: Ratio = { num: 0, den: 0, used: 0 };
	for (const input of inputs) {
		const [num, den] = pick(new InputReader(input));
		if (num === null || den === null || den <= 0) continue;
		acc.num += num;
		acc.den += den;
		acc.used += 1;
	}
	return acc;
}

const value = (r: Ratio, factor = 1, decimals = 2) =>
	r.den > 0 ? roundTo((r.num / r.den) * factor, decimals) : null;

function teachingRooms(r: InputReader): number | null {
	const c = r.number('school_lead', 'rooms.classrooms', '');
	return c === null ? null : c + (r.number('school_lead', 'rooms.subject_rooms', '') ?? 0);
}

const WEIGHTED: Record<
	string,
	{
		basis: string;
		compute: (inputs: readonly SchoolEvaluationInput[]) => Ratio;
		factor?: number;
		decimals?: number;
	}
> = {
	devicesPerPupil: {
		basis: 'Summe der Schülergeräte ÷ Summe der Schülerinnen und Schüler',
		compute: (i) =>
			sumRatio(i, (r) => [r.gridSum('it_staff', 'devices.student_devices', ''), r.pupils()])
	},
	teacherDeviceCoverage: {
		basis:
			'Summe der Lehrkräftegeräte (je Schule höchstens eines je Lehrkraft) ÷ Summe der Lehrkräfte',
		compute: (i) =>
			sumRatio(i, (r) => {
				const d = r.number('it_staff', 'devices.teacher_devices', '');
				const t = r.teachers();
				return [d === null || t === null ? null : Math.min(d, t), t];
			}),
		factor: 100,
		decimals: 1
	},
	bandwidthPerClass: {
		basis: 'Summe der Bandbreiten ÷ Summe der Klassen',
		compute: (i) =>
			sumRatio(i, (r) => [r.number('it_staff', 'connectivity.down_mbit', ''), r.classes()]),
		decimals: 1
	},
	wlanCoverage: {
		basis: 'Mittel der Schulen, gewichtet mit der Zahl der Unterrichtsräume',
		compute: (i) =>
			sumRatio(i, (r) => {
				const p = r.number('it_staff', 'wlan.coverage_percent', '');
				const rooms = teachingRooms(r);
				return [p === null || rooms === null ? null : p * rooms, rooms];
			}),
		decimals: 0
	},
	devicesPerTechnician: {
		basis: 'Summe aller Endgeräte ÷ Summe der Technikerstellen (VZÄ)',
		compute: (i) =>
			sumRatio(i, (r) => {
				const p = r.gridSum('it_staff', 'devices.student_devices', '');
				const t = r.number('it_staff', 'devices.teacher_devices', '');
				return [
					p === null && t === null ? null : (p ?? 0) + (t ?? 0),
					r.number('it_staff', 'support.technician_fte', '')
				];
			}),
		decimals: 0
	}
};

function countLights(list: Indicator[]): Record<TrafficLight, number> {
	const lights = Object.fromEntries(LIGHTS.map((l) => [l, 0])) as Record<TrafficLight, number>;
	for (const i of list) lights[i.light] += 1;
	return lights;
}

/** Sums, weighted means and traffic-light counts over the schools of one Schulträger. */
export function rollupOperator(
	inputs: readonly SchoolEvaluationInput[],
	perSchool?: readonly Indicator[][]
): OperatorRollup {
	const indicatorsBySchool = perSchool ?? inputs.map(computeIndicators);
	const totals: RollupTotals = {
		schools: inputs.length,
		pupils: 0,
		classes: 0,
		teachers: 0,
		pupilDevices: 0,
		teacherDevices: 0,
		technicianFte: 0
	};
	for (const input of inputs) {
		const r = new InputReader(input);
		totals.pupils += r.pupils() ?? 0;
		totals.classes += r.classes() ?? 0;
		totals.teachers += r.teachers() ?? 0;
		totals.pupilDevices += r.gridSum('it_staff', 'devices.student_devices', '') ?? 0;
		totals.teacherDevices += r.number('it_staff', 'devices.teacher_devices', '') ?? 0;
		totals.technicianFte += r.number('it_staff', 'support.technician_fte', '') ?? 0;
	}
	totals.technicianFte = roundTo(totals.technicianFte, 2);
	const first = indicatorsBySchool[0] ?? computeIndicators(emptyInput());
	const indicators = first.map((template, index) => {
		const all = indicatorsBySchool.map((list) => list[index]);
		const weighted = WEIGHTED[template.key];
		let v: number | null;
		let basis: string;
		let used: number;
		if (weighted) {
			const r = weighted.compute(inputs);
			v = value(r, weighted.factor ?? 1, weighted.decimals ?? 2);
			basis = weighted.basis;
			used = r.used;
		} else {
			const known = all.filter((i) => i.value !== null).map((i) => i.value as number);
			used = known.length;
			const mean = used ? known.reduce((a, b) => a + b, 0) / used : null;
			const isYesNo = template.unit === '';
			v = mean === null ? null : isYesNo ? roundTo(mean * 100, 0) : roundTo(mean, 1);
			basis = isYesNo ? 'Anteil der Schulen mit „ja“' : 'Mittelwert der Schulen';
		}
		const unit = template.unit === '' ? '% der Schulen' : template.unit;
		return {
			key: template.key,
			label: template.label,
			unit,
			value: v,
			basis,
			schoolsIncluded: used,
			lights: countLights(all)
		};
	});
	return { totals, indicators };
}

function emptyInput(): SchoolEvaluationInput {
	return {
		school: { id: '', name: '', schoolType: null, pupils: null, classes: null, teachers: null },
		schoolLead: {},
		itStaff: {},
		referenceYear: 2026
	};
}
