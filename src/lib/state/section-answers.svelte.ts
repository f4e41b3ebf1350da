// Client state of a questionnaire section page: the answers (for live show-if and progress), what
// each field shows, and the autosave client. Every input/change event is read from the form with
// the engine's form naming (the same reading as the no-JS post) and autosaved as typed; the server
// validates it (one set of rules and German messages) and returns the normalised value, which then
// drives show-if and progress. What the inputs show (`raws`) follows the DOM as typed, so
// re-rendering a field (an error or conflict appears) never overwrites what the user is typing.
import { allQuestions, questionnaireProgress } from '$lib/domain/questionnaire/progress';
import { isVisible, visibleAnswers } from '$lib/domain/questionnaire/conditions';
import { readFormValue } from '$lib/domain/questionnaire/form';
import type {
	AnswerValue,
	Question,
	QuestionnaireDefinition,
	Section
} from '$lib/domain/questionnaire/types';
import {
	questionKeyOf,
	rawFromAnswer,
	rawFromForm,
	type RawValue
} from '$lib/components/questionnaire/field-values';
import { Autosave, type ConflictView } from './autosave.svelte';

export interface SectionAnswersInit {
	responseId: string;
	definition: QuestionnaireDefinition;
	sectionKey: string;
	answers: Record<string, { value: AnswerValue | null; version: number }>;
	/** after a failed post: what was typed, the messages and the conflicts, by question key */
	posted?: {
		values?: Record<string, RawValue>;
		errors?: Record<string, string>;
		conflicts?: Record<string, ConflictView>;
	} | null;
	fetch?: typeof fetch;
}

export class SectionAnswers {
	readonly definition: QuestionnaireDefinition;
	readonly section: Section;
	readonly autosave: Autosave;
	/** the stored (normalised) answers of the whole questionnaire, updated by every save */
	values = $state<Record<string, AnswerValue | null>>({});
	/** server messages of the last post still shown (cleared when the field changes) */
	serverErrors = $state<Record<string, string>>({});
	/** what each field of the section shows, as typed */
	raws = $state<Record<string, RawValue>>({});
	readonly #questions: Map<string, Question>;

	readonly visible = $derived.by(() => {
		const effective = visibleAnswers(allQuestions(this.definition), this.values);
		return this.section.questions.filter((q) => isVisible(q, effective));
	});
	readonly progress = $derived.by(() => questionnaireProgress(this.definition, this.values));

	constructor(init: SectionAnswersInit) {
		this.definition = init.definition;
		const section = init.definition.sections.find((s) => s.key === init.sectionKey);
		if (!section) throw new Error(`Unknown section ${init.sectionKey}`);
		this.section = section;
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a fixed lookup, not state
		this.#questions = new Map(section.questions.map((q) => [q.key, q]));
		const posted = init.posted ?? {};
		const sectionAnswers: Record<string, { version: number; value: AnswerValue | null }> = {};
		const raws: Record<string, RawValue> = {};
		for (const q of section.questions) {
			const stored = init.answers[q.key];
			sectionAnswers[q.key] = { version: stored?.version ?? 0, value: stored?.value ?? null };
			raws[q.key] = posted.values?.[q.key] ?? rawFromAnswer(q, stored?.value);
		}
		this.values = Object.fromEntries(Object.entries(init.answers).map(([k, a]) => [k, a.value]));
		this.raws = raws;
		this.serverErrors = { ...(posted.errors ?? {}) };
		this.autosave = new Autosave({
			responseId: init.responseId,
			answers: sectionAnswers,
			fetch: init.fetch,
			onSaved: (key, value) => {
				this.values[key] = value;
			}
		});
		for (const [key, conflict] of Object.entries(posted.conflicts ?? {})) {
			const f = this.autosave.fields.get(key);
			if (!f) continue;
			// the form now carries the other answer's version: saving again keeps my input
			f.conflict = conflict;
			f.status = 'conflict';
			f.version = conflict.version;
			f.stored = conflict.value;
			f.mine = (raws[key] as AnswerValue | undefined) ?? null;
		}
	}

	question(key: string): Question | undefined {
		return this.#questions.get(key);
	}

	/** The message to show at a field: the autosave's first, else the one of the last post. */
	errorFor(key: string): string | null {
		const f = this.autosave.field(key);
		if (f.conflict) return null;
		return f.message ?? this.serverErrors[key] ?? null;
	}

	/**
	 * An input or change event inside the section form. Typing in text fields is saved after a
	 * pause; choices, dates and leaving a text field save at once.
	 */
	handleEvent(form: HTMLFormElement, target: EventTarget | null, kind: 'input' | 'change'): void {
		const control = target as HTMLInputElement | null;
		if (!control?.name || control.type === 'hidden') return;
		const question = this.#questions.get(questionKeyOf(control.name));
		if (!question) return;
		const typing = control.tagName === 'TEXTAREA' || control.type === 'text';
		if (kind === 'input' && !typing) return; // choices report through `change` (no double saves)
		delete this.serverErrors[question.key];
		const entries = new FormData(form);
		this.raws[question.key] = rawFromForm(question, entries);
		this.autosave.change(
			question.key,
			readFormValue(question, entries) as AnswerValue | null,
			kind === 'input'
		);
	}

	keepMine(key: string): void {
		this.autosave.keepMine(key);
	}

	takeTheirs(key: string): void {
		const question = this.#questions.get(key);
		if (!question) return;
		const value = this.autosave.takeTheirs(key);
		this.values[key] = value;
		this.raws[key] = rawFromAnswer(question, value);
		delete this.serverErrors[key];
	}
}
