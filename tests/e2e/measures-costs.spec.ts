// Issue 5 (measures and cost plan): the operator accepts the open demo proposal, edits the new
// measure, adds a cost item from the price catalogue; without JavaScript the catalogue is applied by
// the server; axe finds no violations on the measures, measure and cost pages (filled and error
// states). The demo seed leaves OPEN_IN_DEMO (the training proposal from the survey) undecided.
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { login } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';
import { DEMO_ORGS } from '../../db/demo-data';

const PROPOSAL = 'Fortbildungsreihe digitale Basiskompetenzen';

function musterstadtRound(): string {
	const path = process.env.DATABASE_PATH;
	if (!path) throw new Error('DATABASE_PATH fehlt (Browsertests mit npm run test:e2e starten).');
	const db = new Database(path, { readonly: true, fileMustExist: true });
	try {
		const row = db
			.prepare('select id from planning_rounds where operator_id = ?')
			.get(DEMO_ORGS.musterstadt.id) as { id: string } | undefined;
		if (!row) throw new Error('Die Musterstadt-Runde fehlt in den Demodaten.');
		return row.id;
	} finally {
		db.close();
	}
}

async function submitEmptyMeasure(page: Page) {
	const form = page.locator('form[action="?/create"]');
	await form.getByRole('button', { name: 'Maßnahme hinzufügen' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
	await expect(summary).toBeVisible();
	await expect(
		summary.getByRole('link', { name: /Titel: Bitte geben Sie einen Titel ein/ })
	).toHaveAttribute('href', '#title');
	await expect(page.locator('#title')).toHaveAttribute('aria-invalid', 'true');
}

test('the operator accepts a proposal, edits the measure and adds a cost item (axe clean)', async ({
	page
}) => {
	const roundId = musterstadtRound();
	await login(page, 'operatorMs');
	await page.goto(`/runden/${roundId}`);
	await page.getByRole('link', { name: 'Maßnahmen', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maßnahmen');

	const card = page.getByRole('article', { name: PROPOSAL });
	await expect(
		card.getByText(
			/Selbsteinschätzungen nach DigCompEdu liegen auf Stufe A1\/A2 \(n = \d+\); Zielmarke höchstens 40 %/
		)
	).toBeVisible();
	await expectNoAxeViolations(page, 'Maßnahmen mit offenem Vorschlag');
	await card.getByRole('button', { name: `Vorschlag annehmen: ${PROPOSAL}` }).click();
	await expect(page.getByText('Der Vorschlag wurde angenommen.')).toBeVisible();
	await expect(page.getByRole('article', { name: PROPOSAL })).toHaveCount(0);
	await expect(
		page.getByRole('table', { name: /Maßnahmen/ }).getByRole('link', { name: PROPOSAL })
	).toBeVisible();

	// error state of "Maßnahme hinzufügen"
	await submitEmptyMeasure(page);
	await expectNoAxeViolations(page, 'Maßnahmen, Formular mit Fehlern');

	// edit the accepted measure
	await page.getByRole('link', { name: 'Maßnahme ansehen und bearbeiten' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(PROPOSAL);
	await page.getByLabel('Verantwortlich').fill('Schulverwaltungsamt, Frau Beispiel');
	await page
		.getByRole('combobox', { name: 'Status', exact: true })
		.selectOption({ label: 'in Umsetzung' });
	await page.getByLabel('Endquartal').selectOption({ label: 'Q2/2027' });
	await page.getByRole('button', { name: 'Änderungen speichern' }).click();
	await expect(page.getByText('Die Maßnahme wurde gespeichert.')).toBeVisible();
	const facts = page.locator('dl.facts');
	await expect(facts).toContainText('Schulverwaltungsamt, Frau Beispiel');
	await expect(facts).toContainText('in Umsetzung');
	await expect(facts).toContainText('Q2/2027');
	await expectNoAxeViolations(page, 'Maßnahme');

	// add a cost item from the catalogue (JavaScript fills price and useful life)
	await page.getByRole('link', { name: 'Kostenposition hinzufügen' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kostenplan');
	await expectNoAxeViolations(page, 'Kostenplan');
	const form = page.locator('#kostenposition');
	await expect(form.getByLabel('Maßnahme', { exact: true })).toHaveValue(/.+/);
	await form.getByLabel('Aus dem Preiskatalog (optional)').selectOption('training.data_protection');
	await expect(form.getByLabel('Einzelpreis in € (brutto)')).toHaveValue('1200');
	await expect(form.getByLabel('Kostenart')).toHaveValue('running');
	await form.getByLabel('Menge').fill('1');
	await form.getByLabel('Erstes Jahr').fill('2027');
	await form.getByRole('button', { name: 'Kostenposition hinzufügen' }).click();
	await expect(page.getByText('Die Kostenposition wurde hinzugefügt.')).toBeVisible();
	const items = page.getByRole('table', { name: /Kostenpositionen$/ });
	await expect(items.getByRole('row', { name: /Datenschutzschulung und -beratung/ })).toContainText(
		PROPOSAL
	);
	await expect(page.getByRole('img', { name: /laufende Kosten je Planjahr/ })).toBeVisible();
	await expect(page.getByRole('table', { name: /Referenzwert/ })).toContainText(
		'Schulträger gesamt'
	);

	// error state of the cost item form
	await form.getByLabel('Menge').fill('zwölf');
	await form.getByRole('button', { name: 'Kostenposition hinzufügen' }).click();
	await expect(form.locator('#quantity')).toHaveAttribute('aria-invalid', 'true');
	await expect(
		form.getByText('Bitte geben Sie die Menge als Zahl ein, z. B. 1.234,50.').first()
	).toBeVisible();
	await expectNoAxeViolations(page, 'Kostenplan, Formular mit Fehlern');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the server takes the catalogue values into the form', async ({ page }) => {
		const roundId = musterstadtRound();
		await login(page, 'consultantMs');
		await page.goto(`/runden/${roundId}/kosten`);
		const form = page.locator('#kostenposition');
		await form
			.getByLabel('Aus dem Preiskatalog (optional)')
			.selectOption('presentation.document_camera');
		await form.getByRole('button', { name: 'Werte aus dem Katalog übernehmen' }).click();
		await expect(page.getByText('Die Werte des Katalogeintrags sind eingetragen.')).toBeVisible();
		await expect(form.getByLabel('Bezeichnung')).toHaveValue('Dokumentenkamera');
		await expect(form.getByLabel('Einzelpreis in € (brutto)')).toHaveValue('450');
		await expect(form.getByLabel('Nutzungsdauer in Jahren')).toHaveValue('6');
	});
});

test('a school lead reads the measures of the school, without proposals or the cost plan link', async ({
	page
}) => {
	const roundId = musterstadtRound();
	await login(page, 'leadMsGs');
	await page.goto(`/runden/${roundId}/massnahmen`);
	await expect(page.getByRole('heading', { name: 'Vorgeschlagene Maßnahmen' })).toHaveCount(0);
	await expect(
		page.getByRole('link', { name: 'Gigabitfähigen Glasfaseranschluss herstellen' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'Netzwerktechnik (Switches) erneuern' })).toHaveCount(
		0
	);
	await expectNoAxeViolations(page, 'Maßnahmen (Schulleitung)');
	const response = await page.goto(`/runden/${roundId}/kosten`);
	expect(response?.status()).toBe(403);
});
