// Finding the demo responses and reading stored answers for the questionnaire browser tests. Reads
// the test database directly (read-only; the server keeps writing in WAL mode), so the tests do not
// depend on how the start and round pages link to a questionnaire.
import Database from 'better-sqlite3';
import { expect, type Page } from '@playwright/test';
import { DEMO_ORGS } from '../../../db/demo-data';

type OrgKey = keyof typeof DEMO_ORGS;
export type Audience = 'school_lead' | 'it_staff' | 'operator';

function open(): Database.Database {
	const path = process.env.DATABASE_PATH;
	if (!path) throw new Error('DATABASE_PATH fehlt (Browsertests mit npm run test:e2e starten).');
	return new Database(path, { readonly: true, fileMustExist: true });
}

export interface DemoResponse {
	roundId: string;
	responseId: string;
	/** /runden/<round>/antworten/<response> */
	url: string;
	section: (sectionKey: string) => string;
}

/** The response of an organisation in the demo round that is in Bedarfserhebung. */
export function demoResponse(org: OrgKey, audience: Audience): DemoResponse {
	const db = open();
	try {
		const row = db
			.prepare(
				`select r.id as responseId, r.round_id as roundId from responses r
				 join planning_rounds p on p.id = r.round_id
				 where r.organisation_id = ? and r.audience = ? and p.status = 'bedarfserhebung'`
			)
			.get(DEMO_ORGS[org].id, audience) as { responseId: string; roundId: string } | undefined;
		if (!row) throw new Error(`Keine Demo-Antwort für ${org}/${audience} in der Bedarfserhebung.`);
		const url = `/runden/${row.roundId}/antworten/${row.responseId}`;
		return { ...row, url, section: (key) => `${url}/${key}` };
	} finally {
		db.close();
	}
}

export interface StoredAnswer {
	value: unknown;
	version: number;
}

export function storedAnswer(responseId: string, questionKey: string): StoredAnswer | null {
	const db = open();
	try {
		const row = db
			.prepare('select value, version from answers where response_id = ? and question_key = ?')
			.get(responseId, questionKey) as { value: string; version: number } | undefined;
		return row ? { value: JSON.parse(row.value), version: row.version } : null;
	} finally {
		db.close();
	}
}

/** CSS-safe id of a question's control, as fieldId() builds it. */
export function controlId(questionKey: string, ...parts: string[]): string {
	return ['q', questionKey, ...parts]
		.join('-')
		.replace(/[^A-Za-z0-9_-]/g, '-')
		.replace(/-+/g, '-');
}

/** Presses Tab until the focused element matches `selector` (keyboard only; fails after `max` presses). */
export async function tabTo(page: Page, selector: string, max = 150): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
		await page.keyboard.press('Tab');
	}
	const focused = await page.evaluate(
		() => document.activeElement?.outerHTML.slice(0, 120) ?? null
	);
	expect(focused, `Mit Tab wurde ${selector} nicht erreicht`).toBe(selector);
}

/** Waits until every autosave of the page is done (live region says "Gespeichert"). */
export async function expectAllSaved(page: Page): Promise<void> {
	await expect(liveRegion(page)).toHaveText('Gespeichert', { timeout: 10_000 });
}

/** The page-wide autosave live region of a section form. */
export function liveRegion(page: Page) {
	return page.locator('form p.q-live[role="status"]');
}
