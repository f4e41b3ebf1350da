// Progress per section and overall. Hidden questions (show-if false) count neither as visible nor
// as missing. Visibility is computed over the whole definition, since a condition may refer to a
// question of an earlier section. Pure.

import { hasValue, isVisible, visibleAnswers } from './conditions';
import type { Answers, Question, QuestionnaireDefinition, Section, SectionCode } from './types';

export interface MissingItem {
	sectionKey: string;
	sectionCode: SectionCode;
	sectionTitle: string;
	questionKey: string;
	label: string;
}

export interface ProgressCounts {
	/** visible questions */
	visible: number;
	/** visible questions with an answer */
	answered: number;
	/** visible required questions */
	required: number;
	/** visible required questions with an answer */
	requiredAnswered: number;
	/** answered / visible in whole percent, rounded down (100 only when everything is answered) */
	percent: number;
	/** visible, required, unanswered: these block completion */
	missingRequired: MissingItem[];
	/** visible, soft-required, unanswered: these only warn */
	missingSoft: MissingItem[];
	/** no missing required answers */
	complete: boolean;
}

export interface SectionProgress extends ProgressCounts {
	key: string;
	code: SectionCode;
	title: string;
}

export interface QuestionnaireProgress extends ProgressCounts {
	sections: SectionProgress[];
}

export function allQuestions(definition: Pick<QuestionnaireDefinition, 'sections'>): Question[] {
	return definition.sections.flatMap((s) => s.questions);
}

function percentOf(answered: number, visible: number): number {
	return visible === 0 ? 100 : Math.floor((answered * 100) / visible);
}

function computeSection(section: Section, effective: Answers): SectionProgress {
	const counts = { visible: 0, answered: 0, required: 0, requiredAnswered: 0 };
	const missingRequired: MissingItem[] = [];
	const missingSoft: MissingItem[] = [];
	for (const q of section.questions) {
		if (!isVisible(q, effective)) continue;
		const answered = hasValue(effective[q.key]);
		counts.visible++;
		if (answered) counts.answered++;
		if (q.requirement === 'required') {
			counts.required++;
			if (answered) counts.requiredAnswered++;
		}
		if (answered || q.requirement === 'optional') continue;
		const item: MissingItem = {
			sectionKey: section.key,
			sectionCode: section.code,
			sectionTitle: section.title,
			questionKey: q.key,
			label: q.label
		};
		(q.requirement === 'required' ? missingRequired : missingSoft).push(item);
	}
	return {
		key: section.key,
		code: section.code,
		title: section.title,
		...counts,
		percent: percentOf(counts.answered, counts.visible),
		missingRequired,
		missingSoft,
		complete: missingRequired.length === 0
	};
}

/** Progress of every section and of the whole questionnaire. */
export function questionnaireProgress(
	definition: Pick<QuestionnaireDefinition, 'sections'>,
	answers: Answers
): QuestionnaireProgress {
	const effective = visibleAnswers(allQuestions(definition), answers);
	const sections = definition.sections.map((s) => computeSection(s, effective));
	const sum = (f: (s: SectionProgress) => number) => sections.reduce((n, s) => n + f(s), 0);
	const visible = sum((s) => s.visible);
	const answered = sum((s) => s.answered);
	const missingRequired = sections.flatMap((s) => s.missingRequired);
	return {
		sections,
		visible,
		answered,
		required: sum((s) => s.required),
		requiredAnswered: sum((s) => s.requiredAnswered),
		percent: percentOf(answered, visible),
		missingRequired,
		missingSoft: sections.flatMap((s) => s.missingSoft),
		complete: missingRequired.length === 0
	};
}

/** Progress of one section (visibility still uses answers from all sections). */
export function sectionProgress(
	definition: Pick<QuestionnaireDefinition, 'sections'>,
	sectionKey: string,
	answers: Answers
): SectionProgress {
	const section = definition.sections.find((s) => s.key === sectionKey);
	if (!section) throw new Error(`Unknown section: ${sectionKey}`);
	return computeSection(section, visibleAnswers(allQuestions(definition), answers));
}

/** A section is complete when no visible required question is unanswered (soft ones only warn). */
export function isSectionComplete(
	definition: Pick<QuestionnaireDefinition, 'sections'>,
	sectionKey: string,
	answers: Answers
): boolean {
	return sectionProgress(definition, sectionKey, answers).complete;
}
