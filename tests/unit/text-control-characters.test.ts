// Issue 10, point 10: NUL bytes and bidi override characters in free text are refused with a German
// message at the field, by one pure rule (domain/text.ts) used by every free-text schema; tabs and
// line breaks stay.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
	controlCharacterProblem,
	findForbiddenCharacter,
	isCleanText,
	stripForbiddenCharacters
} from '../../src/lib/domain/text';
import { encodeCsv } from '../../src/lib/server/rounds/csv';
import { acceptInvitationInput } from '../../src/lib/server/invitations/input';
import { NarrativeInput } from '../../src/lib/server/concepts/input';
import { CostItemInput } from '../../src/lib/server/costs/input';
import {
	EditMeasureInput,
	NewMeasureInput,
	RejectInput
} from '../../src/lib/server/measures/input';
import { OperatorInput, SchoolInput } from '../../src/lib/server/organisations/input';
import {
	DecisionInput as PilotDecisionInput,
	KpiInput,
	LessonInput,
	LightInput,
	MeasurementInput,
	MilestoneInput,
	PilotInput,
	RiskInput
} from '../../src/lib/server/pilots/input';
import { CommentInput, DecisionInput } from '../../src/lib/server/reviews/input';
import { CreateRoundInput } from '../../src/lib/server/rounds/input';

const BAD = ['Alpha\u0000Beta', 'Rechnung\u202Efdp.exe', 'a\u2066b', 'x\u0007y', 'x\u009Bz'];
const MESSAGE = /enthält unzulässige Steuerzeichen/;
// eslint-disable-next-line no-control-regex
const RAW = /[\u0000-\u0008\u202A-\u202E\u2066-\u2069]/;

describe('the rule', () => {
	it('refuses NUL, other control characters and bidi overrides, naming the character', () => {
		for (const text of BAD) expect(isCleanText(text), JSON.stringify(text)).toBe(false);
		expect(findForbiddenCharacter('Rechnung\u202Efdp.exe')).toEqual({
			position: 9,
			codePoint: 'U+202E'
		});
		expect(controlCharacterProblem('Alpha\u0000Beta')).toMatch(
			/^Der Text enthält unzulässige Steuerzeichen \(U\+0000 an Stelle 6\)\./
		);
	});

	it('keeps tabs, line breaks, umlauts, emoji and right-to-left letters', () => {
		for (const text of [
			'Zeile 1\nZeile 2\r\nZeile 3\tmit Tab',
			'Förderschule „Am Park“ – Straße 5',
			'Tablets 📱',
			'מורה عربي \u200F'
		]) {
			expect(isCleanText(text), text).toBe(true);
			expect(controlCharacterProblem(text)).toBeNull();
		}
	});
});

/** Every free-text field of every form schema: [schema, field]. */
const FIELDS: [string, z.ZodType, string][] = [
	['Schulträger', OperatorInput, 'name'],
	['Schulträger', OperatorInput, 'street'],
	['Schulträger', OperatorInput, 'city'],
	['Schule', SchoolInput, 'name'],
	['Schule', SchoolInput, 'street'],
	['Schule', SchoolInput, 'city'],
	['Einladung annehmen', acceptInvitationInput, 'name'],
	['Planungsrunde', CreateRoundInput, 'title'],
	['Konzepttext', NarrativeInput, 'text'],
	['Anmerkung', CommentInput, 'body'],
	['Prüfentscheidung', DecisionInput, 'note'],
	['Maßnahme ablehnen', RejectInput, 'reason'],
	['Maßnahme', NewMeasureInput, 'title'],
	['Maßnahme', NewMeasureInput, 'description'],
	['Maßnahme', NewMeasureInput, 'owner'],
	['Maßnahme bearbeiten', EditMeasureInput, 'rejectionReason'],
	['Kostenposition', CostItemInput, 'label'],
	['Kostenposition', CostItemInput, 'note'],
	['Pilotprojekt', PilotInput, 'title'],
	['Pilotprojekt', PilotInput, 'goal'],
	['Pilotprojekt', PilotInput, 'hypothesis'],
	['Pilotprojekt', PilotInput, 'description'],
	['Pilotprojekt', PilotInput, 'ownerName'],
	['Pilotprojekt', PilotInput, 'fundingSource'],
	['Ampel', LightInput, 'lightReason'],
	['Pilot-Entscheidung', PilotDecisionInput, 'decisionReasoning'],
	['Meilenstein', MilestoneInput, 'milestoneTitle'],
	['Meilenstein', MilestoneInput, 'milestoneOwner'],
	['Kennzahl', KpiInput, 'kpiName'],
	['Kennzahl', KpiInput, 'kpiUnit'],
	['Messwert', MeasurementInput, 'measurementNote'],
	['Risiko', RiskInput, 'riskTitle'],
	['Risiko', RiskInput, 'riskMitigation'],
	['Erkenntnis', LessonInput, 'lessonText']
];

describe('every free-text field of every form refuses them with the message at the field', () => {
	for (const [form, schema, field] of FIELDS) {
		it(`${form}: ${field}`, () => {
			for (const bad of BAD) {
				const result = schema.safeParse({ [field]: bad });
				expect(result.success).toBe(false);
				const issues = result.error?.issues.filter((i) => i.path.join('.') === field) ?? [];
				expect(
					issues.some((i) => MESSAGE.test(i.message)),
					`${field}: ${JSON.stringify(bad)}`
				).toBe(true);
			}
			// and a clean text with a line break is no such problem
			const clean = schema.safeParse({ [field]: 'Zeile eins\nZeile zwei' });
			const cleanIssues = clean.error?.issues.filter((i) => MESSAGE.test(i.message)) ?? [];
			expect(cleanIssues).toEqual([]);
		});
	}
});

describe('CSV exports', () => {
	it('never carry them raw, even from rows stored before the rule', () => {
		const csv = encodeCsv(
			['Name'],
			[['Rechnung\u202Efdp.exe'], ['A\u0000B'], ['Zeile 1\nZeile 2']]
		);
		expect(csv).not.toMatch(RAW);
		expect(csv).toContain('Rechnungfdp.exe');
		expect(csv).toContain('"Zeile 1\nZeile 2"');
		expect(stripForbiddenCharacters('a\u2067b\u2069c')).toBe('abc');
	});
});
