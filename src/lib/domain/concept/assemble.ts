// assembleConcept: the 14 chapters of domain.md §10 and the appendices, each opening with its
// narrative (stored text, parsed into plain runs) followed by the generated tables, charts and key
// figures. Same input, same document. Pure.
import { planPeriodLabel } from '../costs/types';
import { Captions, Sections } from './blocks';
import { actionPlan } from './chapter-action-plan';
import { costs } from './chapter-costs';
import { basis, competences, profile, summary } from './chapters-intro';
import { dataProtection, development, operations, training } from './chapters-plan';
import { currentState, targetState } from './chapters-state';
import { evaluation, inventory, pilots, rooms, surveyMeta } from './chapters-closing';
import { defaultNarrative, type DefaultTextContext } from './defaults';
import { answersAppendix } from './answers';
import { cohortInventory, fundingAnnex, roomStandards } from './chapters-annex';
import type { ConceptInput } from './input';
import type { AppendixKey, Block, Chapter, ChapterKey, ConceptDocument, SectionKey } from './model';
import { parseNarrative } from './narrative';

type Builder = (input: ConceptInput, c: Captions, s: Sections) => Block[];

export const CHAPTER_TITLES: Record<ChapterKey, string> = {
	summary: 'Zusammenfassung',
	basis: 'Grundlagen: Recht, Förderung, Vorgehen und Beteiligte',
	profile: 'Schulen und pädagogische Ziele',
	competences: 'Entwicklung der Medienkompetenz',
	current_state: 'Ausgangslage (Ist-Stand)',
	target_state: 'Soll-Zustand und Soll-Ist-Abgleich',
	development: 'Unterrichts- und Organisationsentwicklung',
	training: 'Fortbildungsplanung',
	operations: 'Betrieb, Support und Wartung',
	data_protection: 'Datenschutz und Informationssicherheit',
	action_plan: 'Maßnahmenplan',
	costs: 'Kosten- und Finanzierungsplan',
	pilots: 'Pilotprojekte',
	evaluation: 'Evaluation und Fortschreibung'
};

export const APPENDIX_TITLES: Record<AppendixKey, string> = {
	inventory: 'Bestandsübersicht',
	rooms: 'Raumübersicht',
	survey_meta: 'Fragebögen und Befragung',
	funding_annex: 'Förderanhang: Zweckbindung und Ratsbeschluss',
	answers: 'Antworten je Schule',
	accessibility: 'Erklärung zur Barrierefreiheit'
};

const CHAPTER_BUILDERS: Record<ChapterKey, Builder> = {
	summary,
	basis,
	profile,
	competences,
	current_state: currentState,
	target_state: (input, c, s) => [...targetState(input, c, s), ...roomStandards(input, c)],
	development,
	training,
	operations,
	data_protection: dataProtection,
	action_plan: actionPlan,
	costs,
	pilots,
	evaluation
};

const APPENDIX_BUILDERS: Record<AppendixKey, Builder> = {
	inventory: (input, c, s) => [...inventory(input, c, s), ...cohortInventory(input, c, s)],
	rooms,
	survey_meta: surveyMeta,
	funding_annex: fundingAnnex,
	answers: answersAppendix,
	accessibility: () => []
};

function narrativeBlocks(key: SectionKey, input: ConceptInput, context: DefaultTextContext) {
	const stored = input.narratives[key];
	const text =
		stored !== undefined && stored.trim() !== '' ? stored : defaultNarrative(key, context);
	return parseNarrative(text);
}

function section(
	key: SectionKey,
	number: string,
	title: string,
	isAppendix: boolean,
	build: Builder,
	input: ConceptInput,
	context: DefaultTextContext
): Chapter {
	return {
		key,
		number,
		title,
		isAppendix,
		anchor: isAppendix ? `anhang-${number.toLowerCase()}` : `kapitel-${number}`,
		blocks: [
			...narrativeBlocks(key, input, context),
			...build(input, new Captions(number), new Sections(number))
		]
	};
}

export function assembleConcept(input: ConceptInput): ConceptDocument {
	const periodLabel = planPeriodLabel(input.costPlan.period);
	const context: DefaultTextContext = {
		operatorName: input.operatorName,
		periodLabel,
		schoolCount: input.schools.length
	};
	const chapterKeys = Object.keys(CHAPTER_BUILDERS) as ChapterKey[];
	const appendixKeys = Object.keys(APPENDIX_BUILDERS) as AppendixKey[];
	return {
		title: input.title ?? 'Medienentwicklungskonzept',
		subtitle: `${input.operatorName} · ${periodLabel}`,
		operatorName: input.operatorName,
		periodLabel,
		chapters: chapterKeys.map((key, i) =>
			section(key, String(i + 1), CHAPTER_TITLES[key], false, CHAPTER_BUILDERS[key], input, context)
		),
		appendices: appendixKeys.map((key, i) =>
			section(
				key,
				String.fromCharCode(65 + i),
				APPENDIX_TITLES[key],
				true,
				APPENDIX_BUILDERS[key],
				input,
				context
			)
		)
	};
}
