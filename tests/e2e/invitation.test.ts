// The invitation journey in the browser: an operator creates a link, the invited person opens it,
// sees German field errors, creates the account and lands on their start page; the used link is gone.
// axe runs on every state.
import { expect, test } from '@playwright/test';
import { ids, login } from './helpers/auth';
import { expectNoAxeViolations } from './helpers/axe';

test('an operator invites a school lead who then creates an account', async ({ page, browser }) => {
	await login(page, 'operatorMs');
	await page.goto(`/einladungen?organisation=${ids.org('msGs')}`);
	const email = `neue.schulleitung.${Date.now()}@musterstadt.example`;
	await page.getByLabel('E-Mail-Adresse der eingeladenen Person').fill(email);
	await page.getByLabel('Rolle').selectOption({ label: 'Schulleitung' });
	await page.getByRole('button', { name: 'Einladungslink erstellen' }).click();
	const linkField = page.getByLabel('Einladungslink');
	await expect(linkField).toHaveValue(/\/einladung\//);
	await expectNoAxeViolations(page, '/einladungen (Link erstellt)');
	const link = await linkField.inputValue();

	// The invited person has no session: a fresh context.
	const context = await browser.newContext();
	const invited = await context.newPage();
	await invited.goto(link);
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Einladung annehmen');
	await expect(invited.locator('main')).toContainText('Grundschule Am Lindenhof');
	await expectNoAxeViolations(invited, '/einladung/[token]');

	await invited.getByRole('button', { name: 'Konto anlegen und anmelden' }).click();
	await expect(invited.getByRole('alert').filter({ hasText: 'Bitte prüfen' })).toBeVisible();
	await expect(invited.locator('[aria-invalid="true"]').first()).toBeVisible();
	await expectNoAxeViolations(invited, '/einladung/[token] (Fehlerzustand)');

	await invited.getByLabel('Ihr Name').fill('Nora Neu');
	// Labels of required fields end in an aria-hidden "*", so the ids are the simplest handle.
	await invited.locator('#password').fill('Lindenhof-Medien-2026');
	await invited.locator('#passwordRepeat').fill('Lindenhof-Medien-2026');
	await invited.getByRole('button', { name: 'Konto anlegen und anmelden' }).click();
	await expect(invited).toHaveURL(/\/start$/);
	await expect(invited.locator('main')).toContainText('Grundschule Am Lindenhof');
	await expect(invited.locator('main')).not.toContainText('Oberschule Musterstadt');

	// Single use: the link no longer works.
	const again = await invited.goto(link);
	expect([404, 410]).toContain(again?.status());
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText(
		/Nicht mehr verfügbar|Seite nicht gefunden/
	);
	await expectNoAxeViolations(invited, '/einladung/[token] (verbraucht)');
	await context.close();
});

test('an unknown invitation link gives a German error page', async ({ page }) => {
	const response = await page.goto('/einladung/abcdefghijklmnopqrstuvwxyz234567');
	expect([404, 410]).toContain(response?.status());
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		/Nicht mehr verfügbar|Seite nicht gefunden/
	);
	await expectNoAxeViolations(page, '/einladung/[token] (unbekannt)');
});
