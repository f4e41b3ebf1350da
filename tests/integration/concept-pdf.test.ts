// The seeded Musterstadt concept as PDF through the concept service (the route's path): pdftotext
// finds every chapter title, the table of contents and the cost totals of the pure computation;
// 20+ pages; title and language metadata; the cache serves it again. Hostile narrative text stays
// plain text in the PDF and in the HTML preview (ConceptDocument rendered on the server).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { render } from 'svelte/server';
import { beforeAll, describe, expect, it } from 'vitest';
import ConceptDocument from '../../src/lib/components/concept/ConceptDocument.svelte';
import { APPENDIX_TITLES, CHAPTER_TITLES } from '../../src/lib/domain/concept';
import { formatEuroRounded } from '../../src/lib/domain/costs';
import {
	getConceptVersion,
	saveNarrative,
	submitConcept,
	versionPdf
} from '../../src/lib/server/concepts';
import { getCostPlan } from '../../src/lib/server/costs';
import type { Db } from '../../src/lib/server/db/client';
import { NotFoundError } from '../../src/lib/server/errors';
import { listRounds } from '../../src/lib/server/rounds';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');

const pdftotext = (pdf: Uint8Array) =>
	execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, maxBuffer: 32 << 20 }).toString(
		'utf8'
	);
const flat = (s: string) => s.replace(/\s+/g, ' ');

const PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'{"image":"file:///etc/passwd"}',
	'{{7*7}}',
	'{@html "<b>fett</b>"}'
];
const HOSTILE = `${PAYLOADS[0]} Einleitung\n\n- ${PAYLOADS[1]}\n- ${PAYLOADS[2]}\n\n${PAYLOADS[3]} und ${PAYLOADS[4]}`;

let db: Db;
let w: DemoWorld;
let roundId: (operator: string) => Promise<string>;

beforeAll(async () => {
	db = await createTestDb();
	w = await seedDemoWorld(db);
	roundId = async (operator) =>
		(await listRounds(db, w.users.admin)).find((r) => r.operatorId === operator)!.id;
});

describe.skipIf(!POPPLER && !process.env.CI)('the demo concept as PDF', () => {
	let pdf: Uint8Array;
	let text: string;
	let musterstadt: string;

	beforeAll(async () => {
		musterstadt = await roundId(w.orgs.musterstadt);
		const file = await versionPdf(db, w.users.consultantMs, musterstadt, 3);
		expect(file.fromCache).toBe(false);
		expect(file.fileName).toBe('MEK-Stadt-Musterstadt-2026-2030-v3.pdf');
		pdf = file.bytes;
		text = flat(pdftotext(pdf));
	}, 120_000);

	it('has every chapter and appendix title, in the table of contents and as heading', () => {
		expect(text).toContain('Inhalt');
		for (const [i, title] of Object.values(CHAPTER_TITLES).entries())
			expect(text.split(`${i + 1} ${title}`).length - 1, title).toBeGreaterThanOrEqual(2);
		for (const [i, title] of Object.values(APPENDIX_TITLES).entries())
			expect(text, title).toContain(`Anhang ${'ABCDEFGH'[i]} ${title}`);
	});

	it('shows the cost totals of the pure computation over the stored cost items', async () => {
		const { plan } = await getCostPlan(db, w.users.consultantMs, musterstadt);
		expect(plan.total.amount).toBeGreaterThan(0);
		for (const amount of [plan.total.amount, plan.total.investment, plan.total.running])
			expect(text).toContain(flat(formatEuroRounded(amount)));
		for (const year of plan.years)
			expect(text).toContain(flat(formatEuroRounded(plan.byYear.get(year)!.amount)));
	});

	it('has 20 or more pages, the version on the cover, title and language metadata', () => {
		const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
		expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(20);
		expect(info).toMatch(/Title:\s+Medienentwicklungskonzept Stadt Musterstadt 2026–2030/);
		expect(info).toMatch(/Subject:.*Version 3 \(Zur Prüfung eingereicht\)/);
		expect(Buffer.from(pdf).toString('latin1')).toContain('/Lang (de-DE)');
		// the narrative of version 3 (the revision asked for in the review)
		expect(text).toContain('Wiederholungsbefragung 2028');
	});

	it('serves the unchanged version from the cache, to the roles that may read it', async () => {
		const again = await versionPdf(db, w.users.operatorMs, musterstadt, 3);
		expect(again.fromCache).toBe(true);
		expect(Buffer.from(again.bytes).equals(Buffer.from(pdf))).toBe(true);
		await expect(versionPdf(db, w.users.leadMsGs, musterstadt, 3)).rejects.toBeInstanceOf(
			NotFoundError
		);
		await expect(versionPdf(db, w.users.consultantBk, musterstadt, 3)).rejects.toBeInstanceOf(
			NotFoundError
		);
	});
});

describe('hostile narrative text', () => {
	let document: Awaited<ReturnType<typeof getConceptVersion>>['version']['document'];
	let beispielkreis: string;

	beforeAll(async () => {
		beispielkreis = await roundId(w.orgs.beispielkreis);
		await saveNarrative(db, w.users.operatorBk, beispielkreis, {
			chapterKey: 'summary',
			text: HOSTILE,
			version: 0
		});
		await submitConcept(db, w.users.operatorBk, beispielkreis);
		document = (await getConceptVersion(db, w.users.consultantBk, beispielkreis, 1)).version
			.document;
	});

	it('is plain text in the HTML preview', () => {
		const { body } = render(ConceptDocument, { props: { document } });
		expect(body).toContain('&lt;script>alert(1)&lt;/script>');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
		expect(body).toContain('{"image":"file:///etc/passwd"}');
		expect(body).toContain('{{7*7}}');
		expect(body).toContain('{@html "&lt;b>fett&lt;/b>"}');
		expect(body).not.toMatch(/<script|<img|<b>fett/);
	});

	it.skipIf(!POPPLER && !process.env.CI)(
		'is plain text in the PDF',
		async () => {
			const file = await versionPdf(db, w.users.consultantBk, beispielkreis, 1);
			const text = flat(pdftotext(file.bytes));
			for (const payload of PAYLOADS) expect(text).toContain(payload);
			expect(text).not.toContain('root:x:0:0');
		},
		120_000
	);
});
