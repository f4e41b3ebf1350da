import { describe, expect, it } from 'vitest';
import { assembleConcept } from '../../src/lib/domain/concept';
import { chapterText, compareConcepts } from '../../src/lib/domain/concept/compare';
import type { ConceptDocument, TableBlock } from '../../src/lib/domain/concept/model';
import { sampleConceptInput } from '../helpers/concept-sample';

function clone(doc: ConceptDocument): ConceptDocument {
	return JSON.parse(JSON.stringify(doc)) as ConceptDocument;
}

describe('compareConcepts', () => {
	const base = assembleConcept(
		sampleConceptInput({ training: 'Ein pädagogischer Tag je Schule.' })
	);

	it('finds nothing between identical versions', () => {
		const result = compareConcepts(base, clone(base));
		expect(result.changedCount).toBe(0);
		expect(result.figureCount).toBe(0);
		expect(result.chapters).toHaveLength(base.chapters.length + base.appendices.length);
	});

	it('diffs the narrative of the changed chapter only', () => {
		const changed = assembleConcept(
			sampleConceptInput({ training: 'Zwei pädagogische Tage je Schule.' })
		);
		const result = compareConcepts(base, changed);
		const training = result.chapters.find((c) => c.key === 'training')!;
		expect(training.textChanged).toBe(true);
		expect(training.text.filter((p) => p.kind === 'delete').map((p) => p.text)).toEqual([
			'Ein pädagogischer Tag'
		]);
		expect(training.text.filter((p) => p.kind === 'insert').map((p) => p.text)).toEqual([
			'Zwei pädagogische Tage'
		]);
		expect(result.chapters.filter((c) => c.textChanged).map((c) => c.key)).toEqual(['training']);
	});

	it('lists changed key figures and table cells with their place', () => {
		const changed = clone(base);
		const costs = changed.chapters.find((c) => c.key === 'costs')!;
		const table = costs.blocks.find((b): b is TableBlock => b.type === 'table')!;
		const before = typeof table.rows[0][1] === 'string' ? table.rows[0][1] : table.rows[0][1].text;
		table.rows[0][1] = '999.999 €';
		const summary = changed.chapters[0];
		const figures = summary.blocks.find((b) => b.type === 'keyFigures')!;
		if (figures.type !== 'keyFigures') throw new Error('no key figures');
		figures.items[0] = { ...figures.items[0], value: '5' };
		table.rows.push(['Neue Zeile', '1 €']);

		const result = compareConcepts(base, changed);
		const costChanges = result.chapters.find((c) => c.key === 'costs')!.figures;
		expect(costChanges).toContainEqual({
			where: table.caption,
			item: typeof table.rows[0][0] === 'string' ? table.rows[0][0] : table.rows[0][0].text,
			field: table.columns[1].label,
			from: before,
			to: '999.999 €'
		});
		expect(costChanges).toContainEqual({
			where: table.caption,
			item: 'Neue Zeile',
			field: null,
			from: null,
			to: 'Neue Zeile · 1 €'
		});
		const summaryChanges = result.chapters[0].figures;
		expect(summaryChanges).toHaveLength(1);
		expect(summaryChanges[0]).toMatchObject({
			where: 'Kennzahlen',
			to: expect.stringMatching(/^5/)
		});
	});

	it('turns a chapter into one line per paragraph, list item and heading', () => {
		const text = chapterText(base.chapters.find((c) => c.key === 'training')!);
		expect(text.split('\n')[0]).toBe('Ein pädagogischer Tag je Schule.');
	});
});
