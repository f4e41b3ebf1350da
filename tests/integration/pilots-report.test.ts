// The pilot report PDF (issue 6, "Done when" 3): rendered in the PDF worker pool from the seeded
// demo pilots and read back with poppler's pdftotext: KPI figures against their targets, the
// milestones with their state, the decision, metadata; hostile text stays literal text.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PILOTS } from '../../db/seed-pilots';
import type { Db } from '../../src/lib/server/db/client';
import { PdfPool } from '../../src/lib/server/pdf';
import { pilotReportDefinition } from '../../src/lib/server/pdf/pilot-report';
import * as pilots from '../../src/lib/server/pilots';
import { seedDemoWorld, type DemoWorld } from '../helpers/factories';
import { createTestDb } from '../helpers/test-db';

const POPPLER = existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo');
if (!POPPLER && !process.env.CI) {
	console.warn(
		'pilots-report.test.ts: poppler-utils (pdftotext, pdfinfo) not installed; pilot PDF text checks skipped. apt-get install poppler-utils'
	);
}

const flat = (s: string) => s.replace(/\s+/g, ' ');
const pdftotext = (pdf: Uint8Array) =>
	flat(execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).toString('utf8'));
// The demo pilots' milestones are seeded relative to today, so the report is rendered as of today.
const NOW = new Date();
const HOSTILE = '<script>alert(1)</script> {"image":"file:///etc/passwd"}';

describe('pilot report definition', () => {
	it('has German metadata, page numbers and no resources from user text', async () => {
		const db = await createTestDb();
		const w = await seedDemoWorld(db);
		await pilots.addLesson(db, w.users.admin, DEMO_PILOTS.mdm, HOSTILE);
		const { pilot } = await pilots.getPilot(db, w.users.admin, DEMO_PILOTS.mdm);
		const doc = pilotReportDefinition(pilot, '2026-11-24');
		expect(doc.language).toBe('de-DE');
		expect(doc.info.title).toBe(
			'Pilotprojekt: Zentrales Gerätemanagement (MDM) im Landkreis Beispielkreis'
		);
		expect(JSON.stringify(doc.furniture)).toContain('"$field":"pages"');
		const json = JSON.stringify(doc.content);
		expect(json).not.toMatch(/"image"\s*:\s*"/); // the hostile text is inside a "text" string only
		expect(doc.images).toBeUndefined();
	});
});

describe.skipIf(!POPPLER && !process.env.CI)('pilot report PDF', () => {
	const pool = new PdfPool({ size: 1, timeoutMs: 60_000 });
	let db: Db;
	let w: DemoWorld;
	let mdm: string;
	let tablets: string;
	let mdmPdf: Uint8Array;

	beforeAll(async () => {
		db = await createTestDb();
		w = await seedDemoWorld(db);
		await pilots.addLesson(db, w.users.admin, DEMO_PILOTS.mdm, HOSTILE);
		mdmPdf = (
			await pilots.pilotReportPdf(db, w.users.leadBkOs, DEMO_PILOTS.mdm, { pool, now: NOW })
		).body;
		mdm = pdftotext(mdmPdf);
		tablets = pdftotext(
			(
				await pilots.pilotReportPdf(db, w.users.consultantMs, DEMO_PILOTS.tablets, {
					pool,
					now: NOW
				})
			).body
		);
	}, 90_000);
	afterAll(() => pool.close());

	it('shows every KPI with baseline, target, latest value and whether the target is met', () => {
		expect(mdm).toContain('Kennzahlen und Zielwerte');
		// cells may wrap, so a row is the cell texts in order with little in between
		const row = (...cells: string[]) =>
			new RegExp(cells.map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.{0,40}?'));
		expect(mdm).toMatch(
			row(
				'Einrichtungszeit je neuem Gerät',
				'45 Minuten',
				'10 Minuten',
				'8 Minuten',
				'Ziel erreicht',
				'(01.06.2020)'
			)
		);
		expect(mdm).toMatch(
			row('Zentral verwaltete Geräte', '90 %', '96 % (01.06.2020)', 'Ziel erreicht')
		);
		expect(mdm).toContain('Einrichtungszeit je neuem Gerät 01.06.2019 15 Minuten');
		// progress of the running pilot: 1 → 8 Std., latest 5 Std. = 57 % of the way
		expect(tablets).toMatch(
			row('Unterrichtsstunden mit Tablets', '1 Std.', '8 Std.', '5 Std.', '57 % des Wegs')
		);
	});

	it('lists the milestones with due date and state, overdue ones in words', () => {
		expect(mdm).toContain(
			'Alle Geräte der Pilotschulen im MDM 31.03.2019 IT-Service Erledigt am 28.03.2019'
		);
		expect(tablets).toContain('Prüfungsmodus im Gerätemanagement eingerichtet');
		expect(tablets).toContain('Überfällig seit 21 Tagen');
	});

	it('states goal, timeline, decision, and keeps hostile text literal', () => {
		expect(mdm).toContain('Bericht zum Pilotprojekt');
		expect(mdm).toContain('Ziel Alle Schulgeräte der drei Pilotschulen');
		expect(mdm).toContain('Zeitplan');
		expect(mdm).toContain('Ausrollen (entschieden am 15.09.2020)');
		expect(mdm).toContain('<script>alert(1)</script> {"image":"file:///etc/passwd"}');
	});

	it('carries title, language and "Seite x von y"', () => {
		const info = execFileSync('pdfinfo', ['-'], { input: mdmPdf }).toString('utf8');
		const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
		expect(info).toMatch(/Title:\s+Pilotprojekt: Zentrales Gerätemanagement/);
		expect(mdm).toContain(`Seite 1 von ${pages}`);
	});
});
