// Issue 16.2: the concept as DOCX from the same document model as HTML and PDF. The test opens the
// file (it is a ZIP of XML parts) and checks what Word and LibreOffice rely on: heading styles for the
// navigation pane, a table-of-contents field, header rows that repeat, charts as images with their text
// alternative, language de-DE and the title. Same access rules as the PDF; user text stays text.
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { APPENDIX_TITLES, CHAPTER_TITLES } from '../../src/lib/domain/concept';
import {
	draftDocx,
	getConceptVersion,
	saveNarrative,
	submitConcept,
	versionDocx
} from '../../src/lib/server/concepts';
import type { Db } from '../../src/lib/server/db/client';
import { ForbiddenError, NotFoundError } from '../../src/lib/server/errors';
import { listRounds } from '../../src/lib/server/rounds';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

let db: Db;
let w: DemoWorld;
let musterstadt: string;

const part = (files: Record<string, Uint8Array>, name: string) => {
	expect(files[name], name).toBeDefined();
	return strFromU8(files[name]);
};
/** The visible text of each paragraph with the given style. */
function paragraphsWithStyle(xml: string, style: string): string[] {
	const out: string[] = [];
	for (const p of xml.split('<w:p>').slice(1).concat(xml.split('<w:p ').slice(1))) {
		if (!p.includes(`<w:pStyle w:val="${style}"/>`)) continue;
		const text = [...p.split('</w:p>')[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
			.map((m) => m[1])
			.join('');
		out.push(text);
	}
	return out;
}
const unescapeXml = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');

beforeAll(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	musterstadt = (await listRounds(db, w.users.admin)).find(
		(r) => r.operatorId === w.orgs.musterstadt
	)!.id;
});

describe('the demo concept as DOCX', () => {
	let files: Record<string, Uint8Array>;
	let documentXml: string;
	let chartAlternatives: string[];

	beforeAll(async () => {
		const file = await versionDocx(db, w.users.consultantMs, musterstadt, 3);
		expect(file.fileName).toMatch(/-v3\.docx$/);
		files = unzipSync(file.bytes);
		documentXml = part(files, 'word/document.xml');
		const { version } = await getConceptVersion(db, w.users.consultantMs, musterstadt, 3);
		chartAlternatives = [...version.document.chapters, ...version.document.appendices]
			.flatMap((c) => c.blocks)
			.flatMap((b) => (b.type === 'chart' ? [b.chart.textAlternative] : []));
	}, 120_000);

	it('has every chapter and appendix as a Word heading (navigation pane) and a TOC field', () => {
		const headings = paragraphsWithStyle(documentXml, 'Heading1').map(unescapeXml);
		for (const [i, title] of Object.values(CHAPTER_TITLES).entries())
			expect(headings, title).toContain(`${i + 1} ${title}`);
		for (const [i, title] of Object.values(APPENDIX_TITLES).entries())
			expect(headings, title).toContain(`Anhang ${'ABCDEFGH'[i]} ${title}`);
		expect(paragraphsWithStyle(documentXml, 'Heading2').length).toBeGreaterThan(5);
		expect(documentXml).toContain('TOC \\h \\o &quot;1-2&quot;');
		expect(part(files, 'word/settings.xml')).toContain('<w:updateFields/>');
	});

	it('repeats the header row of every table and draws every chart as an image with its alternative text', () => {
		const tables = documentXml.split('<w:tbl>').length - 1;
		const repeatedHeaders = documentXml.split('<w:tblHeader/>').length - 1;
		expect(tables).toBeGreaterThan(10);
		expect(repeatedHeaders).toBeGreaterThanOrEqual(tables - 1); // the cover table has no header
		expect(chartAlternatives.length).toBeGreaterThan(0);
		const descriptions = [...documentXml.matchAll(/<wp:docPr [^>]*descr="([^"]*)"/g)].map((m) =>
			unescapeXml(m[1])
		);
		expect(descriptions).toEqual(chartAlternatives);
		const images = Object.keys(files).filter((f) => f.startsWith('word/media/'));
		expect(images).toHaveLength(chartAlternatives.length);
		for (const image of images)
			expect(Buffer.from(files[image].subarray(1, 4)).toString('latin1')).toBe('PNG');
	});

	it('declares language de-DE, title and author', () => {
		expect(part(files, 'word/styles.xml')).toContain('<w:lang w:val="de-DE"/>');
		const core = part(files, 'docProps/core.xml');
		expect(core).toContain('<dc:title>Medienentwicklungskonzept – Stadt Musterstadt</dc:title>');
		expect(core).toContain('<dc:creator>Stadt Musterstadt</dc:creator>');
		expect(documentXml).toContain('Wiederholungsbefragung 2028');
	});
});

describe('access and hostile text', () => {
	it('follows the PDF rules: school leads and foreign consultants get nothing, drafts only editors', async () => {
		await expect(versionDocx(db, w.users.leadMsGs, musterstadt, 3)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(versionDocx(db, w.users.consultantBk, musterstadt, 3)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(draftDocx(db, w.users.leadMsGs, musterstadt)).rejects.toBeInstanceOf(
			ForbiddenError
		);
		const draft = await draftDocx(db, w.users.operatorMs, musterstadt);
		expect(draft.fileName).toMatch(/-Entwurf\.docx$/);
	});

	it('keeps markup in a narrative as plain text', async () => {
		const beispielkreis = (await listRounds(db, w.users.admin)).find(
			(r) => r.operatorId === w.orgs.beispielkreis
		)!.id;
		const hostile = '</w:t></w:r><w:r><w:t>eingeschleust <script>alert(1)</script> & Co.';
		await saveNarrative(db, w.users.operatorBk, beispielkreis, {
			chapterKey: 'summary',
			text: hostile,
			version: 0
		});
		await submitConcept(db, w.users.operatorBk, beispielkreis);
		const file = await versionDocx(db, w.users.consultantBk, beispielkreis, 1);
		const xml = strFromU8(unzipSync(file.bytes)['word/document.xml']);
		expect(xml).toContain(
			'&lt;/w:t&gt;&lt;/w:r&gt;&lt;w:r&gt;&lt;w:t&gt;eingeschleust &lt;script&gt;alert(1)&lt;/script&gt; &amp; Co.'
		);
		expect(xml).not.toContain('<w:t>eingeschleust');
	});
});
