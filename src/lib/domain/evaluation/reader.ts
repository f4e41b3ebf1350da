// Reads the figures an indicator needs from the answers and master data, and records every figure it
// read (key, label, origin, value) so each indicator can show where its number comes from. Pure.
import type { AnswerValue, GridAnswer, MultiAnswer } from '../questionnaire/types';
import type { IndicatorInput, InputOrigin, SchoolEvaluationInput } from './types';

export type Level = 'primary' | 'secondary';

export class InputReader {
	readonly inputs: IndicatorInput[] = [];

	constructor(private readonly source: SchoolEvaluationInput) {}

	private answers(origin: InputOrigin) {
		return origin === 'school_lead' ? this.source.schoolLead : this.source.itStaff;
	}

	private record(key: string, label: string, origin: InputOrigin, value: AnswerValue | null): void {
		if (!this.inputs.some((i) => i.key === key && i.origin === origin))
			this.inputs.push({ key, label, origin, value });
	}

	raw(origin: 'school_lead' | 'it_staff', key: string, label: string): AnswerValue | null {
		const value = this.answers(origin)[key] ?? null;
		this.record(key, label, origin, value);
		return value;
	}

	number(origin: 'school_lead' | 'it_staff', key: string, label: string): number | null {
		const v = this.raw(origin, key, label);
		return typeof v === 'number' && Number.isFinite(v) ? v : null;
	}

	boolean(origin: 'school_lead' | 'it_staff', key: string, label: string): boolean | null {
		const v = this.raw(origin, key, label);
		return typeof v === 'boolean' ? v : null;
	}

	selected(origin: 'school_lead' | 'it_staff', key: string, label: string): string[] | null {
		const v = this.raw(origin, key, label);
		return v && typeof v === 'object' && 'selected' in v ? (v as MultiAnswer).selected : null;
	}

	/** Sum of all numeric cells of a grid answer; null when no cell is filled. */
	gridSum(origin: 'school_lead' | 'it_staff', key: string, label: string): number | null {
		const v = this.raw(origin, key, label);
		if (!v || typeof v !== 'object' || 'selected' in v) return null;
		let sum = 0;
		let any = false;
		for (const row of Object.values(v as GridAnswer)) {
			for (const cell of Object.values(row ?? {})) {
				if (typeof cell === 'number' && Number.isFinite(cell)) {
					sum += cell;
					any = true;
				}
			}
		}
		return any ? sum : null;
	}

	/** Sum over some rows of a grid answer (e.g. only tablets and notebooks). */
	gridRowsSum(
		origin: 'school_lead' | 'it_staff',
		key: string,
		label: string,
		rows: string[]
	): number | null {
		const v = this.raw(origin, key, label);
		if (!v || typeof v !== 'object' || 'selected' in v) return null;
		let sum = 0;
		let any = false;
		for (const row of rows) {
			for (const cell of Object.values((v as GridAnswer)[row] ?? {})) {
				if (typeof cell === 'number' && Number.isFinite(cell)) {
					sum += cell;
					any = true;
				}
			}
		}
		return any ? sum : null;
	}

	/** A school-lead figure, falling back to the school's master data when unanswered. */
	schoolFigure(
		key: string,
		label: string,
		master: 'pupils' | 'classes' | 'teachers'
	): number | null {
		const answered = this.source.schoolLead[key];
		if (typeof answered === 'number' && Number.isFinite(answered)) {
			this.record(key, label, 'school_lead', answered);
			return answered;
		}
		const value = this.source.school[master];
		this.record(`stammdaten.${master}`, label, 'stammdaten', value);
		return typeof value === 'number' ? value : null;
	}

	pupils(): number | null {
		return this.schoolFigure('school.pupils', 'Schülerinnen und Schüler', 'pupils');
	}

	classes(): number | null {
		return this.schoolFigure('school.classes_total', 'Klassen', 'classes');
	}

	teachers(): number | null {
		return this.schoolFigure('school.teachers_headcount', 'Lehrkräfte (Personen)', 'teachers');
	}

	/** Grundschule counts as primary (lower guide values), every other school type as secondary. */
	level(): Level {
		const answered = this.source.schoolLead['school.type'];
		if (typeof answered === 'string' && answered !== '')
			return answered === 'gs' ? 'primary' : 'secondary';
		return this.source.school.schoolType === 'GS' ? 'primary' : 'secondary';
	}

	get referenceYear(): number {
		return this.source.referenceYear;
	}
}

export const LEVEL_LABELS: Record<Level, string> = {
	primary: 'Grundschule',
	secondary: 'weiterführende Schule'
};
