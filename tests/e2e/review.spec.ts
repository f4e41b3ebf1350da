// Issue 5 (review rounds), on the Beispielkreis round (no concept in the demo data): the operator
// writes a chapter text and submits; the consultant comments and requests changes; the operator
// revises and resubmits; the consultant approves; the comparison of the two versions shows the
// change. axe finds no violations on the concept, review (also with errors) and comparison pages.
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { DEMO_ORGS } from '../../db/demo-data';
import { login, type AccountKey } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';

const FIRST = 'Alle Lehrkräfte besuchen einen pädagogischen Tag zur Arbeit mit Tablets.';
const REVISED =
	'Alle Lehrkräfte besuchen zwei pädagogische Tage zur Arbeit mit Tablets und Lernplattformen.';

function beispielkreisRound(): string {
	const path = process.env.DATABASE_PATH;
	if (!path) throw new Error('DATABASE_PATH fehlt (Browsertests mit npm run test:e2e starten).');
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const row = db
			.prepare('select id from planning_rounds where operator_id = ?')
			.get(DEMO_ORGS.beispielkreis.id) as { id: string } | undefined;
		if (!row) throw new Error('Die Beispielkreis-Runde fehlt in den Demodaten.');
		return row.id;
	} finally {
		db.close();
	}
}

async function as(page: Page, key: AccountKey) {
	await page.context().clearCookies();
	await login(page, key);
}

async function writeTrainingText(page: Page, text: string) {
	await page.getByRole('link', { name: 'Text bearbeiten: Fortbildungsplanung' }).click();
	await expect(
		page.getByRole('heading', { name: /Text bearbeiten: 8 Fortbildungsplanung/ })
	).toBeVisible();
	await page.getByLabel('Text', { exact: true }).fill(text);
	await page.getByRole('button', { name: 'Text speichern' }).click();
	await expect(
		page.getByText('Der Text von Kapitel 8 Fortbildungsplanung wurde gespeichert.')
	).toBeVisible();
}

