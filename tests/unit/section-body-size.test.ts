// Issue 10, point 7: everything a browser lets a person type into a section (text fields carry
// maxlength) fits into one post under the body limit the app is run with (BODY_SIZE_LIMIT=2M in
// scripts/start.js and the browser tests). So a person's text always reaches the server, which
// refuses an over-long field with a message at the field and shows the text again; only a
// hand-made request can exceed the limit, and that one gets "Der Text ist zu lang" (413).
import { describe, expect, it } from 'vitest';
import { QUESTIONNAIRES } from '../../db/questionnaires';
import { fieldName } from '../../src/lib/domain/questionnaire/form';
import type { Question } from '../../src/lib/domain/questionnaire/types';
import {
	LONGTEXT_MAX_LENGTH,
	OTHER_MAX_LENGTH,
	TEXT_MAX_LENGTH
} from '../../src/lib/domain/questionnaire/validate-types';
import { versionFieldName } from '../../src/lib/domain/responses';
import { parseBodySizeLimit } from '../../src/lib/server/http/body-limit';

// URL-encoded, a UTF-16 unit costs at most 9 bytes (a 3-byte character, e.g. "€" → %E2%82%AC).
const WORST_BYTES_PER_UNIT = 9;
// Inputs without maxlength (numbers, choices, dates): far more than anyone types.
const UNBOUNDED_FIELD_BYTES = 200;

function worstCaseBytes(q: Question): number {
	const name = (n: string) => encodeURIComponent(n).length + 2;
	const version = name(versionFieldName(q.key)) + 10;
	switch (q.type) {
		case 'text':
			return version + name(fieldName(q)) + (q.maxLength ?? TEXT_MAX_LENGTH) * WORST_BYTES_PER_UNIT;
		case 'longtext':
			return (
				version + name(fieldName(q)) + (q.maxLength ?? LONGTEXT_MAX_LENGTH) * WORST_BYTES_PER_UNIT
			);
		case 'multi':
			return (
				version +
				q.options.reduce((sum, o) => sum + name(fieldName(q)) + o.value.length * 3, 0) +
				OTHER_MAX_LENGTH * WORST_BYTES_PER_UNIT +
				100
			);
		case 'grid':
			return version + q.rows.length * q.columns.length * (100 + UNBOUNDED_FIELD_BYTES);
		default:
			return version + name(fieldName(q)) + UNBOUNDED_FIELD_BYTES;
	}
}

describe('section posts and the body limit', () => {
	it('the largest possible section post of every questionnaire stays under 2 MB', () => {
		const limit = parseBodySizeLimit('2M');
		const sizes = QUESTIONNAIRES.flatMap((def) =>
			def.sections.map((s) => ({
				section: `${def.key}/${s.key}`,
				bytes: s.questions.reduce((sum, q) => sum + worstCaseBytes(q), 1000)
			}))
		);
		expect(sizes.length).toBeGreaterThan(5);
		const largest = sizes.reduce((a, b) => (b.bytes > a.bytes ? b : a));
		expect(largest.bytes, `largest: ${largest.section}`).toBeLessThan(limit / 2);
	});

	it('reads BODY_SIZE_LIMIT like adapter-node', () => {
		expect(parseBodySizeLimit('2M')).toBe(2 * 1024 * 1024);
		expect(parseBodySizeLimit('512K')).toBe(512 * 1024);
		expect(parseBodySizeLimit(undefined)).toBe(512 * 1024);
		expect(parseBodySizeLimit('1000')).toBe(1000);
	});
});
