// Issue 6 (pilot projects): a consultant creates a pilot, adds a school, milestones, a KPI with two
// measurements and links a concept measure; a school lead of the participating school sees it
// read-only, the lead of another school gets "not found"; axe finds no violations on the overview (timeline included),
// the new page (empty and error state) and the detail page (managing and read-only).
import { expect, test, type Page } from '@playwright/test';
import { login, type AccountKey } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';

const TITLE = `Lernplattform-Pilot ${Date.now()}`;
let pilotPath = '';

/** An ISO day relative to today (the server's "today" is the same calendar day in Berlin). */
function isoDay(offsetDays: number): string {
	const d = new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000);
	return d.toISOString().slice(0, 10);
}

async function section(page: Page, name: string) {
	return page.getByRole('region', { name });
}

test.describe.serial('pilot projects', () => {
	test('a consultant creates a pilot with a school, milestones, a KPI and a measure link (axe clean)', async ({
		page
	}) => {
		test.setTimeout(120_000);
		await login(page, 'consultantMs');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Pilotprojekte' })
			.click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pilotprojekte');
		await expect(page.getByRole('img', { name: 'Zeitleiste der Pilotprojekte' })).toBeVisible();
		const timelineTable = page.getByRole('table', { name: 'Pilotprojekte im Zeitverlauf' });
		await expect(
			timelineTable.getByRole('link', { name: 'Tablet-Klassen an zwei Oberschulen' })
		).toBeVisible();
		await expectNoAxeViolations(page, 'Pilotprojekte, Übersicht mit Zeitleiste');

		// filter by status (GET form)
		await page.getByLabel('Status').selectOption({ label: 'Abgeschlossen' });
		await page.getByRole('button', { name: 'Filtern' }).click();
		await expect(page).toHaveURL(/status=abgeschlossen/);
		await expect(timelineTable.getByRole('row')).toHaveCount(2);
		await expect(timelineTable).toContainText('Zentrales Gerätemanagement (MDM)');

		// new pilot: error state first
		await page.getByRole('link', { name: 'Neues Pilotprojekt' }).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neues Pilotprojekt');
		await expectNoAxeViolations(page, 'Neues Pilotprojekt');
		await page.getByRole('button', { name: 'Pilotprojekt anlegen' }).click();
		const summary = page.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' });
		await expect(
			summary.getByRole('link', { name: /Titel: Bitte geben Sie einen Titel ein/ })
		).toHaveAttribute('href', '#title');
		await expect(page.locator('#title')).toHaveAttribute('aria-invalid', 'true');
		await expectNoAxeViolations(page, 'Neues Pilotprojekt, Fehlerzustand');

		await page.getByLabel('Titel').fill(TITLE);
		await page
			.getByLabel('Ziel')
			.fill('Drei Klassen arbeiten ein Schuljahr mit der Lernplattform.');
		await page.getByLabel('Beginn').fill(isoDay(-60));
		await page.getByLabel('Ende').fill(isoDay(300));
		await page.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Laufend' });
		await page.getByLabel('Budget geplant').fill('12.500,00');
		await page.getByRole('button', { name: 'Pilotprojekt anlegen' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await expect(page.getByText('Das Pilotprojekt wurde angelegt.')).toBeVisible();
		pilotPath = new URL(page.url()).pathname;

		// a school
		const schools = await section(page, 'Teilnehmende Schulen');
		await schools
			.getByRole('combobox', { name: /Schule/ })
			.selectOption({ label: 'Grundschule Am Lindenhof (Stadt Musterstadt)' });
		await schools.getByRole('button', { name: 'Schule hinzufügen' }).click();
		await expect(page.getByText('Die Schule wurde hinzugefügt.')).toBeVisible();
		await expect(
			schools.getByRole('rowheader', { name: 'Grundschule Am Lindenhof' })
		).toBeVisible();

		// milestones: one overdue, one ahead
		const milestones = await section(page, 'Meilensteine');
		await milestones
			.getByRole('textbox', { name: /^Meilenstein/ })
			.fill('Zugänge für alle Klassen eingerichtet');
		await milestones.getByLabel('Fällig am').fill(isoDay(-10));
		await milestones.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
		await expect(page.getByText('Der Meilenstein wurde angelegt.')).toBeVisible();
		await milestones
			.getByRole('textbox', { name: /^Meilenstein/ })
			.fill('Zwischenbefragung der Lehrkräfte');
		await milestones.getByLabel('Fällig am').fill(isoDay(90));
		await milestones.getByRole('button', { name: 'Meilenstein hinzufügen' }).click();
		await expect(milestones.getByText(/Überfällig seit (9|10|11) Tagen/)).toBeVisible();
		await expect(milestones.getByText('1 Meilenstein ist überfällig.')).toBeVisible();

		// a KPI with two measurements
		const kpis = await section(page, 'Kennzahlen');
		await kpis.getByLabel('Bezeichnung').fill('Aktive Nutzerinnen und Nutzer pro Woche');
		await kpis.getByLabel('Einheit').fill('%');
		await kpis.getByLabel('Ausgangswert').fill('10');
		await kpis.getByLabel('Zielwert').fill('80');
		await kpis.getByRole('button', { name: 'Kennzahl hinzufügen' }).click();
		await expect(page.getByText('Die Kennzahl wurde angelegt.')).toBeVisible();
		for (const [day, value] of [
			[isoDay(-40), '25'],
			[isoDay(-5), '45,5']
		]) {
			await kpis.getByLabel('Datum der Messung').fill(day);
			await kpis.getByRole('textbox', { name: 'Messwert' }).fill(value);
			await kpis.getByRole('button', { name: 'Messwert speichern' }).click();
			await expect(page.getByText('Der Messwert wurde gespeichert.')).toBeVisible();
		}
		const card = kpis.getByRole('article', { name: 'Aktive Nutzerinnen und Nutzer pro Woche' });
		await expect(card.getByRole('img', { name: /2 Messwerte, zuletzt 45,5 %/ })).toBeVisible();
		await expect(card.getByRole('table', { name: /Messwerte/ }).getByRole('row')).toHaveCount(3);
		await expect(card).toContainText('51 % des Wegs vom Ausgangs- zum Zielwert');

		// link a concept measure of the Musterstadt round
		const measures = await section(page, 'Erprobte Maßnahmen');
		const select = measures.getByRole('combobox', { name: 'Maßnahme' });
		const measureTitle = (await select.locator('option').nth(1).textContent())?.trim() ?? '';
		expect(measureTitle).not.toBe('');
		await select.selectOption({ index: 1 });
		await measures.getByRole('button', { name: 'Maßnahme verknüpfen' }).click();
		await expect(
			page.getByText('Die Maßnahme ist jetzt mit dem Pilotprojekt verknüpft.')
		).toBeVisible();
		const measureLink = measures.getByRole('link', { name: measureTitle });
		await expect(measureLink).toBeVisible();
		const measureHref = (await measureLink.getAttribute('href')) ?? '';
		expect((await page.request.get(measureHref)).status()).toBe(200);
		// … and the measure shows the pilot that tests it (both directions of the link).
		await page.goto(measureHref);
		const pilotsOfMeasure = page.getByRole('region', { name: 'Pilotprojekte' });
		await expect(pilotsOfMeasure.getByRole('link', { name: TITLE })).toBeVisible();
		await expectNoAxeViolations(page, 'Maßnahme mit verknüpftem Pilotprojekt');
		await page.goto(pilotPath);

		// error state of a section form
		await kpis.getByRole('button', { name: 'Messwert speichern' }).click();
		await expect(
			kpis.getByRole('alert').filter({ hasText: 'Bitte prüfen Sie Ihre Angaben' })
		).toBeVisible();
		await expectNoAxeViolations(page, 'Pilotprojekt, Formular mit Fehlern');

		await page.goto(pilotPath);
		await expectNoAxeViolations(page, 'Pilotprojekt (verwalten)');
	});

	test('the lead of a participating school sees it read-only', async ({ page }) => {
		expect(pilotPath).not.toBe('');
		await login(page, 'leadMsGs');
		await page
			.getByRole('navigation', { name: 'Hauptnavigation' })
			.getByRole('link', { name: 'Pilotprojekte' })
			.click();
		await expect(page.getByRole('table', { name: 'Pilotprojekte im Zeitverlauf' })).toContainText(
			TITLE
		);
		await expect(page.getByRole('link', { name: 'Neues Pilotprojekt' })).toHaveCount(0);
		await expectNoAxeViolations(page, 'Pilotprojekte (Schulleitung)');
		await page.getByRole('link', { name: TITLE }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
		await expect(page.getByText('Sie sehen dieses Pilotprojekt nur lesend')).toBeVisible();
		await expect(page.getByText('Aktive Nutzerinnen und Nutzer pro Woche').first()).toBeVisible();
		await expect(page.locator('main form[method="post"]')).toHaveCount(0);
		await expect(page.getByRole('button', { name: /Löschen|hinzufügen|speichern/ })).toHaveCount(0);
		await expectNoAxeViolations(page, 'Pilotprojekt (nur lesen)');
		const edit = await page.goto(`${pilotPath}/bearbeiten`);
		expect(edit?.status()).toBe(403);
	});

	test('the lead of another school cannot see it', async ({ page }) => {
		expect(pilotPath).not.toBe('');
		await login(page, 'leadMsOs');
		await page.goto('/pilotprojekte');
		await expect(page.locator('main')).not.toContainText(TITLE);
		const response = await page.goto(pilotPath);
		expect(response?.status()).toBe(404);
		const pdf = await page.request.get(`${pilotPath}/bericht.pdf`);
		expect(pdf.status()).toBe(404);
	});
});

// The demo pilots in every state (running and at risk, completed with a decision, planned) for each
// role that sees pilots: overview and every detail page reachable from it pass axe; managers also
// get the edit page.
const VIEWERS: { key: AccountKey; pilots: number; manages: boolean }[] = [
	{ key: 'admin', pilots: 3, manages: true },
	{ key: 'consultantBk', pilots: 3, manages: true },
	{ key: 'operatorMs', pilots: 2, manages: false },
	{ key: 'leadBkOs', pilots: 2, manages: false }
];

for (const viewer of VIEWERS) {
	test(`pilot pages pass axe for ${viewer.key}`, async ({ page }) => {
		test.setTimeout(120_000);
		await login(page, viewer.key);
		await page.goto('/pilotprojekte');
		const links = page
			.getByRole('table', { name: 'Pilotprojekte im Zeitverlauf' })
			.getByRole('rowheader')
			.getByRole('link');
		expect(await links.count()).toBeGreaterThanOrEqual(viewer.pilots);
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
		for (const href of hrefs) {
			const response = await page.goto(href);
			expect(response?.status(), href).toBe(200);
			await expect(page.locator('h1')).toHaveCount(1);
			await expectNoAxeViolations(page, `${href} (${viewer.key})`);
			if (viewer.manages) {
				await page.goto(`${href}/bearbeiten`);
				await expectNoAxeViolations(page, `${href}/bearbeiten (${viewer.key})`);
			}
			const csv = await page.request.get(`${href}/bericht.csv`);
			expect(csv.status()).toBe(200);
			expect(csv.headers()['content-type']).toContain('text/csv');
		}
	});
}