test('operator submits, consultant requests changes, operator revises, consultant approves', async ({
	page
}) => {
	test.setTimeout(120_000);
	const roundId = beispielkreisRound();
	const concept = `/runden/${roundId}/konzept`;

	// The operator finds the concept from the round page, writes chapter 8 and submits.
	await as(page, 'operatorBk');
	await page.goto(`/runden/${roundId}`);
	await page.getByRole('link', { name: 'Konzept', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konzept');
	await expect(page.getByText('Status: Entwurf')).toBeVisible();
	await expectNoAxeViolations(page, 'Konzept (Entwurf)');
	await page.getByRole('link', { name: 'Text bearbeiten: Fortbildungsplanung' }).click();
	await expectNoAxeViolations(page, 'Konzept (Text bearbeiten)');
	await page.goto(concept);
	await writeTrainingText(page, FIRST);
	await expect(page.getByRole('region', { name: /8\s+Fortbildungsplanung/ })).toContainText(FIRST);
	await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
	await expect(page.getByText('Fassung 1 wurde zur Prüfung eingereicht.')).toBeVisible();
	await expect(page.getByText('Status: Zur Prüfung eingereicht')).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Text bearbeiten: Fortbildungsplanung' })
	).toHaveCount(0);

	// The consultant comments on chapter 8 and requests changes (first without the required note).
	await as(page, 'consultantBk');
	await page.goto(concept);
	await page.getByRole('link', { name: 'Prüfung und Anmerkungen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prüfung des Konzepts');
	await expectNoAxeViolations(page, 'Prüfung (eingereicht)');
	await page.getByLabel('Kapitel').selectOption({ label: '8 Fortbildungsplanung' });
	await page
		.getByLabel('Anmerkung', { exact: true })
		.fill('Bitte nennen Sie auch Lernplattformen.');
	await page.getByRole('button', { name: 'Anmerkung speichern' }).click();
	await expect(page.getByText('Die Anmerkung wurde gespeichert.')).toBeVisible();
	const thread = page
		.getByRole('article')
		.filter({ hasText: 'Bitte nennen Sie auch Lernplattformen.' });
	await expect(thread).toContainText('offen');
	await expect(page.getByText('Status: In Prüfung')).toBeVisible();

	await page.getByLabel('Änderungen erbitten').check();
	await page.getByRole('button', { name: 'Entscheidung speichern' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
	await expect(summary).toBeVisible();
	await expect(summary.getByRole('link', { name: /Bitte beschreiben Sie kurz/ })).toHaveAttribute(
		'href',
		'#note'
	);
	await expect(page.locator('#note')).toHaveAttribute('aria-invalid', 'true');
	await expectNoAxeViolations(page, 'Prüfung (Fehler in der Entscheidung)');
	await page.getByLabel('Änderungen erbitten').check();
	await page.getByLabel('Hinweis an den Schulträger').fill('Bitte Kapitel 8 ergänzen.');
	await page.getByRole('button', { name: 'Entscheidung speichern' }).click();
	await expect(page.getByText('Die Änderungen wurden beim Schulträger erbeten.')).toBeVisible();

	// The operator answers, revises chapter 8, marks the remark resolved and resubmits.
	await as(page, 'operatorBk');
	await page.goto(`${concept}/pruefung`);
	await expect(page.getByText('Bitte Kapitel 8 ergänzen.')).toBeVisible();
	await page.getByLabel('Antwort').fill('Lernplattformen sind ergänzt.');
	await page.getByRole('button', { name: 'Antworten' }).click();
	await expect(page.getByText('Lernplattformen sind ergänzt.')).toBeVisible();
	await page.getByRole('button', { name: 'Als erledigt markieren' }).click();
	await expect(page.getByText('Die Anmerkung ist als erledigt markiert.')).toBeVisible();
	await expectNoAxeViolations(page, 'Prüfung (Schulträger, Anmerkung erledigt)');
	await page.goto(concept);
	await expect(page.getByText('Status: Änderungen erbeten')).toBeVisible();
	await writeTrainingText(page, REVISED);
	await page.getByRole('button', { name: 'Zur Prüfung einreichen' }).click();
	await expect(page.getByText('Fassung 2 wurde zur Prüfung eingereicht.')).toBeVisible();

	// The consultant approves version 2 and compares it with version 1.
	await as(page, 'consultantBk');
	await page.goto(`${concept}/pruefung`);
	await expect(page.getByRole('heading', { name: 'Fassung 2 (aktuell)' })).toBeVisible();
	await page.getByLabel('Freigeben').check();
	await page.getByRole('button', { name: 'Entscheidung speichern' }).click();
	await expect(page.getByText('Die Fassung ist freigegeben.')).toBeVisible();
	await expect(page.getByText('Status: Freigegeben')).toBeVisible();

	await page.getByRole('link', { name: 'Mit Fassung 1 vergleichen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fassungen vergleichen');
	const chapter = page.getByRole('region', { name: /8\s+Fortbildungsplanung/ });
	await expect(chapter.locator('del').first()).toContainText('einen pädagogischen Tag');
	await expect(chapter.locator('ins').first()).toContainText('zwei pädagogische Tage');
	await expect(chapter.locator('ins').last()).toContainText('und Lernplattformen');
	await expectNoAxeViolations(page, 'Vergleich Fassung 1 und 2');

	await page.goto(concept);
	await expect(page.getByRole('table', { name: 'Eingereichte Fassungen' })).toContainText(
		'Freigegeben'
	);
	await expectNoAxeViolations(page, 'Konzept (freigegeben, mit Verlauf)');
});

test('a school lead reads the approved version only; the PDF downloads', async ({ page }) => {
	test.setTimeout(60_000);
	await login(page, 'leadMsGs');
	const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
	const roundId = (
		db
			.prepare('select id from planning_rounds where operator_id = ?')
			.get(DEMO_ORGS.musterstadt.id) as {
			id: string;
		}
	).id;
	db.close();
	await page.goto(`/runden/${roundId}/konzept`);
	await expect(page.getByText(/Sie sehen die freigegebene Fassung 1/)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Zur Prüfung einreichen' })).toHaveCount(0);
	await expectNoAxeViolations(page, 'Konzept (Schulleitung, freigegeben)');
	const pdf = await page.request.get(`/runden/${roundId}/konzept/1/konzept.pdf`);
	expect(pdf.status()).toBe(200);
	expect(pdf.headers()['content-type']).toBe('application/pdf');
	expect(pdf.headers()['content-disposition']).toContain('MEK-Stadt-Musterstadt-2026-2030-v1.pdf');
	expect((await page.request.get(`/runden/${roundId}/konzept/3/konzept.pdf`)).status()).toBe(404);
	expect((await page.request.get(`/runden/${roundId}/konzept/pruefung`)).status()).toBe(403);
});

test('the seeded review pages (threads, decisions, comparison, frozen version) pass axe', async ({
	page
}) => {
	test.setTimeout(90_000);
	const db = new Database(process.env.DATABASE_PATH!, { readonly: true });
	const roundId = (
		db
			.prepare('select id from planning_rounds where operator_id = ?')
			.get(DEMO_ORGS.musterstadt.id) as { id: string }
	).id;
	db.close();
	const concept = `/runden/${roundId}/konzept`;
	await login(page, 'consultantMs');
	await page.goto(`${concept}/pruefung?fassung=2`);
	await expect(page.getByText('Änderungen erbeten', { exact: true }).first()).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(3);
	await expectNoAxeViolations(page, 'Prüfung Fassung 2 (Musterstadt)');
	await page.goto(`${concept}/pruefung`);
	await expect(page.getByRole('heading', { name: 'Entscheidung über Fassung 3' })).toBeVisible();
	await expectNoAxeViolations(page, 'Prüfung Fassung 3 mit Entscheidungsformular');
	await page.goto(`${concept}/vergleich?von=2&zu=3`);
	await expect(
		page.getByRole('region', { name: /12\s+Kosten- und Finanzierungsplan/ })
	).toContainText('mittelfristigen Finanzplanung');
	await expectNoAxeViolations(page, 'Vergleich Fassung 2 und 3');
	await page.goto(`${concept}/vergleich?von=2&zu=2`);
	await expect(
		page.getByText('Bitte wählen Sie zwei verschiedene Fassungen.').first()
	).toBeVisible();
	await expectNoAxeViolations(page, 'Vergleich mit Fehler');
	await page.goto(`${concept}/3`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Konzept, Fassung 3');
	await expectNoAxeViolations(page, 'Fassung 3 als HTML');
});
