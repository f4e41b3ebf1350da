// Issue 11, point 8: every answer is used. Each question of the school lead's, IT staff's and
// operator's questionnaires is read by an indicator, a rule, a chapter or the answers appendix of
// the concept; a key nobody reads fails this test, and so does an indicator or chapter reading a
// key that no questionnaire has. Reads are recorded by wrapping the demo answers in Proxies (a
// read counts whether or not the demo answered it); enumerating an answer record would make every
// key look read, so it is forbidden here.
import { describe, expect, it } from 'vitest';
import {
	itStaffQuestionnaire,
	operatorQuestionnaire,
	schoolLeadQuestionnaire
} from '../../db/questionnaires';
import { assembleConcept } from '../../src/lib/domain/concept';
import { CHAPTER_ANSWER_KEYS } from '../../src/lib/domain/concept/answers';
import { computeIndicators } from '../../src/lib/domain/evaluation';
import type { QuestionnaireDefinition } from '../../src/lib/domain/questionnaire/types';
import { sampleConceptInput } from '../helpers/concept-sample';

type Origin = 'schoolLead' | 'itStaff' | 'operator';
const DEFINITIONS: Record<Origin, QuestionnaireDefinition> = {
	schoolLead: schoolLeadQuestionnaire,
	itStaff: itStaffQuestionnaire,
	operator: operatorQuestionnaire
};
const keysOf = (d: QuestionnaireDefinition) =>
	d.sections.flatMap((s) => s.questions.map((q) => q.key));

function recordReads() {
	const read: Record<Origin, Set<string>> = {
		schoolLead: new Set(),
		itStaff: new Set(),
		operator: new Set()
	};
	const enumerated: string[] = [];
	const wrap = (answers: Record<string, unknown>, origin: Origin) =>
		new Proxy(answers, {
			get(target, key, receiver) {
				if (typeof key === 'string') read[origin].add(key);
				return Reflect.get(target, key, receiver);
			},
			ownKeys(target) {
				enumerated.push(origin);
				return Reflect.ownKeys(target);
			}
		});
	const input = sampleConceptInput({}, wrap);
	assembleConcept(input);
	return { read, enumerated };
}

describe('every answer reaches the concept', () => {
	const { read, enumerated } = recordReads();

	it('no answer record is enumerated (a read must name its key)', () => {
		expect(enumerated).toEqual([]);
	});

	for (const origin of ['schoolLead', 'itStaff', 'operator'] as const) {
		it(`every question of "${DEFINITIONS[origin].title}" is read by an indicator, a rule, a chapter or the appendix`, () => {
			const unread = keysOf(DEFINITIONS[origin]).filter((k) => !read[origin].has(k));
			expect(unread).toEqual([]);
		});
	}

	it('the operator questionnaire is read by chapters, not only by an appendix', () => {
		// the operator has no appendix: its answers must appear in a chapter table or feed a rule
		expect(keysOf(operatorQuestionnaire).every((k) => read.operator.has(k))).toBe(true);
	});
});

describe('nothing reads a key that no questionnaire has', () => {
	it('indicators read only existing school-lead and IT-staff keys', () => {
		const indicators = computeIndicators({
			school: { id: 's', name: 'S', schoolType: 'OS', pupils: 1, classes: 1, teachers: 1 },
			schoolLead: {},
			itStaff: {},
			referenceYear: 2026
		});
		const lead = new Set(keysOf(schoolLeadQuestionnaire));
		const it = new Set(keysOf(itStaffQuestionnaire));
		const stale = indicators.flatMap((i) =>
			i.inputs
				.filter(
					(x) =>
						(x.origin === 'school_lead' && !lead.has(x.key)) ||
						(x.origin === 'it_staff' && !it.has(x.key))
				)
				.map((x) => `${i.key}: ${x.origin}.${x.key}`)
		);
		expect(stale).toEqual([]);
	});

	it('chapter tables name only existing keys', () => {
		const all = new Set([
			...keysOf(schoolLeadQuestionnaire),
			...keysOf(itStaffQuestionnaire),
			...keysOf(operatorQuestionnaire)
		]);
		const stale = Object.values(CHAPTER_ANSWER_KEYS)
			.flat()
			.filter((k) => !all.has(k));
		expect(stale).toEqual([]);
	});

	it('reads recorded from the concept all exist in a questionnaire (e.g. no removed DSB question)', () => {
		const { read } = recordReads();
		for (const origin of ['schoolLead', 'itStaff', 'operator'] as const) {
			const keys = new Set(keysOf(DEFINITIONS[origin]));
			const stale = [...read[origin]].filter((k) => !keys.has(k) && k !== 'then');
			expect(stale, origin).toEqual([]);
		}
	});
});

describe('the answers appendix', () => {
	it("lists answers no chapter shows, per school (e.g. the Gymnasium's 52,5 teacher FTE)", () => {
		const doc = assembleConcept(sampleConceptInput());
		const appendix = doc.appendices.find((a) => a.key === 'answers')!;
		expect(appendix.title).toBe('Antworten je Schule');
		const text = JSON.stringify(appendix.blocks);
		expect(text).toContain('Goethe-Gymnasium');
		expect(text).toContain('52,5');
	});
});
