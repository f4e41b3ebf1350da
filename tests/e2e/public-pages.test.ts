// Public pages: landing, legal pages, login (empty and error state), 404 and the skip link.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers/axe';
import { fillLogin } from './helpers/auth';

const LEGAL_PAGES = [
	{ path: '/impressum', link: 'Impressum', heading: 'Impressum' },
	{ path: '/datenschutz', link: 'Datenschutz', heading: 'Datenschutzerklärung' },
	{ path: '/barrierefreiheit', link: 'Barrierefreiheit', heading: 'Erklärung zur Barrierefreiheit' }
];

test('the landing page explains the product and links to the login', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'MEK-Assistent' })).toBeVisible();
	await expect(page.locator('main').getByRole('link', { name: 'Anmelden' })).toHaveAttribute(
		'href',
		'/anmelden'
	);
	await expectNoAxeViolations(page);
});

for (const { path, link, heading } of LEGAL_PAGES) {
	test(`${path} is reachable from the footer and accessible`, async ({ page }) => {
		await page.goto('/');
		const footer = page.getByRole('navigation', { name: 'Rechtliches' });
		await footer.getByRole('link', { name: link, exact: true }).click();
		await expect(page).toHaveURL(path);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
		await expectNoAxeViolations(page);
	});
}

test('the accessibility statement names a feedback contact and the enforcement procedure', async ({
	page
}) => {
	await page.goto('/barrierefreiheit');
	const main = page.locator('main');
	// Set through the environment in playwright.config.ts (LEGAL_*/ACCESSIBILITY_* variables).
	await expect(main.getByRole('link', { name: 'barrierefreiheit@e2e.example' })).toHaveAttribute(
		'href',
		'mailto:barrierefreiheit@e2e.example'
	);
	await expect(main.getByRole('link', { name: /\+49|\d{3}/ }).first()).toHaveAttribute(
		'href',
		/^tel:/
	);
	await expect(main.getByRole('heading', { name: 'Durchsetzungsverfahren' })).toBeVisible();
	await expect(main).toContainText('Durchsetzungsstelle');
	await expect(main).toContainText('Stand der Vereinbarkeit');
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/impressum');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main#inhalt')).toBeFocused();
});

test('the login page is accessible, also in its error state, and explains a wrong password in German', async ({
	page
}) => {
	await page.goto('/anmelden');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoAxeViolations(page, '/anmelden (leer)');

	await fillLogin(page, 'admin@kisa.example', 'falsches-Passwort-123');
	await expect(page.locator('main')).toContainText(
		'Die E-Mail-Adresse oder das Passwort ist nicht korrekt.'
	);
	await expect(page).toHaveURL(/\/anmelden/);
	// The error summary takes focus so keyboard and screen-reader users land on it.
	await expect(page.getByRole('alert').filter({ hasText: 'Bitte prüfen' })).toBeFocused();
	await expectNoAxeViolations(page, '/anmelden (falsches Passwort)');

	// Empty submit: German messages at the fields, never a 5xx.
	await page.getByLabel('E-Mail-Adresse').fill('');
	await page.getByLabel('Passwort', { exact: true }).fill('');
	await page.getByRole('button', { name: 'Anmelden' }).click();
	await expect(page.locator('main')).toContainText(/Bitte/);
	await expectNoAxeViolations(page, '/anmelden (leere Eingaben)');
});

test('an unknown address shows the German 404 page', async ({ page }) => {
	const response = await page.goto('/gibt-es-nicht');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Seite nicht gefunden');
	await expect(page.getByRole('link', { name: 'Zur Startseite' })).toHaveAttribute('href', '/');
	await expectNoAxeViolations(page, '404');
});

test('signed-out visitors of the app area are sent to the login with the target remembered', async ({
	page
}) => {
	await page.goto('/start');
	await expect(page).toHaveURL(/\/anmelden\?weiter=%2Fstart$/);
});
